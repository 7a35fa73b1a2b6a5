import { describe, expect, test } from 'vitest';
import { checkMachine } from '../../src/core/machine/check-machine.js';
import { reachableStates } from '../../src/core/machine/reachable-states.js';
import { replay } from '../../src/core/machine/replay.js';
import { LifecycleEventTypeSchema, type LifecycleEvent, type LifecycleEventType } from '../../src/funnel/lifecycle-event.js';
import { lifecycleEventForDeal, lifecycleEventForRiskSignals, applyLifecycleEvent } from '../../src/funnel/lifecycle-link.js';
import { createLifecycleMachine, lifecycleDefinition, newCustomerLifecycle, type LifecycleSnapshot } from '../../src/funnel/lifecycle-machine.js';
import { LifecycleStateSchema, type LifecycleState } from '../../src/funnel/lifecycle-state.js';
import { replayFunnel } from '../../src/funnel/funnel-replay.js';
import { cny, deepFreeze, march, PATH_TO, pathEvents } from './fixtures.js';

const lifecycle = createLifecycleMachine();

function validEvent(type: LifecycleEventType, at: Date): LifecycleEvent {
  switch (type) {
    case 'DEAL_WON':
      return { type, at, dealId: 'D-1', contractValue: cny(100) };
    case 'RISK_SIGNALLED':
      return { type, at, signals: [{ code: 'FALLING_VOLUME' }] };
    case 'RISK_CLEARED':
      return { type, at };
    case 'CHURNED':
      return { type, at, reason: 'competitor' };
    case 'WIN_BACK_STARTED':
      return { type, at };
    case 'WIN_BACK_FAILED':
      return { type, at };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

const PATH: { readonly [S in LifecycleState]: readonly LifecycleEventType[] } = {
  potential: [],
  current: ['DEAL_WON'],
  atRisk: ['DEAL_WON', 'RISK_SIGNALLED'],
  past: ['DEAL_WON', 'CHURNED'],
  winBack: ['DEAL_WON', 'CHURNED', 'WIN_BACK_STARTED'],
};

function at(state: LifecycleState): LifecycleSnapshot {
  const r = replay(lifecycle, PATH[state].map((type, i) => validEvent(type, march(i + 1))), newCustomerLifecycle());
  if (!r.ok) throw new Error(r.error.error.message);
  return r.value;
}

const EXPECTED: { readonly [S in LifecycleState]: Partial<Record<LifecycleEventType, LifecycleState>> } = {
  potential: { DEAL_WON: 'current' },
  current: { DEAL_WON: 'current', RISK_SIGNALLED: 'atRisk', CHURNED: 'past' },
  atRisk: { DEAL_WON: 'current', RISK_SIGNALLED: 'atRisk', RISK_CLEARED: 'current', CHURNED: 'past' },
  past: { DEAL_WON: 'current', WIN_BACK_STARTED: 'winBack' },
  winBack: { DEAL_WON: 'current', WIN_BACK_FAILED: 'past' },
};

describe('the customer relationship lifecycle (未来型 → 现在型 → 风险 → 过去型 → 挽回 → 现在型)', () => {
  test('is a sound machine where every state is reachable', () => {
    expect(checkMachine(lifecycleDefinition())).toEqual([]);
    expect(reachableStates(lifecycleDefinition())).toEqual(LifecycleStateSchema.options);
  });

  describe.each(LifecycleStateSchema.options)('in state %s', (state) => {
    test.each(LifecycleEventTypeSchema.options)('event %s', (type) => {
      const before = deepFreeze(at(state));
      const copy = structuredClone(before);
      const r = applyLifecycleEvent(lifecycle, before, validEvent(type, march(20)));
      const target = EXPECTED[state][type];
      if (target === undefined) expect(r.ok ? null : r.error.code).toBe('NOT_ALLOWED_IN_STATE');
      else expect(r.ok ? r.value.state : r.error.message).toBe(target);
      expect(before).toEqual(copy);
    });
  });

  test('a full story: won, at risk, churned, won back', () => {
    const events: LifecycleEvent[] = [
      { type: 'DEAL_WON', at: march(1) },
      { type: 'RISK_SIGNALLED', at: march(5), signals: [{ code: 'LATE_PAYMENT' }, { code: 'REPEATED_COMPLAINTS' }] },
      { type: 'CHURNED', at: march(9), reason: 'service' },
      { type: 'WIN_BACK_STARTED', at: march(12) },
      { type: 'WIN_BACK_FAILED', at: march(15) },
      { type: 'WIN_BACK_STARTED', at: march(18) },
      { type: 'DEAL_WON', at: march(25) },
    ];
    const r = replay(lifecycle, deepFreeze(events), newCustomerLifecycle());
    expect(r.ok && r.value).toEqual({
      state: 'current',
      context: {
        dealsWon: 2,
        firstDealAt: march(1),
        lastDealAt: march(25),
        riskSignals: [],
        churnReason: 'service',
        winBackAttempts: 2,
        lastEventAt: march(25),
      },
    });
  });

  test('guards: risk needs a signal, churn needs a reason, events must be in order', () => {
    const codes = (s: LifecycleSnapshot, e: LifecycleEvent): readonly string[] => {
      const r = applyLifecycleEvent(lifecycle, s, e);
      return r.ok ? [] : r.error.code === 'GUARD_REJECTED' ? r.error.details.reasons.map((x) => x.code) : [r.error.code];
    };
    const current = at('current');
    expect(codes(current, { type: 'RISK_SIGNALLED', at: march(9), signals: [] })).toEqual(['NO_RISK_SIGNAL']);
    expect(codes(current, { type: 'CHURNED', at: march(9) })).toEqual(['NO_CHURN_REASON']);
    expect(codes(current, { type: 'CHURNED', at: march(9), reason: 'boredom' })).toEqual(['UNKNOWN_LOST_REASON']);
    expect(codes(current, { type: 'CHURNED', at: march(9), reason: 'other' })).toEqual(['NO_LOST_NOTE']);
    expect(codes(current, { type: 'CHURNED', at: march(9), reason: 'other', note: '业务转移' })).toEqual([]);
    expect(codes(current, { type: 'DEAL_WON', at: new Date('2026-02-01T00:00:00Z') })).toEqual(['EVENT_OUT_OF_ORDER']);
    expect(codes(current, { type: 'DEAL_WON', at: new Date('bad') })).toEqual(['INVALID_EVENT_TIME']);
    const risky = at('atRisk');
    const more = applyLifecycleEvent(lifecycle, risky, { type: 'RISK_SIGNALLED', at: march(9), signals: [{ code: 'CONTACT_LOST' }] });
    expect(more.ok && more.value.context.riskSignals.map((s) => s.code)).toEqual(['FALLING_VOLUME', 'CONTACT_LOST']);
    const cleared = applyLifecycleEvent(lifecycle, risky, { type: 'RISK_CLEARED', at: march(9) });
    expect(cleared.ok && [cleared.value.state, cleared.value.context.riskSignals]).toEqual(['current', []]);
  });

  test('a custom lost-reason table is honoured', () => {
    const mine = createLifecycleMachine({ lostReasons: { bankrupt: { 'zh-CN': '破产', en: 'Bankrupt' } } });
    expect(applyLifecycleEvent(mine, at('current'), { type: 'CHURNED', at: march(9), reason: 'bankrupt' }).ok).toBe(true);
    expect(applyLifecycleEvent(mine, at('current'), { type: 'CHURNED', at: march(9), reason: 'price' }).ok).toBe(false);
  });
});

describe('links to the funnel and to risk signals', () => {
  test('a won deal makes a potential customer current', () => {
    const deal = replayFunnel(pathEvents(PATH_TO.won));
    expect(deal.ok).toBe(true);
    if (!deal.ok) return;
    const event = lifecycleEventForDeal(deal.value, 'D-9');
    expect(event).toEqual({ type: 'DEAL_WON', at: march(5), dealId: 'D-9', contractValue: cny(4_800_000) });
    const r = applyLifecycleEvent(lifecycle, newCustomerLifecycle(), event as LifecycleEvent);
    expect(r.ok && [r.value.state, r.value.context.dealsWon, r.value.context.firstDealAt]).toEqual(['current', 1, march(5)]);
    expect(lifecycleEventForDeal(deal.value)).toEqual({ type: 'DEAL_WON', at: march(5), contractValue: cny(4_800_000) });
  });

  test('a deal that is not won gives no lifecycle event', () => {
    const deal = replayFunnel(pathEvents(PATH_TO.negotiating));
    expect(deal.ok && lifecycleEventForDeal(deal.value)).toBe(undefined);
  });

  test('risk signals (any objects with a code) become RISK_SIGNALLED; none give nothing', () => {
    const signals = deepFreeze([{ code: 'FALLING_VOLUME', severity: 'high' }]);
    const e = lifecycleEventForRiskSignals(signals, march(30));
    expect(e).toEqual({ type: 'RISK_SIGNALLED', at: march(30), signals: [{ code: 'FALLING_VOLUME', severity: 'high' }] });
    expect(e?.signals).not.toBe(signals);
    expect(lifecycleEventForRiskSignals([], march(30))).toBe(undefined);
    const r = applyLifecycleEvent(lifecycle, at('current'), e as LifecycleEvent);
    expect(r.ok && r.value.state).toBe('atRisk');
  });

  test("the segmentation module's signals (tagged by kind) fit as they are and get that kind as their code", () => {
    const signals = deepFreeze([{ kind: 'long-silence', daysSinceLastOrder: 79 }]);
    const e = lifecycleEventForRiskSignals(signals, march(30));
    expect(e?.signals).toEqual([{ kind: 'long-silence', daysSinceLastOrder: 79, code: 'long-silence' }]);
    expect(signals[0]).toEqual({ kind: 'long-silence', daysSinceLastOrder: 79 });
  });
});
