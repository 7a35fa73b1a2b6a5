import { describe, expect, test } from 'vitest';
import { match } from './inherited-names-fixture.js';
import { LogisticsCustomerError } from '../../../src/core/invariant.js';
import { text } from '../../../src/core/locale.js';
import { compileMachine } from '../../../src/core/machine/compile.js';
import { defineMachine, type MachineDefinition } from '../../../src/core/machine/definition.js';
import { MACHINE_MESSAGES } from '../../../src/core/machine/messages.js';
import type { MachineSnapshot } from '../../../src/core/machine/snapshot.js';
import { transition } from '../../../src/core/machine/transition.js';
import {
  ALL_PASS,
  deepFreeze,
  FUNNEL_EVENT_TYPES,
  FUNNEL_STATES,
  type FunnelContext,
  type FunnelEvent,
  type FunnelState,
  funnel,
  sampleEvent,
} from './funnel-fixture.js';

type Snapshot = MachineSnapshot<FunnelState, FunnelContext>;

/** Where each handled event leads; every other (state, event) pair must be refused. */
const EXPECTED: { readonly [S in FunnelState]: { readonly [T in FunnelEvent['type']]?: FunnelState } } = {
  prospecting: { QUALIFY: 'qualified', DISQUALIFY: 'disqualified', LOSE: 'lost' },
  qualified: { APPROACH: 'approaching', LOSE: 'lost' },
  approaching: { NEGOTIATE: 'negotiating', LOSE: 'lost' },
  negotiating: { WIN: 'won', LOSE: 'lost' },
  won: {},
  lost: { REOPEN: 'prospecting' },
  disqualified: { REOPEN: 'prospecting' },
};

const compiled = compileMachine<FunnelState, FunnelEvent, FunnelContext>(funnel);
const MACHINES = [
  ['plain definition', funnel],
  ['compiled machine', compiled],
] as const satisfies readonly (readonly [string, MachineDefinition<FunnelState, FunnelEvent, FunnelContext>])[];

const START: FunnelContext = { reopened: 0, wonValue: 0, wonAt: null };
const at = (state: FunnelState, context: FunnelContext = START): Snapshot => ({ state, context });

const PAIRS = FUNNEL_STATES.flatMap((state) => FUNNEL_EVENT_TYPES.map((type) => [state, type] as const));

describe.each(MACHINES)('transition on a %s', (_name, machine) => {
  test('covers all 49 (state, event) pairs of the 7-state funnel', () => {
    expect(PAIRS).toHaveLength(49);
  });

  test.each(PAIRS)('in %s, %s', (state, type) => {
    const snapshot = deepFreeze(at(state));
    const event = deepFreeze(sampleEvent(type));
    const before = structuredClone({ snapshot, event });
    const result = transition(machine, snapshot, event);
    const target = EXPECTED[state][type];
    if (target === undefined) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('NOT_ALLOWED_IN_STATE');
      expect(result.error.path).toEqual(['type']);
      expect(result.error.details).toEqual({ state, eventType: type, allowed: Object.keys(EXPECTED[state]) });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.state).toBe(target);
      expect(result.value).not.toBe(snapshot);
    }
    expect({ snapshot, event }).toEqual(before);
  });

  test('a refused event names the state, the event and what is allowed, in both locales', () => {
    const result = transition(machine, at('negotiating'), { type: 'REOPEN' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_ALLOWED_IN_STATE',
        message: '"reopen" is not allowed in state "Negotiating"; allowed: win, lose',
        messages: {
          'zh-CN': '“洽谈”状态下不能“重新开发”；可以：成交、丢单',
          en: '"reopen" is not allowed in state "Negotiating"; allowed: win, lose',
        },
      },
    });
  });

  test('a final state allows nothing', () => {
    const result = transition(machine, at('won'), { type: 'LOSE' });
    expect(result.ok ? null : result.error.messages['zh-CN']).toBe('“成交”状态下不能“丢单”；可以：无');
    expect(result.ok ? null : result.error.details).toEqual({ state: 'won', eventType: 'LOSE', allowed: [] });
  });

  test('qualification fails with the reasons of every failing factor (识别: 需求度/购买力/决策权/信誉度)', () => {
    const event = deepFreeze({
      type: 'QUALIFY',
      factors: { ...ALL_PASS, need: false, creditworthiness: false },
    } as const satisfies FunnelEvent);
    const result = transition(machine, deepFreeze(at('prospecting')), event);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('GUARD_REJECTED');
    if (result.error.code !== 'GUARD_REJECTED') return;
    expect(result.error.details.reasons.map((r) => r.code)).toEqual(['NO_NEED', 'POOR_CREDIT']);
    expect(result.error.details.rejections.map((r) => r.guard)).toEqual(['allFactorsPass']);
    expect(result.error.details.state).toBe('prospecting');
    expect(result.error.messages).toEqual({
      'zh-CN': '“资格审查”未通过条件检查：客户没有物流需求；客户信誉度不足',
      en: '"qualify" was refused by its guard: the customer has no logistics need; the customer is not creditworthy',
    });
  });

  test('a deal is won only with a positive contract value, and the update records it', () => {
    const refused = transition(machine, at('negotiating'), { type: 'WIN', value: 0 });
    expect(refused.ok ? null : refused.error.details).toMatchObject({ reasons: [{ code: 'NO_CONTRACT_VALUE' }] });
    const won = transition(machine, at('negotiating'), { type: 'WIN', value: 880_000, at: '2024-04-02T10:00:00+08:00' });
    expect(won).toEqual({
      ok: true,
      value: { state: 'won', context: { reopened: 0, wonValue: 880_000, wonAt: '2024-04-02T10:00:00+08:00' } },
    });
  });

  test('re-opening counts, and an untouched context is passed on as it is', () => {
    const context = deepFreeze({ reopened: 2, wonValue: 0, wonAt: null });
    const reopened = transition(machine, at('lost', context), { type: 'REOPEN' });
    expect(reopened.ok && reopened.value.context).toEqual({ reopened: 3, wonValue: 0, wonAt: null });
    const approached = transition(machine, at('qualified', context), { type: 'APPROACH' });
    expect(approached.ok && approached.value.context).toBe(context);
  });

  test.each(['CALL', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'an unknown event type %s is refused as UNKNOWN_EVENT',
    (type) => {
      const result = transition(machine, at('prospecting'), { type } as unknown as FunnelEvent);
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'UNKNOWN_EVENT',
          path: ['type'],
          details: { state: 'prospecting', eventType: type },
          messages: { en: `unknown event "${type}": machine "test-funnel" does not define it` },
        },
      });
    },
  );

  test.each(['nowhere', 'toString', '__proto__'])('a snapshot in an unknown state %s is API misuse and throws', (state) => {
    const bad = { state, context: START } as unknown as Snapshot;
    expect(() => transition(machine, bad, { type: 'LOSE' })).toThrow(LogisticsCustomerError);
    expect(() => transition(machine, bad, { type: 'LOSE' })).toThrow(MACHINE_MESSAGES.UNKNOWN_STATE);
  });
});

