import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../../src/core/invariant.js';
import { LOCALES, text } from '../../../src/core/locale.js';
import { checkMachine } from '../../../src/core/machine/check-machine.js';
import { compileBranch, compileMachine } from '../../../src/core/machine/compile.js';
import type { MachineDefinition } from '../../../src/core/machine/definition.js';
import { MACHINE_MESSAGES } from '../../../src/core/machine/messages.js';
import { machineProblemCodeLabels, MachineProblemCodeSchema } from '../../../src/core/machine/problem-code.js';
import {
  TransitionRefusalCodeSchema,
  transitionRefusalCodeLabels,
} from '../../../src/core/machine/refusal-code.js';
import { deepFreeze, type FunnelContext, type FunnelEvent, type FunnelState, funnel } from './funnel-fixture.js';

type Loose = MachineDefinition<string, FunnelEvent, FunnelContext>;
/** A copy of the funnel with some states replaced, typed loosely so broken definitions compile. */
function withStates(states: Record<string, unknown>, extra: Record<string, unknown> = {}): Loose {
  return { ...funnel, ...extra, states: { ...funnel.states, ...states } } as unknown as Loose;
}

describe('checkMachine', () => {
  test('the funnel is sound, and checking leaves it untouched', () => {
    const before = structuredClone({ states: funnel.states, events: funnel.events });
    expect(checkMachine(funnel)).toEqual([]);
    expect({ states: funnel.states, events: funnel.events }).toEqual(before);
  });

  test('catches a target that is not a state', () => {
    const bad = withStates({ qualified: { label: text('识别合格', 'Qualified'), on: { APPROACH: { target: 'aproaching' }, LOSE: { target: 'lost' } } } });
    const problems = checkMachine(bad);
    expect(problems.map((p) => p.code)).toEqual(['UNKNOWN_TARGET', 'UNREACHABLE_STATE', 'UNREACHABLE_STATE', 'UNREACHABLE_STATE']);
    expect(problems[0]).toMatchObject({
      path: ['states', 'qualified', 'on', 'APPROACH', 'target'],
      details: { state: 'qualified', eventType: 'APPROACH', target: 'aproaching' },
      message: '"APPROACH" in state "qualified" leads to "aproaching", which is not a state',
    });
    expect(problems.slice(1).map((p) => p.details['state'])).toEqual(['approaching', 'negotiating', 'won']);
  });

  test('catches an unreachable state', () => {
    const bad = withStates({ dormant: { label: text('休眠', 'Dormant'), on: { REOPEN: { target: 'prospecting' } } } });
    expect(checkMachine(bad)).toEqual([
      {
        code: 'UNREACHABLE_STATE',
        message: 'state "dormant" cannot be reached from the initial state "prospecting"',
        messages: {
          'zh-CN': '状态“dormant”从初始状态“prospecting”不可达',
          en: 'state "dormant" cannot be reached from the initial state "prospecting"',
        },
        path: ['states', 'dormant'],
        details: { state: 'dormant', initial: 'prospecting' },
      },
    ]);
  });

  test('catches undefined guards and updates, with the branch index in lists', () => {
    const bad = withStates({
      negotiating: {
        label: text('洽谈', 'Negotiating'),
        on: {
          WIN: [{ target: 'won', guard: 'hasValue', update: ['recordWin', 'notify'] }, { target: 'lost', guard: 'hasContractValue' }],
          LOSE: { target: 'lost', update: 'why' },
        },
      },
    });
    expect(checkMachine(bad).map((p) => [p.code, p.path])).toEqual([
      ['UNDEFINED_GUARD', ['states', 'negotiating', 'on', 'WIN', 0, 'guard']],
      ['UNDEFINED_UPDATE', ['states', 'negotiating', 'on', 'WIN', 0, 'update']],
      ['UNDEFINED_UPDATE', ['states', 'negotiating', 'on', 'LOSE', 'update']],
    ]);
  });

  test('catches a final state with transitions, an unlabelled event, an empty list and a dead branch', () => {
    const bad = withStates({
      won: { label: text('成交', 'Won'), final: true, on: { REOPEN: { target: 'prospecting' } } },
      lost: { label: text('流失', 'Lost'), on: { REOPEN: [], CALL: { target: 'lost' } } },
      disqualified: { label: text('不合格', 'Disqualified'), on: { REOPEN: [{ target: 'prospecting' }, { target: 'lost' }] } },
    });
    expect(checkMachine(bad).map((p) => p.code)).toEqual([
      'FINAL_STATE_HAS_TRANSITIONS',
      'EMPTY_HANDLER',
      'UNLABELLED_EVENT',
      'UNREACHABLE_BRANCH',
    ]);
  });

  test('catches an initial state that is not a state (and then skips reachability)', () => {
    const problems = checkMachine({ ...funnel, initial: 'start' } as unknown as Loose);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['INITIAL_NOT_A_STATE', ['initial']]]);
  });

  test('every problem has a message in both locales', () => {
    const bad = withStates({ qualified: { label: text('识别合格', 'Qualified'), final: true, on: { X: [] } } }, { initial: 'nope' });
    for (const problem of checkMachine(bad)) {
      for (const locale of LOCALES) expect(problem.messages[locale].length).toBeGreaterThan(5);
      expect(problem.message).toBe(problem.messages.en);
    }
  });
});

