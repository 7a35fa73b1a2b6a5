import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../../src/core/invariant.js';
import { text } from '../../../src/core/locale.js';
import { compileMachine } from '../../../src/core/machine/compile.js';
import { defineMachine } from '../../../src/core/machine/definition.js';
import { MACHINE_MESSAGES } from '../../../src/core/machine/messages.js';
import { replay } from '../../../src/core/machine/replay.js';
import { initialSnapshot, type MachineSnapshot } from '../../../src/core/machine/snapshot.js';
import { transition } from '../../../src/core/machine/transition.js';
import {
  ALL_PASS,
  deepFreeze,
  type FunnelContext,
  type FunnelEvent,
  type FunnelState,
  funnel,
} from './funnel-fixture.js';

type Snapshot = MachineSnapshot<FunnelState, FunnelContext>;
const compiled = compileMachine<FunnelState, FunnelEvent, FunnelContext>(funnel);

const factorsArb = fc.record({
  need: fc.boolean(),
  purchasingPower: fc.boolean(),
  decisionAuthority: fc.boolean(),
  creditworthiness: fc.boolean(),
});
const eventArb: fc.Arbitrary<FunnelEvent> = fc.oneof(
  factorsArb.map((factors) => ({ type: 'QUALIFY', factors }) as const),
  fc.constant({ type: 'DISQUALIFY' } as const),
  fc.constant({ type: 'APPROACH' } as const),
  fc.constant({ type: 'NEGOTIATE' } as const),
  fc.integer({ min: -10, max: 5_000_000 }).map((value) => ({ type: 'WIN', value }) as const),
  fc.constant({ type: 'LOSE' } as const),
  fc.constant({ type: 'REOPEN' } as const),
);

/** The accepted events of an arbitrary log, i.e. a valid log, and the fold of transitions over it. */
function foldAccepted(events: readonly FunnelEvent[]): { valid: FunnelEvent[]; last: Snapshot } {
  let last = initialSnapshot(funnel);
  const valid: FunnelEvent[] = [];
  for (const event of events) {
    const next = transition(funnel, last, event);
    if (next.ok) {
      valid.push(event);
      last = next.value;
    }
  }
  return { valid, last };
}

describe('replay', () => {
  test('a textbook path: found, qualified, approached, negotiated, won', () => {
    const log: readonly FunnelEvent[] = deepFreeze([
      { type: 'QUALIFY', factors: ALL_PASS, at: '2024-03-01T09:00:00+08:00' },
      { type: 'APPROACH' },
      { type: 'NEGOTIATE' },
      { type: 'WIN', value: 2_500_000, at: '2024-03-28T16:00:00+08:00' },
    ]);
    const before = structuredClone(log);
    expect(replay(funnel, log)).toEqual({
      ok: true,
      value: { state: 'won', context: { reopened: 0, wonValue: 2_500_000, wonAt: '2024-03-28T16:00:00+08:00' } },
    });
    expect(log).toEqual(before);
  });

  test('a lost prospect re-opened twice', () => {
    const log: readonly FunnelEvent[] = [{ type: 'LOSE' }, { type: 'REOPEN' }, { type: 'DISQUALIFY' }, { type: 'REOPEN' }];
    expect(replay(compiled, log)).toEqual({
      ok: true,
      value: { state: 'prospecting', context: { reopened: 2, wonValue: 0, wonAt: null } },
    });
  });

  test('an empty log gives the initial snapshot', () => {
    expect(replay(funnel, [])).toEqual({ ok: true, value: { state: 'prospecting', context: funnel.context } });
  });

  test('a failure names the index of the refused event, the event, why, and the snapshot before it', () => {
    const log: readonly FunnelEvent[] = [
      { type: 'QUALIFY', factors: ALL_PASS },
      { type: 'APPROACH' },
      { type: 'WIN', value: 100 },
      { type: 'NEGOTIATE' },
    ];
    const result = replay(funnel, log);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.index).toBe(2);
    expect(result.error.event).toBe(log[2]);
    expect(result.error.error.code).toBe('NOT_ALLOWED_IN_STATE');
    expect(result.error.snapshot).toEqual({ state: 'approaching', context: funnel.context });
  });

  test('a guard refusal in the log is reported with its reasons', () => {
    const result = replay(funnel, [{ type: 'QUALIFY', factors: { ...ALL_PASS, decisionAuthority: false } }]);
    expect(result.ok ? null : [result.error.index, result.error.error.code]).toEqual([0, 'GUARD_REJECTED']);
    expect(result.ok || result.error.error.code !== 'GUARD_REJECTED' ? null : result.error.error.details.reasons).toEqual([
      { code: 'NO_DECISION_AUTHORITY', message: { 'zh-CN': '联系人没有决策权', en: 'the contact cannot decide' } },
    ]);
  });

  test('starts from a given snapshot', () => {
    const from: Snapshot = { state: 'negotiating', context: { reopened: 1, wonValue: 0, wonAt: null } };
    expect(replay(funnel, [{ type: 'LOSE' }, { type: 'REOPEN' }], from)).toEqual({
      ok: true,
      value: { state: 'prospecting', context: { reopened: 2, wonValue: 0, wonAt: null } },
    });
  });

  test('without a start and without a default context it is API misuse', () => {
    const noContext = defineMachine<'a', { type: 'GO' }, number>({
      id: 'no-context',
      initial: 'a',
      states: { a: { label: text('甲', 'A'), on: { GO: {} } } },
      events: { GO: text('前进', 'go') },
    });
    expect(() => replay(noContext, [{ type: 'GO' }])).toThrow(MACHINE_MESSAGES.NO_INITIAL_CONTEXT);
    expect(() => initialSnapshot(noContext)).toThrow(LogisticsCustomerError);
    expect(replay(noContext, [{ type: 'GO' }], initialSnapshot(noContext, 7))).toEqual({ ok: true, value: { state: 'a', context: 7 } });
  });
});

describe('replay laws (fast-check)', () => {
  test('replaying a valid log equals the fold of transitions, on plain and compiled machines', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (events) => {
        const { valid, last } = foldAccepted(events);
        expect(replay(funnel, valid)).toEqual({ ok: true, value: last });
        expect(replay(compiled, valid)).toEqual({ ok: true, value: last });
      }),
    );
  });

  test('an arbitrary log: replay stops exactly where a transition is refused', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const result = replay(compiled, events);
        if (result.ok) {
          expect(foldAccepted(events).valid).toHaveLength(events.length);
          return;
        }
        const { index, event, error, snapshot } = result.error;
        expect(event).toBe(events[index]);
        expect(replay(funnel, events.slice(0, index))).toEqual({ ok: true, value: snapshot });
        const refused = transition(funnel, snapshot, event);
        expect(refused).toEqual({ ok: false, error });
      }),
    );
  });

  test('replay is deterministic and leaves the log and the start snapshot untouched', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const start = initialSnapshot(funnel, { reopened: 0, wonValue: 0, wonAt: null });
        const before = structuredClone({ events, start });
        deepFreeze(events);
        deepFreeze(start);
        const a = replay(funnel, events, start);
        const b = replay(compiled, events, start);
        expect(b).toEqual(a);
        expect({ events, start }).toEqual(before);
      }),
    );
  });

  test('a snapshot survives a JSON round trip and replay continues the same', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), fc.array(eventArb, { maxLength: 30 }), (head, tail) => {
        const first = foldAccepted(head).last;
        const restored = JSON.parse(JSON.stringify(first)) as Snapshot;
        expect(replay(funnel, tail, restored)).toEqual(replay(funnel, tail, first));
      }),
    );
  });
});