test('plain and compiled machines give equal refusals; the compiled ones are frozen and shared', () => {
  const a = transition(funnel, at('won'), { type: 'REOPEN' });
  const b = transition(compiled, at('won'), { type: 'REOPEN' });
  const c = transition(compiled, at('won'), { type: 'REOPEN' });
  expect(b).toEqual(a);
  expect(b.ok ? null : Object.isFrozen(b.error)).toBe(true);
  expect(b.ok || c.ok ? null : b.error === c.error).toBe(true);
});

describe('event types named after Object.prototype members', () => {
  const matchCompiled = compileMachine(match);
  const inherited = ['toString', 'constructor', 'hasOwnProperty'] as const;

  test('a state refuses them unless it handles them itself, compiled or not, with equal refusals', () => {
    for (const state of ['open', 'won'] as const) {
      for (const type of inherited) {
        const plain = transition(match, { state, context: null }, { type });
        const fast = transition(matchCompiled, { state, context: null }, { type });
        expect([state, type, plain.ok ? 'ok' : plain.error.code]).toEqual([state, type, 'NOT_ALLOWED_IN_STATE']);
        expect(fast).toEqual(plain);
      }
      const own = transition(matchCompiled, { state, context: null }, { type: 'valueOf' });
      expect(own).toEqual(transition(match, { state, context: null }, { type: 'valueOf' }));
      expect([state, own.ok]).toEqual([state, state === 'open']);
    }
    const refused = transition(matchCompiled, { state: 'won', context: null }, { type: 'toString' });
    expect(!refused.ok && refused.error.details).toEqual({ state: 'won', eventType: 'toString', allowed: [] });
  });

  test('the compiled table has no entry for an inherited name', () => {
    const rows = matchCompiled.compiled.rows.map((row) => [row.eventTypes, row.refusedTypes]);
    expect(rows).toEqual([
      [['WIN', 'valueOf'], ['toString', 'constructor', 'hasOwnProperty']],
      [[], ['WIN', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']],
    ]);
  });
});

type Review = 'review' | 'vip' | 'standard' | 'rejected';
type ReviewEvent = { readonly type: 'DECIDE'; readonly volume: number } | { readonly type: 'NOTE'; readonly note: string };
interface ReviewContext {
  readonly notes: string;
}

const tooSmall = { code: 'TOO_SMALL', message: text('货量不足', 'volume too small') };
const review = defineMachine<Review, ReviewEvent, ReviewContext>({
  id: 'review',
  initial: 'review',
  context: { notes: '' },
  states: {
    review: {
      label: text('评审', 'Review'),
      on: {
        DECIDE: [
          { target: 'vip', guard: 'large', update: ['mark', 'tag'] },
          { target: 'standard', guard: 'medium' },
        ],
        NOTE: { update: 'note' },
      },
    },
    vip: { label: text('重点客户', 'VIP'), final: true },
    standard: { label: text('普通客户', 'Standard'), on: { DECIDE: [{ target: 'vip', guard: 'large' }, { target: 'rejected' }] } },
    rejected: { label: text('拒绝', 'Rejected'), final: true },
  },
  events: { DECIDE: text('评定', 'decide'), NOTE: text('备注', 'note') },
  guards: {
    large: (_c, e) => (e.type === 'DECIDE' && e.volume >= 1000 ? true : [tooSmall]),
    medium: (_c, e) =>
      e.type === 'DECIDE' && e.volume >= 100 ? true : [{ code: 'TOO_SMALL_EVEN_FOR_STANDARD', message: text('货量过小', 'volume far too small') }],
  },
  updates: {
    mark: (c) => ({ notes: `${c.notes}a` }),
    tag: (c) => ({ notes: `${c.notes}b` }),
    note: (c, e) => ({ notes: e.type === 'NOTE' ? `${c.notes}${e.note}` : c.notes }),
  },
});
const reviewCompiled = compileMachine(review);

describe.each([
  ['plain definition', review],
  ['compiled machine', reviewCompiled],
] as const)('guarded branches on a %s', (_name, machine) => {
  const start = deepFreeze({ state: 'review', context: { notes: '' } } as const satisfies MachineSnapshot<Review, ReviewContext>);

  test('the first branch whose guard passes is taken, its updates applied in order', () => {
    expect(transition(machine, start, { type: 'DECIDE', volume: 5000 })).toEqual({
      ok: true,
      value: { state: 'vip', context: { notes: 'ab' } },
    });
    expect(transition(machine, start, { type: 'DECIDE', volume: 500 })).toEqual({
      ok: true,
      value: { state: 'standard', context: { notes: '' } },
    });
  });

  test('when every guard says no, all their reasons come back in order', () => {
    const result = transition(machine, start, { type: 'DECIDE', volume: 5 });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'GUARD_REJECTED') return;
    expect(result.error.details.rejections.map((r) => [r.guard, r.reasons.map((x) => x.code)])).toEqual([
      ['large', ['TOO_SMALL']],
      ['medium', ['TOO_SMALL_EVEN_FOR_STANDARD']],
    ]);
    expect(result.error.message).toBe('"decide" was refused by its guard: volume too small; volume far too small');
  });

  test('an unguarded fallback branch catches what the guards refuse', () => {
    const standard = { state: 'standard', context: { notes: '' } } as const;
    expect(transition(machine, standard, { type: 'DECIDE', volume: 5 })).toEqual({
      ok: true,
      value: { state: 'rejected', context: { notes: '' } },
    });
    expect(transition(machine, standard, { type: 'DECIDE', volume: 5000 })).toEqual({
      ok: true,
      value: { state: 'vip', context: { notes: '' } },
    });
  });

  test('a transition without a target stays and updates the context', () => {
    const result = transition(machine, start, { type: 'NOTE', note: '回访' });
    expect(result).toEqual({ ok: true, value: { state: 'review', context: { notes: '回访' } } });
    expect(result.ok && result.value).not.toBe(start);
  });
});

describe('misuse', () => {
  const broken = {
    ...review,
    states: {
      ...review.states,
      review: { label: text('评审', 'Review'), on: { DECIDE: { target: 'vip', guard: 'missing' }, NOTE: { update: 'gone' } } },
    },
  } as MachineDefinition<Review, ReviewEvent, ReviewContext>;
  const start = { state: 'review', context: { notes: '' } } as const;

  test('an uncompiled definition naming an undefined guard or update throws', () => {
    expect(() => transition(broken, start, { type: 'DECIDE', volume: 1 })).toThrow(MACHINE_MESSAGES.UNDEFINED_GUARD);
    expect(() => transition(broken, start, { type: 'NOTE', note: 'x' })).toThrow(MACHINE_MESSAGES.UNDEFINED_UPDATE);
    try {
      transition(broken, start, { type: 'DECIDE', volume: 1 });
    } catch (e) {
      expect(e).toBeInstanceOf(LogisticsCustomerError);
      expect((e as LogisticsCustomerError).code).toBe('UNDEFINED_GUARD');
      expect((e as LogisticsCustomerError).details).toEqual({ machine: 'review', name: 'missing' });
    }
  });

  test.each([false, [], undefined])('a guard answering %j (plain JavaScript) still gives a reason', (answer) => {
    const sloppy = {
      ...review,
      guards: { large: () => answer, medium: () => answer },
    } as unknown as MachineDefinition<Review, ReviewEvent, ReviewContext>;
    for (const machine of [sloppy, compileMachine(sloppy)]) {
      const result = transition(machine, start, { type: 'DECIDE', volume: 5000 });
      expect(result.ok ? null : result.error.details).toMatchObject({
        rejections: [
          { guard: 'large', reasons: [{ code: 'GUARD_FAILED', message: { en: 'guard "large" is not satisfied' } }] },
          { guard: 'medium', reasons: [{ code: 'GUARD_FAILED' }] },
        ],
      });
    }
  });
});
