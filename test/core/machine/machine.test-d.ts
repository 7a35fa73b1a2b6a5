import { describe, expectTypeOf, test } from 'vitest';
import { text } from '../../../src/core/locale.js';
import type { Result } from '../../../src/core/result.js';
import { allowedEvents } from '../../../src/core/machine/allowed-events.js';
import { compileMachine, type CompiledMachine } from '../../../src/core/machine/compile.js';
import { defineMachine, type GuardReason, type MachineDefinition } from '../../../src/core/machine/definition.js';
import { machineEvents, machineStates } from '../../../src/core/machine/listing.js';
import { reachableStates } from '../../../src/core/machine/reachable-states.js';
import type { TransitionRefusal } from '../../../src/core/machine/refusal.js';
import { replay, type ReplayFailure } from '../../../src/core/machine/replay.js';
import { initialSnapshot, type MachineSnapshot } from '../../../src/core/machine/snapshot.js';
import { transition } from '../../../src/core/machine/transition.js';

type S = 'open' | 'won' | 'lost';
type E = { readonly type: 'WIN'; readonly value: number } | { readonly type: 'LOSE' };
interface C {
  readonly value: number;
}
const reason: GuardReason = { code: 'NO_VALUE', message: text('合同金额须为正', 'contract value must be positive') };

const deal = {
  id: 'deal',
  initial: 'open',
  context: { value: 0 },
  states: {
    open: { label: text('洽谈', 'Open'), on: { WIN: { target: 'won', guard: 'hasValue', update: 'book' }, LOSE: { target: 'lost' } } },
    won: { label: text('成交', 'Won'), final: true },
    lost: { label: text('流失', 'Lost'), final: true },
  },
  events: { WIN: text('成交', 'win'), LOSE: text('丢单', 'lose') },
  guards: { hasValue: (_c, e) => (e.type === 'WIN' && e.value > 0 ? true : [reason]) },
  updates: { book: (c, e) => (e.type === 'WIN' ? { value: c.value + e.value } : c) },
} as const satisfies MachineDefinition<S, E, C>;

describe('definitions', () => {
  test('as const satisfies and defineMachine both type-check', () => {
    const viaHelper = defineMachine<S, E, C>(deal);
    expectTypeOf(viaHelper).toEqualTypeOf<MachineDefinition<S, E, C>>();
    expectTypeOf(compileMachine(viaHelper)).toEqualTypeOf<CompiledMachine<S, E, C>>();
  });

  test('a target that is not a state does not compile', () => {
    defineMachine<S, E, C>({
      ...deal,
      states: {
        ...deal.states,
        // @ts-expect-error 'wonn' is not a state
        open: { label: text('洽谈', 'Open'), on: { LOSE: { target: 'wonn' } } },
      },
    });
  });

  test('an event type the machine does not have does not compile', () => {
    defineMachine<S, E, C>({
      ...deal,
      // @ts-expect-error CALL is not an event type
      states: { ...deal.states, lost: { label: text('流失', 'Lost'), on: { CALL: { target: 'open' } } } },
    });
  });

  test('every state and every event needs a label', () => {
    defineMachine<S, E, C>({
      ...deal,
      // @ts-expect-error the label of LOSE is missing
      events: { WIN: text('成交', 'win') },
    });
    defineMachine<S, E, C>({
      ...deal,
      // @ts-expect-error the state lost is missing
      states: { open: deal.states.open, won: deal.states.won },
    });
  });

  test('a guard says true or gives at least one reason', () => {
    defineMachine<S, E, C>({
      ...deal,
      // @ts-expect-error an empty list of reasons is not a verdict
      guards: { hasValue: () => [] },
    });
    defineMachine<S, E, C>({
      ...deal,
      // @ts-expect-error false is not a verdict: say why
      guards: { hasValue: () => false },
    });
  });
});

describe('transition', () => {
  const start = initialSnapshot(deal);

  test('infers states, events and context from the definition', () => {
    expectTypeOf(start).toEqualTypeOf<MachineSnapshot<S, C>>();
    expectTypeOf(transition(deal, start, { type: 'WIN', value: 1 })).toEqualTypeOf<
      Result<MachineSnapshot<S, C>, TransitionRefusal<S>>
    >();
    expectTypeOf(transition(deal, { state: 'open', context: { value: 1 } }, { type: 'LOSE' })).toEqualTypeOf<
      Result<MachineSnapshot<S, C>, TransitionRefusal<S>>
    >();
  });

  test('events are checked against the machine', () => {
    // @ts-expect-error NOPE is not an event of the machine
    transition(deal, start, { type: 'NOPE' });
    // @ts-expect-error WIN carries a contract value
    transition(deal, start, { type: 'WIN' });
    // @ts-expect-error the snapshot is in a state the machine does not have
    transition(deal, { state: 'closed', context: { value: 0 } }, { type: 'LOSE' });
  });

  test('refusals narrow on their code', () => {
    const result = transition(deal, start, { type: 'WIN', value: 0 });
    if (!result.ok && result.error.code === 'GUARD_REJECTED') {
      expectTypeOf(result.error.details.reasons).toEqualTypeOf<readonly GuardReason[]>();
      expectTypeOf(result.error.details.state).toEqualTypeOf<S>();
    }
    if (!result.ok && result.error.code === 'NOT_ALLOWED_IN_STATE') {
      expectTypeOf(result.error.details.allowed).toEqualTypeOf<readonly string[]>();
    }
  });

  test('replay and the listing helpers keep the literal types', () => {
    expectTypeOf(replay(deal, [{ type: 'LOSE' }])).toEqualTypeOf<Result<MachineSnapshot<S, C>, ReplayFailure<S, E, C>>>();
    // @ts-expect-error a log of the wrong events
    replay(deal, [{ type: 'REOPEN' }]);
    expectTypeOf(allowedEvents(deal, start)).toEqualTypeOf<readonly ('WIN' | 'LOSE')[]>();
    expectTypeOf(machineStates(deal)).toEqualTypeOf<readonly S[]>();
    expectTypeOf(machineEvents(deal)).toEqualTypeOf<readonly ('WIN' | 'LOSE')[]>();
    expectTypeOf(reachableStates(deal, 'won')).toEqualTypeOf<readonly S[]>();
    // @ts-expect-error not a state
    reachableStates(deal, 'closed');
  });
});
