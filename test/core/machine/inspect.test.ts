import { describe, expect, test } from 'vitest';
import { match, type MatchEvent } from './inherited-names-fixture.js';
import { LogisticsCustomerError } from '../../../src/core/invariant.js';
import { allowedEvents } from '../../../src/core/machine/allowed-events.js';
import { compileMachine } from '../../../src/core/machine/compile.js';
import { finalStates, isFinalState } from '../../../src/core/machine/final-states.js';
import { handlerSpecs } from '../../../src/core/machine/handler-specs.js';
import { machineEvents, machineStates, machineTransitions } from '../../../src/core/machine/listing.js';
import { MACHINE_MESSAGES } from '../../../src/core/machine/messages.js';
import { reachableStates } from '../../../src/core/machine/reachable-states.js';
import type { MachineSnapshot } from '../../../src/core/machine/snapshot.js';
import {
  ALL_PASS,
  FUNNEL_EVENT_TYPES,
  FUNNEL_STATES,
  type FunnelContext,
  type FunnelEvent,
  type FunnelState,
  funnel,
} from './funnel-fixture.js';

const compiled = compileMachine<FunnelState, FunnelEvent, FunnelContext>(funnel);
const START: FunnelContext = { reopened: 0, wonValue: 0, wonAt: null };
const at = (state: FunnelState): MachineSnapshot<FunnelState, FunnelContext> => ({ state, context: START });

describe('listing', () => {
  test('states and events in definition order', () => {
    expect(machineStates(funnel)).toEqual(FUNNEL_STATES);
    expect(machineEvents(funnel)).toEqual(FUNNEL_EVENT_TYPES);
    expect(machineStates(compiled)).toEqual(FUNNEL_STATES);
  });

  test('every transition, flattened', () => {
    const all = machineTransitions(funnel);
    expect(all.map((t) => `${t.source} -${t.eventType}-> ${t.target}`)).toEqual([
      'prospecting -QUALIFY-> qualified',
      'prospecting -DISQUALIFY-> disqualified',
      'prospecting -LOSE-> lost',
      'qualified -APPROACH-> approaching',
      'qualified -LOSE-> lost',
      'approaching -NEGOTIATE-> negotiating',
      'approaching -LOSE-> lost',
      'negotiating -WIN-> won',
      'negotiating -LOSE-> lost',
      'lost -REOPEN-> prospecting',
      'disqualified -REOPEN-> prospecting',
    ]);
    expect(all[0]).toEqual({
      source: 'prospecting',
      eventType: 'QUALIFY',
      target: 'qualified',
      external: true,
      branch: 0,
      guard: 'allFactorsPass',
      updates: [],
      description: { 'zh-CN': '资格审查通过', en: 'qualification passed' },
    });
    expect(all.find((t) => t.eventType === 'WIN')?.updates).toEqual(['recordWin']);
  });

  test('handlerSpecs turns a handler into a list', () => {
    expect(handlerSpecs(undefined)).toEqual([]);
    expect(handlerSpecs({ target: 'won' })).toEqual([{ target: 'won' }]);
    const list = [{ target: 'a', guard: 'g' }, { target: 'b' }] as const;
    expect(handlerSpecs(list)).toBe(list);
  });
});

describe('allowedEvents', () => {
  test.each([
    ['prospecting', ['QUALIFY', 'DISQUALIFY', 'LOSE']],
    ['qualified', ['APPROACH', 'LOSE']],
    ['approaching', ['NEGOTIATE', 'LOSE']],
    ['negotiating', ['WIN', 'LOSE']],
    ['won', []],
    ['lost', ['REOPEN']],
    ['disqualified', ['REOPEN']],
  ] as const)('in %s: %j', (state, expected) => {
    expect(allowedEvents(funnel, at(state))).toEqual(expected);
    expect(allowedEvents(compiled, at(state))).toEqual(expected);
  });

  test('with candidate events, guards are evaluated with their payloads', () => {
    const candidates: readonly FunnelEvent[] = [
      { type: 'QUALIFY', factors: { ...ALL_PASS, need: false } },
      { type: 'LOSE' },
      { type: 'APPROACH' },
      { type: 'QUALIFY', factors: ALL_PASS },
      { type: 'LOSE' },
    ];
    expect(allowedEvents(funnel, at('prospecting'), { candidates })).toEqual(['LOSE', 'QUALIFY']);
    expect(allowedEvents(compiled, at('negotiating'), { candidates: [{ type: 'WIN', value: 0 }] })).toEqual([]);
    expect(allowedEvents(compiled, at('negotiating'), { candidates: [{ type: 'WIN', value: 1 }] })).toEqual(['WIN']);
  });

  test('event types named after Object.prototype members are allowed only where a state handles them', () => {
    for (const machine of [match, compileMachine(match)]) {
      expect(allowedEvents(machine, { state: 'open', context: null })).toEqual(['WIN', 'valueOf']);
      expect(allowedEvents(machine, { state: 'won', context: null })).toEqual([]);
      const candidates: readonly MatchEvent[] = [{ type: 'toString' }, { type: 'constructor' }, { type: 'hasOwnProperty' }, { type: 'WIN' }];
      expect(allowedEvents(machine, { state: 'won', context: null }, { candidates })).toEqual([]);
      expect(allowedEvents(machine, { state: 'open', context: null }, { candidates })).toEqual(['WIN']);
    }
  });

  test('an unknown state is API misuse', () => {
    const bad = { state: 'nowhere', context: START } as unknown as MachineSnapshot<FunnelState, FunnelContext>;
    expect(() => allowedEvents(funnel, bad)).toThrow(MACHINE_MESSAGES.UNKNOWN_STATE);
    expect(() => allowedEvents(funnel, bad)).toThrow(LogisticsCustomerError);
  });
});

describe('reachable and final states', () => {
  test('from the start every state is reachable', () => {
    expect(reachableStates(funnel)).toEqual(FUNNEL_STATES);
  });

  test('from a state: what it can lead to, itself included', () => {
    expect(reachableStates(funnel, 'won')).toEqual(['won']);
    expect(reachableStates(funnel, 'negotiating')).toEqual(FUNNEL_STATES);
    expect(reachableStates(compiled, 'qualified')).toEqual(FUNNEL_STATES);
  });

  test('won is the only final state', () => {
    expect(finalStates(funnel)).toEqual(['won']);
    expect(FUNNEL_STATES.filter((state) => isFinalState(funnel, at(state)))).toEqual(['won']);
    expect(isFinalState(funnel, { state: 'toString', context: START } as never)).toBe(false);
  });
});
