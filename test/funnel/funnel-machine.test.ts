import { describe, expect, test } from 'vitest';
import { checkMachine } from '../../src/core/machine/check-machine.js';
import { nameIndex } from '../../src/core/machine/name-index.js';
import { reachableStates } from '../../src/core/machine/reachable-states.js';
import { allowedEvents } from '../../src/core/machine/allowed-events.js';
import { transition } from '../../src/core/machine/transition.js';
import { FunnelEventTypeSchema, type FunnelEvent } from '../../src/funnel/funnel-event.js';
import { createFunnelMachine, funnelDefinition, type FunnelSnapshot } from '../../src/funnel/funnel-machine.js';
import { applyFunnelEvent, newDeal, replayFunnel } from '../../src/funnel/funnel-replay.js';
import { FunnelStateSchema, type FunnelState } from '../../src/funnel/funnel-state.js';
import { findingChannelLabels } from '../../src/funnel/finding-channel.js';
import { cny, deepFreeze, march, NO_AUTHORITY, PATH_TO, pathEvents, QUALIFIES, validEvent } from './fixtures.js';

const funnel = createFunnelMachine();

function at(state: FunnelState): FunnelSnapshot {
  const r = replayFunnel(pathEvents(PATH_TO[state]), funnel);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Where each allowed (state, event) pair leads; every pair not listed must be refused. */
const EXPECTED: { readonly [S in FunnelState]: Partial<Record<FunnelEvent['type'], FunnelState>> } = {
  new: { FIND: 'prospecting' },
  prospecting: { QUALIFY: 'qualified', DISQUALIFY: 'disqualified', LOSE: 'lost' },
  qualified: { APPROACH: 'approaching', LOSE: 'lost' },
  disqualified: { REOPEN: 'prospecting' },
  approaching: { PROPOSE: 'negotiating', LOSE: 'lost' },
  negotiating: { PROPOSE: 'negotiating', WIN: 'won', LOSE: 'lost' },
  won: {},
  lost: { REOPEN: 'prospecting' },
};

describe('the funnel machine (寻找 → 识别 → 接近 → 洽谈 → 成交)', () => {
  test('is a sound machine: no problems, every state reachable, won is final', () => {
    const definition = funnelDefinition();
    expect(checkMachine(definition)).toEqual([]);
    expect(reachableStates(definition)).toEqual(FunnelStateSchema.options);
    expect(definition.states.won.final).toBe(true);
    expect(definition.initial).toBe('new');
  });

  describe.each(FunnelStateSchema.options)('in state %s', (state) => {
    test.each(FunnelEventTypeSchema.options)('event %s', (type) => {
      const before = deepFreeze(at(state));
      const copy = structuredClone(before);
      const event = deepFreeze(validEvent(type, march(20)));
      const result = transition(funnel, before, event);
      const target = EXPECTED[state][type];
      if (target === undefined) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('NOT_ALLOWED_IN_STATE');
          expect(result.error.details.state).toBe(state);
        }
      } else {
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.value.state).toBe(target);
          expect(result.value.context.lastEventAt).toEqual(march(20));
        }
      }
      expect(before).toEqual(copy);
    });
  });

  test('allowed events per state match the table', () => {
    for (const state of FunnelStateSchema.options) {
      expect([...allowedEvents(funnel, at(state))].sort()).toEqual(Object.keys(EXPECTED[state]).sort());
    }
  });

  test('an unknown event type is refused as UNKNOWN_EVENT and the deal is unchanged', () => {
    const before = at('qualified');
    const r = transition(funnel, before, { type: 'CALL', at: march(20) } as unknown as FunnelEvent);
    expect(r.ok ? null : r.error.code).toBe('UNKNOWN_EVENT');
  });

  test('a happy path records the channel, assessment, visit plan, quote and contract', () => {
    const r = replayFunnel(pathEvents(PATH_TO.won));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { episode, history } = r.value.context;
    expect(r.value.state).toBe('won');
    expect(episode).toEqual({
      number: 1,
      openedAt: march(1),
      channel: 'customer-referral',
      stage: 'won',
      stageEnteredAt: march(5),
      assessment: QUALIFIES,
      expectedValue: undefined,
      visitPlan: { method: 'benefit' },
      quote: cny(5_000_000),
      outcome: { kind: 'won', at: march(5), contractValue: cny(4_800_000), closingMethod: 'concession' },
    });
    expect(history).toEqual([]);
  });

  test('a revised quote in 洽谈 keeps the stage and its entry time', () => {
    const negotiating = at('negotiating');
    const r = applyFunnelEvent(funnel, negotiating, { type: 'PROPOSE', at: march(9), quote: cny(4_500_000) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.context.episode.quote).toEqual(cny(4_500_000));
    expect(r.value.context.episode.stageEnteredAt).toEqual(march(4));
  });
});