describe('compileMachine', () => {
  test('refuses a broken definition with INVALID_MACHINE and the problems', () => {
    const bad = withStates({ dormant: { label: text('休眠', 'Dormant') } });
    expect(() => compileMachine(bad)).toThrow(CORE_MESSAGES.INVALID_MACHINE);
    try {
      compileMachine(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LogisticsCustomerError);
      const error = e as LogisticsCustomerError;
      expect(error.code).toBe('INVALID_MACHINE');
      expect(error.message).toBe(`${CORE_MESSAGES.INVALID_MACHINE} state "dormant" cannot be reached from the initial state "prospecting"`);
      expect((error.details['problems'] as readonly { code: string }[]).map((p) => p.code)).toEqual(['UNREACHABLE_STATE']);
    }
  });

  test('keeps the definition and does not change it', () => {
    const definition = deepFreeze({ ...funnel, states: structuredClone(funnel.states) });
    const compiled = compileMachine<FunnelState, FunnelEvent, FunnelContext>(definition);
    expect(compiled.states).toBe(definition.states);
    expect(compiled.guards).toBe(funnel.guards);
    expect(compiled.compiled.rows[4]?.refusals.get('REOPEN')?.code).toBe('NOT_ALLOWED_IN_STATE');
    expect(compiled.compiled.states[4]).toBe('won');
  });

  test('compileBranch resolves names and refuses undefined ones', () => {
    expect(compileBranch(funnel, { target: 'won', update: ['recordWin', 'countReopen'] }).update?.(
      { reopened: 0, wonValue: 0, wonAt: null },
      { type: 'WIN', value: 5, at: '2024-05-01T00:00:00Z' },
    )).toEqual({ reopened: 1, wonValue: 5, wonAt: '2024-05-01T00:00:00Z' });
    expect(() => compileBranch(funnel, { guard: 'nope' })).toThrow(MACHINE_MESSAGES.UNDEFINED_GUARD);
    expect(() => compileBranch(funnel, { update: 'nope' })).toThrow(MACHINE_MESSAGES.UNDEFINED_UPDATE);
  });
});

describe('label tables', () => {
  test('every refusal and problem code has a label in both locales', () => {
    expect(Object.keys(transitionRefusalCodeLabels)).toEqual(TransitionRefusalCodeSchema.options);
    expect(Object.keys(machineProblemCodeLabels)).toEqual(MachineProblemCodeSchema.options);
    for (const table of [transitionRefusalCodeLabels, machineProblemCodeLabels]) {
      for (const entry of Object.values(table)) for (const locale of LOCALES) expect(entry[locale]).not.toBe('');
    }
    expect(transitionRefusalCodeLabels.NOT_ALLOWED_IN_STATE['zh-CN']).toBe('当前状态不允许');
  });
});