describe('guards give reasons and leave the deal unchanged', () => {
  function reasons(snapshot: FunnelSnapshot, event: FunnelEvent): readonly string[] {
    const frozen = deepFreeze(snapshot);
    const copy = structuredClone(frozen);
    const r = applyFunnelEvent(funnel, frozen, event);
    expect(frozen).toEqual(copy);
    if (r.ok) return [];
    expect(r.error.code).toBe('GUARD_REJECTED');
    return r.error.code === 'GUARD_REJECTED' ? r.error.details.reasons.map((x) => x.code) : [];
  }

  test('qualification needs all four factors under the default rule (需求度 购买力 决策权 信誉度)', () => {
    const p = at('prospecting');
    expect(reasons(p, { type: 'QUALIFY', at: march(9), assessment: NO_AUTHORITY })).toEqual(['NO_DECISION_AUTHORITY']);
    const none = { need: { passed: false }, 'purchasing-power': { passed: false }, 'decision-authority': { passed: false }, creditworthiness: { passed: false } };
    expect(reasons(p, { type: 'QUALIFY', at: march(9), assessment: none })).toEqual([
      'NO_NEED',
      'NO_PURCHASING_POWER',
      'NO_DECISION_AUTHORITY',
      'POOR_CREDITWORTHINESS',
    ]);
    expect(reasons(p, { type: 'QUALIFY', at: march(9), assessment: QUALIFIES })).toEqual([]);
  });

  test('disqualifying needs an assessment that fails; it records the failed factors', () => {
    const p = at('prospecting');
    expect(reasons(p, { type: 'DISQUALIFY', at: march(9), assessment: QUALIFIES })).toEqual(['ASSESSMENT_QUALIFIES']);
    const r = applyFunnelEvent(funnel, p, { type: 'DISQUALIFY', at: march(9), assessment: NO_AUTHORITY });
    expect(r.ok && r.value.context.episode.outcome).toEqual({ kind: 'disqualified', at: march(9), failed: ['decision-authority'] });
  });

  test('a won deal needs a contract value and a closing method', () => {
    const n = at('negotiating');
    expect(reasons(n, { type: 'WIN', at: march(9) })).toEqual(['NO_CONTRACT_VALUE', 'NO_CLOSING_METHOD']);
    expect(reasons(n, { type: 'WIN', at: march(9), contractValue: cny(0), closingMethod: 'trial' })).toEqual(['CONTRACT_VALUE_NOT_POSITIVE']);
    expect(reasons(n, { type: 'WIN', at: march(9), contractValue: cny(100), closingMethod: 'bribe' })).toEqual(['UNKNOWN_CLOSING_METHOD']);
  });

  test('a lost deal needs a known reason; "other" needs a note', () => {
    const q = at('qualified');
    expect(reasons(q, { type: 'LOSE', at: march(9) })).toEqual(['NO_LOST_REASON']);
    expect(reasons(q, { type: 'LOSE', at: march(9), reason: 'weather' })).toEqual(['UNKNOWN_LOST_REASON']);
    expect(reasons(q, { type: 'LOSE', at: march(9), reason: 'other' })).toEqual(['NO_LOST_NOTE']);
    expect(reasons(q, { type: 'LOSE', at: march(9), reason: 'other', note: '  ' })).toEqual(['NO_LOST_NOTE']);
    expect(reasons(q, { type: 'LOSE', at: march(9), reason: 'other', note: '客户被收购' })).toEqual([]);
  });

  test('channels, approach methods and quotes are checked', () => {
    expect(reasons(newDeal(), { type: 'FIND', at: march(1), channel: 'telepathy' })).toEqual(['UNKNOWN_FINDING_CHANNEL']);
    expect(reasons(at('qualified'), { type: 'APPROACH', at: march(9), visitPlan: { method: 'ambush' } })).toEqual(['UNKNOWN_APPROACH_METHOD']);
    expect(reasons(at('approaching'), { type: 'PROPOSE', at: march(9), quote: cny(-1) })).toEqual(['QUOTE_NOT_POSITIVE']);
    expect(reasons(at('prospecting'), { type: 'QUALIFY', at: march(9), assessment: QUALIFIES, expectedValue: cny(0) })).toEqual([
      'INVALID_EXPECTED_VALUE',
    ]);
    expect(reasons(at('lost'), { type: 'REOPEN', at: march(9), channel: 'nowhere' })).toEqual(['UNKNOWN_FINDING_CHANNEL']);
  });

  test('an amount whose scale is not a whole number from 0 to 15 is refused as INVALID_SCALE, and the message names the scale', () => {
    for (const scale of [-1, 99, Number.NaN, 1.5, undefined]) {
      const bad = { amount: 5_000_000, scale, currency: 'CNY' } as unknown as ReturnType<typeof cny>;
      expect([scale, reasons(at('negotiating'), { type: 'WIN', at: march(9), contractValue: bad, closingMethod: 'trial' })]).toEqual([scale, ['INVALID_SCALE']]);
      expect([scale, reasons(at('approaching'), { type: 'PROPOSE', at: march(9), quote: bad })]).toEqual([scale, ['INVALID_SCALE']]);
      expect([scale, reasons(at('prospecting'), { type: 'QUALIFY', at: march(9), assessment: QUALIFIES, expectedValue: bad })]).toEqual([scale, ['INVALID_SCALE']]);
    }
    // A bad scale and a bad amount: both are named.
    const both = { amount: -1, scale: 99, currency: 'CNY' } as unknown as ReturnType<typeof cny>;
    expect(reasons(at('approaching'), { type: 'PROPOSE', at: march(9), quote: both })).toEqual(['INVALID_SCALE', 'QUOTE_NOT_POSITIVE']);
    const r = applyFunnelEvent(funnel, at('negotiating'), {
      type: 'WIN',
      at: march(9),
      contractValue: { amount: 5000, scale: -1, currency: 'CNY' } as unknown as ReturnType<typeof cny>,
      closingMethod: 'trial',
    });
    expect(r.ok ? null : [r.error.messages['zh-CN'], r.error.messages.en]).toEqual([
      expect.stringContaining('contractValue 的小数位数（scale）须为 0 到 15 的整数，收到 -1'),
      expect.stringContaining('the scale of contractValue must be a whole number from 0 to 15; received -1'),
    ]);
    expect(r.ok ? null : r.error.code === 'GUARD_REJECTED' && r.error.details.reasons[0]?.details).toEqual({ field: 'contractValue', received: -1 });
    // Scales 0 and 15 are scales.
    expect(reasons(at('negotiating'), { type: 'WIN', at: march(9), contractValue: { amount: 5, scale: 0, currency: 'CNY' }, closingMethod: 'trial' })).toEqual([]);
    expect(reasons(at('negotiating'), { type: 'WIN', at: march(9), contractValue: { amount: 5, scale: 15, currency: 'CNY' }, closingMethod: 'trial' })).toEqual([]);
  });

  test('an event earlier than the last one, or with an invalid time, is refused', () => {
    const q = at('qualified'); // last event on 2 March
    expect(reasons(q, { type: 'APPROACH', at: march(1), visitPlan: { method: 'benefit' } })).toEqual(['EVENT_OUT_OF_ORDER']);
    expect(reasons(q, { type: 'APPROACH', at: new Date('nope'), visitPlan: { method: 'benefit' } })).toEqual(['INVALID_EVENT_TIME']);
    // The same instant as the last event is in order.
    expect(reasons(q, { type: 'APPROACH', at: march(2), visitPlan: { method: 'benefit' } })).toEqual([]);
  });

  test('refusal messages are bilingual', () => {
    const r = applyFunnelEvent(funnel, at('negotiating'), { type: 'WIN', at: march(9) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.messages['zh-CN']).toContain('成交须有合同金额');
    expect(r.error.messages.en).toContain('a won deal needs a contract value');
  });
});

describe('re-opening keeps both episodes', () => {
  test('lost then re-opened and won: history holds the lost episode, the new one is numbered 2', () => {
    const events: FunnelEvent[] = [
      { type: 'FIND', at: march(1), channel: 'advertising' },
      { type: 'QUALIFY', at: march(2), assessment: QUALIFIES },
      { type: 'LOSE', at: march(3), reason: 'no-budget' },
      { type: 'REOPEN', at: march(20), channel: 'customer-referral' },
      { type: 'QUALIFY', at: march(21), assessment: QUALIFIES },
      { type: 'APPROACH', at: march(22), visitPlan: { method: 'introduction' } },
      { type: 'PROPOSE', at: march(23), quote: cny(100_000) },
      { type: 'WIN', at: march(25), contractValue: cny(100_000), closingMethod: 'request' },
    ];
    const r = replayFunnel(deepFreeze(events));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { episode, history } = r.value.context;
    expect(history).toHaveLength(1);
    expect(history[0]?.outcome).toEqual({ kind: 'lost', at: march(3), stage: 'qualified', reason: 'no-budget', note: undefined });
    expect(history[0]?.channel).toBe('advertising');
    expect(episode.number).toBe(2);
    expect(episode.channel).toBe('customer-referral');
    expect(episode.openedAt).toEqual(march(20));
    expect(episode.outcome?.kind).toBe('won');
  });

  test('a re-open without a channel keeps the previous channel', () => {
    const r = replayFunnel([
      { type: 'FIND', at: march(1), channel: 'meetings' },
      { type: 'DISQUALIFY', at: march(2), assessment: NO_AUTHORITY },
      { type: 'REOPEN', at: march(10) },
    ]);
    expect(r.ok && [r.value.state, r.value.context.episode.channel, r.value.context.history.length]).toEqual(['prospecting', 'meetings', 1]);
  });
});

describe('options', () => {
  test('reference data can be extended: a new channel is accepted only by a machine that has it', () => {
    const wechat = { type: 'FIND', at: march(1), channel: 'wechat' } as const;
    expect(applyFunnelEvent(funnel, newDeal(), wechat).ok).toBe(false);
    const mine = createFunnelMachine({ reference: { findingChannels: { ...findingChannelLabels, wechat: { 'zh-CN': '微信', en: 'WeChat' } } } });
    expect(applyFunnelEvent(mine, newDeal(), wechat).ok).toBe(true);
    // The other tables keep their defaults.
    expect(applyFunnelEvent(mine, at('qualified'), { type: 'APPROACH', at: march(9), visitPlan: { method: 'benefit' } }).ok).toBe(true);
  });

  test('codes are checked exactly, also in a table whose codes no single character tells apart', () => {
    // 'ab'/'ba' share every key position, so the guard's name index falls back to comparing each.
    const label = { 'zh-CN': '渠道', en: 'channel' };
    const lookalike = Object.fromEntries(['ab', 'ba', 'aa', 'bb', 'a'].map((code) => [code, label]));
    expect(nameIndex(Object.keys(lookalike)).at).toBe(-1);
    const mine = createFunnelMachine({ reference: { findingChannels: lookalike } });
    for (const channel of ['ab', 'ba', 'aa', 'bb', 'a']) {
      expect(applyFunnelEvent(mine, newDeal(), { type: 'FIND', at: march(1), channel }).ok).toBe(true);
    }
    for (const channel of ['b', 'abc', 'AB', 'meetings', '']) {
      const r = applyFunnelEvent(mine, newDeal(), { type: 'FIND', at: march(1), channel });
      expect(r.ok ? [] : r.error.code === 'GUARD_REJECTED' ? r.error.details.reasons.map((x) => x.code) : [r.error.code]).toEqual(['UNKNOWN_FINDING_CHANNEL']);
    }
    // The default tables are indexed, and a code that only shares a key with a known one is refused.
    expect(nameIndex(Object.keys(findingChannelLabels)).at).toBeGreaterThanOrEqual(0);
    expect(applyFunnelEvent(funnel, newDeal(), { type: 'FIND', at: march(1), channel: 'Meetings' }).ok).toBe(false);
  });

  test('a weighted-score rule qualifies a prospect that fails one light factor', () => {
    const weighted = createFunnelMachine({
      qualificationRule: {
        kind: 'weighted-score',
        weights: { need: 3, 'purchasing-power': 3, 'decision-authority': 1, creditworthiness: 3 },
        threshold: 80,
        required: ['creditworthiness'],
      },
    });
    const p = at('prospecting');
    // (3·100 + 3·100 + 1·0 + 3·100) / 10 = 90 ≥ 80
    expect(applyFunnelEvent(weighted, p, { type: 'QUALIFY', at: march(9), assessment: NO_AUTHORITY }).ok).toBe(true);
    const badCredit = { ...QUALIFIES, creditworthiness: { passed: false, score: 95 } };
    const r = applyFunnelEvent(weighted, p, { type: 'QUALIFY', at: march(9), assessment: badCredit });
    expect(r.ok ? [] : r.error.code === 'GUARD_REJECTED' ? r.error.details.reasons.map((x) => x.code) : []).toEqual(['POOR_CREDITWORTHINESS']);
  });

  test('a bad qualification rule throws when the machine is built', () => {
    expect(() =>
      createFunnelMachine({
        qualificationRule: { kind: 'weighted-score', weights: { need: 0, 'purchasing-power': 0, 'decision-authority': 0, creditworthiness: 0 }, threshold: 50 },
      }),
    ).toThrow('A weighted qualification rule needs');
    // Each weight finite, but weight × 100 overflows: the score would be NaN and both QUALIFY and
    // DISQUALIFY would pass for the same assessment.
    expect(() =>
      createFunnelMachine({
        qualificationRule: { kind: 'weighted-score', weights: { need: 1e308, 'purchasing-power': 1e308, 'decision-authority': 1e308, creditworthiness: 1e308 }, threshold: 50 },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_QUALIFICATION_RULE' }));
  });

  test('under a weighted rule, an assessment with a factor score outside 0–100 passes neither QUALIFY nor DISQUALIFY, with a reason', () => {
    const weighted = createFunnelMachine({
      qualificationRule: { kind: 'weighted-score', weights: { need: 1, 'purchasing-power': 1, 'decision-authority': 1, creditworthiness: 1 }, threshold: 50 },
    });
    const p = at('prospecting');
    const codes = (event: FunnelEvent): readonly string[] => {
      const r = applyFunnelEvent(weighted, p, event);
      return r.ok ? [] : r.error.code === 'GUARD_REJECTED' ? r.error.details.reasons.map((x) => x.code) : [r.error.code];
    };
    const no = { passed: false };
    for (const score of [1000, Number.NaN, -5]) {
      const assessment = { need: { passed: false, score }, 'purchasing-power': no, 'decision-authority': no, creditworthiness: no };
      expect([score, codes({ type: 'QUALIFY', at: march(9), assessment })]).toEqual([score, ['INVALID_FACTOR_SCORE']]);
      expect([score, codes({ type: 'DISQUALIFY', at: march(9), assessment })]).toEqual([score, ['INVALID_FACTOR_SCORE']]);
      const passing = { ...QUALIFIES, need: { passed: true, score } };
      expect([score, codes({ type: 'QUALIFY', at: march(9), assessment: passing })]).toEqual([score, ['INVALID_FACTOR_SCORE']]);
      expect([score, codes({ type: 'DISQUALIFY', at: march(9), assessment: passing })]).toEqual([score, ['INVALID_FACTOR_SCORE']]);
    }
    // Valid scores still decide: 3 factors at 0, one at 100 → 25 < 50.
    const low = { need: { passed: true, score: 100 }, 'purchasing-power': no, 'decision-authority': no, creditworthiness: no };
    expect(codes({ type: 'QUALIFY', at: march(9), assessment: low })).toEqual(['SCORE_BELOW_THRESHOLD']);
    expect(codes({ type: 'DISQUALIFY', at: march(9), assessment: low })).toEqual([]);
  });
});
