import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { businessTimeBetween } from '../../src/core/time/business-time-between.js';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import type { FunnelDealLog, FunnelEvent } from '../../src/funnel/funnel-event.js';
import { createFunnelMachine } from '../../src/funnel/funnel-machine.js';
import { funnelReport } from '../../src/funnel/funnel-report.js';
import type { DurationStats } from '../../src/funnel/duration-stats.js';
import type { FunnelReport } from '../../src/funnel/funnel-report-types.js';
import { applyFunnelEvent, newDeal, replayFunnel } from '../../src/funnel/funnel-replay.js';
import { FUNNEL_STAGES, type FunnelState, OPEN_STAGES, type OpenStage } from '../../src/funnel/funnel-state.js';
import { DEFAULT_FUNNEL_REFERENCE } from '../../src/funnel/reference-data.js';
import { FUNNEL_MESSAGES } from '../../src/funnel/messages.js';
import { validDeals } from './arbitraries.js';
import { cny, deepFreeze, NO_AUTHORITY, QUALIFIES } from './fixtures.js';

/** 10:00 UTC on a day of March 2026 (1 March 2026 is a Sunday). */
const m = (day: number): Date => new Date(Date.UTC(2026, 2, day, 10));
const period = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') };
/** 09:00–18:00 UTC, Monday to Friday: a full working day is 9 hours. */
const utcOffice = standardCalendar('UTC');

/** The hand-computed cohort of the tests (see the expectations for the arithmetic). */
const DEALS: FunnelDealLog[] = [
  {
    id: 'D1',
    events: [
      { type: 'FIND', at: m(2), channel: 'customer-referral' },
      { type: 'QUALIFY', at: m(4), assessment: QUALIFIES, expectedValue: cny(3_000_000) },
      { type: 'APPROACH', at: m(9), visitPlan: { method: 'benefit' } },
      { type: 'PROPOSE', at: m(12), quote: cny(5_000_000) },
      { type: 'WIN', at: m(20), contractValue: cny(4_800_000), closingMethod: 'concession' },
    ],
  },
  { id: 'D2', events: [{ type: 'FIND', at: m(3), channel: 'advertising' }, { type: 'LOSE', at: m(5), reason: 'no-need' }] },
  {
    id: 'D3',
    events: [
      { type: 'FIND', at: m(4), channel: 'customer-referral' },
      { type: 'QUALIFY', at: m(6), assessment: QUALIFIES },
      { type: 'APPROACH', at: m(10), visitPlan: { method: 'question' } },
      { type: 'LOSE', at: m(11), reason: 'price' },
    ],
  },
  {
    id: 'D4',
    events: [
      { type: 'FIND', at: m(9), channel: 'meetings' },
      { type: 'DISQUALIFY', at: m(10), assessment: NO_AUTHORITY },
      { type: 'REOPEN', at: m(16), channel: 'customer-referral' },
      { type: 'QUALIFY', at: m(17), assessment: QUALIFIES },
      { type: 'APPROACH', at: m(18), visitPlan: { method: 'survey' } },
      { type: 'PROPOSE', at: m(19), quote: cny(2_000_000) },
      { type: 'PROPOSE', at: m(23), quote: cny(1_800_000) },
    ],
  },
  {
    id: 'D5',
    events: [
      { type: 'FIND', at: m(13), channel: 'advertising' },
      { type: 'QUALIFY', at: m(16), assessment: QUALIFIES, expectedValue: cny(1_000_000) },
    ],
  },
  // Found before the period: checked, not counted.
  {
    id: 'D6',
    events: [
      { type: 'FIND', at: new Date('2026-02-20T10:00:00Z'), channel: 'telecom' },
      { type: 'QUALIFY', at: m(2), assessment: QUALIFIES },
    ],
  },
  // Found in the period; its second event is after the end: not counted (the report is as of the end).
  {
    id: 'D7',
    events: [
      { type: 'FIND', at: m(30), channel: 'meetings' },
      { type: 'QUALIFY', at: new Date('2026-04-02T10:00:00Z'), assessment: QUALIFIES },
    ],
  },
];

function report(deals: readonly FunnelDealLog[], options: Partial<Parameters<typeof funnelReport>[1]> = {}): FunnelReport {
  const r = funnelReport(deals, { period, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A change of stage seen by {@link replayCohort}. */
interface StageChange {
  readonly from: FunnelState;
  readonly to: FunnelState;
  readonly event: FunnelEvent;
  /** When the deal entered the stage it leaves. */
  readonly entered: Date;
  /** When the deal's current episode began (its entry into prospecting). */
  readonly episode: Date;
}

/**
 * The plain way the report is checked against: each deal of the cohort (found in the period)
 * replayed event by event through the funnel machine up to the period's end; `change` sees every
 * change of stage, `end` where the deal stands at the end.
 */
function replayCohort(deals: readonly FunnelDealLog[], change: (c: StageChange) => void, end: (state: FunnelState) => void = () => undefined): void {
  const machine = createFunnelMachine();
  for (const deal of deals) {
    const first = deal.events[0];
    if (first === undefined || first.at < period.start || first.at >= period.end) continue;
    let snapshot = newDeal();
    let entered = first.at;
    let episode = first.at;
    for (const event of deal.events) {
      if (event.at >= period.end) break;
      const next = applyFunnelEvent(machine, snapshot, event);
      if (!next.ok) throw new Error(next.error.message);
      const from = snapshot.state;
      snapshot = next.value;
      if (snapshot.state === from) continue;
      if (snapshot.state === 'prospecting') episode = event.at;
      change({ from, to: snapshot.state, event, entered, episode });
      entered = event.at;
    }
    end(snapshot.state);
  }
}

describe('funnelReport: a hand-computed cohort', () => {
  const r = report(deepFreeze(DEALS), { calendar: utcOffice, minSample: 1 });

  test('cohort, episodes and outcomes', () => {
    expect([r.deals, r.episodes]).toEqual([6, 7]);
    expect(r.outcomes).toEqual({ won: 1, lost: 2, disqualified: 1, open: 3 });
    expect(r.winRate.rate).toEqual({ kind: 'rate', numerator: 1, denominator: 4 });
    expect(r.winRate.interval?.confidence).toBe(0.95);
    expect(r.currency).toBe('CNY');
    expect(r.period).toEqual(period);
  });

  test('entries, exits and current per stage (entered = exited + current)', () => {
    expect(r.stages).toEqual({
      prospecting: { entered: 7, exited: 6, current: 1 },
      qualified: { entered: 4, exited: 3, current: 1 },
      approaching: { entered: 3, exited: 3, current: 0 },
      negotiating: { entered: 2, exited: 1, current: 1 },
      won: { entered: 1, exited: 0, current: 1 },
      lost: { entered: 2, exited: 0, current: 2 },
      disqualified: { entered: 1, exited: 1, current: 0 },
    });
  });

  test('stage-to-stage conversion: advanced out of exited, with Wilson intervals', () => {
    expect(r.conversions.map((c) => [c.from, c.to, c.conversion.rate.numerator, c.conversion.rate.denominator])).toEqual([
      ['prospecting', 'qualified', 4, 6],
      ['qualified', 'approaching', 3, 3],
      ['approaching', 'negotiating', 2, 3],
      ['negotiating', 'won', 1, 1],
    ]);
    // Wilson 95% for 4 of 6: centre (p + z²/2n)/(1 + z²/n), z = 1.959964.
    const z = 1.959963984540054;
    const n = 6;
    const p = 4 / 6;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    expect(r.conversions[0]?.conversion.interval?.lower).toBeCloseTo(centre - half, 9);
    expect(r.conversions[0]?.conversion.interval?.upper).toBeCloseTo(centre + half, 9);
  });

  test('time in stage in calendar days and business days (median, p90 by linear interpolation, mean)', () => {
    // 寻找: stays of 2, 2, 2, 1, 1, 3 calendar days; in business days (9 h each) 2, 2, 2, 1, 1 and
    // Fri 10:00 → Mon 10:00 = 8 h + 1 h = 1.
    expect(r.timeInStage.prospecting.calendarDays).toEqual({ count: 6, median: 2, p90: 2.5, mean: 11 / 6 });
    expect(r.timeInStage.prospecting.businessDays).toEqual({ count: 6, median: 1.5, p90: 2, mean: 1.5 });
    // 识别: 5, 4, 1 calendar days; 3, 2, 1 business days.
    expect(r.timeInStage.qualified.calendarDays).toEqual({ count: 3, median: 4, p90: 4.8, mean: 10 / 3 });
    expect(r.timeInStage.qualified.businessDays).toEqual({ count: 3, median: 2, p90: 2.8, mean: 2 });
    // 接近: 3, 1, 1 (weekdays only).
    expect(r.timeInStage.approaching.calendarDays).toEqual({ count: 3, median: 1, p90: 2.6, mean: 5 / 3 });
    expect(r.timeInStage.approaching.businessDays).toEqual(r.timeInStage.approaching.calendarDays);
    // 洽谈: only D1 left it: Thu 12 → Fri 20 = 8 calendar days, 6 business days.
    expect(r.timeInStage.negotiating.calendarDays).toEqual({ count: 1, median: 8, p90: 8, mean: 8 });
    expect(r.timeInStage.negotiating.businessDays).toEqual({ count: 1, median: 6, p90: 6, mean: 6 });
  });

  test('thousands of stays (more than one buffer chunk) summarise exactly as a sort would', () => {
    // 1 500 deals found on 1 March at 10:00 and lost k hours later, k = (37·i mod 500) + 1:
    // the stays in 寻找 are k/24 days, spread over the buffer's chunks of 256, 512 and 1 024.
    const hours = Array.from({ length: 1500 }, (_, i) => ((37 * i) % 500) + 1);
    const start = Date.UTC(2026, 2, 1, 10);
    const many: FunnelDealLog[] = hours.map((k, i) => ({
      id: `M${i}`,
      events: [
        { type: 'FIND', at: new Date(start), channel: 'advertising' },
        { type: 'LOSE', at: new Date(start + k * 3_600_000), reason: 'price' },
      ],
    }));
    const sorted = [...hours].sort((a, b) => a - b);
    const quantile = (p: number): number => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return ((sorted[lo] as number) + (h - lo) * ((sorted[lo + 1] as number) - (sorted[lo] as number))) / 24;
    };
    const stats = report(many).timeInStage.prospecting.calendarDays;
    expect(stats?.count).toBe(1500);
    expect(stats?.median).toBeCloseTo(quantile(0.5), 12);
    expect(stats?.p90).toBeCloseTo(quantile(0.9), 12);
    expect(stats?.mean).toBeCloseTo(hours.reduce((a, b) => a + b, 0) / 1500 / 24, 12);
  });

  // The report reads event times and types a block of 4 096 events ahead: 1 000 copies of the
  // cohort (7 000 deals, 24 000 events) cross the blocks between deals, and one deal's log of
  // 5 000 events is longer than a block. Its n-th episode lasts n minutes.
  const copies = Array.from({ length: 1000 }, (_, k) => DEALS.map((deal) => ({ ...deal, id: `${deal.id}-${k}` }))).flat();
  const longLog = ((): FunnelDealLog => {
    const start = Date.UTC(2020, 0, 1);
    const minute = 60_000;
    const events: FunnelEvent[] = [{ type: 'FIND', at: new Date(start), channel: 'meetings' }];
    let t = start;
    for (let n = 1; n <= 2500; n++) {
      t += n * minute;
      events.push({ type: 'LOSE', at: new Date(t), reason: 'price' });
      if (n < 2500) events.push({ type: 'REOPEN', at: new Date((t += minute)) });
    }
    return { id: 'LONG', events };
  })();
  const longPeriod = { period: { start: new Date(Date.UTC(2019, 11, 1)), end: new Date(Date.UTC(2030, 0, 1)) } };

  test('logs across the read-ahead blocks count exactly: 1 000 copies of the cohort count 1 000 times as much', () => {
    const one = report(DEALS, { calendar: utcOffice });
    const many = report(copies, { calendar: utcOffice });
    expect(many.deals).toBe(1000 * one.deals);
    for (const stage of FUNNEL_STAGES) {
      expect(many.stages[stage]).toEqual({
        entered: 1000 * one.stages[stage].entered,
        exited: 1000 * one.stages[stage].exited,
        current: 1000 * one.stages[stage].current,
      });
    }
    for (const stage of OPEN_STAGES) {
      for (const unit of ['calendarDays', 'businessDays'] as const) {
        const a = one.timeInStage[stage][unit];
        const b = many.timeInStage[stage][unit];
        expect(b?.count).toBe(1000 * (a?.count ?? 0));
        expect(b?.mean).toBeCloseTo(a?.mean ?? Number.NaN, 9);
      }
    }
  });

  test('a log longer than a read-ahead block counts exactly, alone and between 1 400 other deals', () => {
    const alone = report([longLog], longPeriod);
    expect(alone.outcomes.lost).toBe(2500);
    // 1 … 2 500 minutes: the median 1 250.5, the p90 at rank 0.9 × 2 499 = 2 249.1, i.e. 2 250.1 minutes.
    expect(alone.timeInStage.prospecting.calendarDays).toEqual({
      count: 2500,
      median: expect.closeTo(1250.5 / 1440, 12),
      p90: expect.closeTo(2250.1 / 1440, 12),
      mean: expect.closeTo(1250.5 / 1440, 12),
    });
    const others = report(copies.slice(0, 1400), longPeriod);
    const mixed = report([...copies.slice(0, 700), longLog, ...copies.slice(700, 1400)], longPeriod);
    expect(mixed.outcomes.lost).toBe(others.outcomes.lost + 2500);
    expect(mixed.stages.prospecting.entered).toBe(others.stages.prospecting.entered + 2500);
    expect(mixed.timeInStage.prospecting.calendarDays?.count).toBe((others.timeInStage.prospecting.calendarDays?.count ?? 0) + 2500);
  });

  test('past the first read-ahead block, the first corrupted event or log is still the one named', () => {
    // An event out of order in the long log, past the first block, is named by its own index.
    const swapped = { ...longLog, events: longLog.events.map((e, i) => (i === 4500 ? { ...e, at: new Date(Date.UTC(2020, 0, 1)) } : e)) };
    const bad = funnelReport([...copies.slice(0, 700), swapped], { period });
    expect(bad.ok ? null : [bad.error.code, bad.error.path]).toEqual(['EVENT_OUT_OF_ORDER', [700, 'events', 4500]]);
    // An invalid time far ahead does not hide an earlier error.
    const late = copies.map((deal, i) => (i === 1300 ? { ...deal, events: deal.events.map((e) => ({ ...e, at: new Date(Number.NaN) })) } : deal));
    const early = late.map((deal, i) => (i === 3 ? { ...deal, events: deal.events.map((e, j) => (j === 1 ? { ...e, at: new Date(0) } : e)) } : deal));
    const first = funnelReport(early, { period });
    expect(first.ok ? null : [first.error.code, first.error.path]).toEqual(['EVENT_OUT_OF_ORDER', [3, 'events', 1]]);
    const only = funnelReport(late, { period });
    expect(only.ok ? null : [only.error.code, only.error.path]).toEqual(['INVALID_PAYLOAD', [1300, 'events', 0]]);
    // A deal that is not a log, past the first block, is named by its index.
    const noLog = funnelReport([...copies.slice(0, 5000), { id: 'N', events: { length: 3 } } as unknown as FunnelDealLog], { period });
    expect(noLog.ok ? null : [noLog.error.code, noLog.error.path]).toEqual(['INVALID_PAYLOAD', [5000, 'events', 0]]);
  });

  test('sales cycle, won value and pipeline velocity (3 open × 48 000 × 1/4 ÷ 18 days = 2 000 a day)', () => {
    expect(r.salesCycle.calendarDays).toEqual({ count: 1, median: 18, p90: 18, mean: 18 });
    expect(r.salesCycle.businessDays).toEqual({ count: 1, median: 14, p90: 14, mean: 14 });
    expect(r.wonValue).toEqual(cny(4_800_000));
    expect(r.velocity).toEqual({
      openDeals: 3,
      averageDealValue: cny(4_800_000),
      winRate: { kind: 'rate', numerator: 1, denominator: 4 },
      averageCycleDays: 18,
      valuePerDay: cny(200_000),
    });
  });

  test('losses by stage and by reason; outcomes by finding channel', () => {
    expect(r.lostAtStage).toEqual({ prospecting: 1, qualified: 0, approaching: 1, negotiating: 0 });
    expect(r.lostReasons).toEqual({ 'no-need': 1, price: 1 });
    expect(Object.keys(r.byChannel)).toEqual(['customer-referral', 'advertising', 'meetings']);
    expect(r.byChannel['customer-referral']).toMatchObject({ found: 3, won: 1, lost: 1, disqualified: 0, open: 1 });
    expect(r.byChannel['customer-referral']?.winRate.rate).toEqual({ kind: 'rate', numerator: 1, denominator: 2 });
    expect(r.byChannel.meetings).toMatchObject({ found: 2, won: 0, lost: 0, disqualified: 1, open: 1 });
    expect(r.byChannel.advertising?.winRate.rate).toEqual({ kind: 'rate', numerator: 0, denominator: 1 });
  });

  test('weighted pipeline with learned probabilities (won of closed episodes per stage reached)', () => {
    expect(r.weightedPipeline.ok).toBe(true);
    if (!r.weightedPipeline.ok) return;
    const w = r.weightedPipeline.value;
    expect(w.source).toBe('learned');
    expect(w.learned).toEqual({
      prospecting: { kind: 'rate', numerator: 1, denominator: 4 },
      qualified: { kind: 'rate', numerator: 1, denominator: 2 },
      approaching: { kind: 'rate', numerator: 1, denominator: 2 },
      negotiating: { kind: 'rate', numerator: 1, denominator: 1 },
    });
    expect(w.stages.qualified).toEqual({ deals: 1, valuedDeals: 1, value: cny(1_000_000), probability: 0.5, weighted: cny(500_000) });
    expect(w.stages.negotiating).toEqual({ deals: 1, valuedDeals: 1, value: cny(1_800_000), probability: 1, weighted: cny(1_800_000) });
    expect(w.stages.prospecting).toEqual({ deals: 1, valuedDeals: 0, value: cny(0), probability: 0.25, weighted: cny(0) });
    expect(w.total).toEqual(cny(2_800_000));
    expect(w.weightedTotal).toEqual(cny(2_300_000));
  });

  test('weighted pipeline with given probabilities', () => {
    const given = report(DEALS, { stageProbabilities: { prospecting: 0.1, qualified: 0.25, approaching: 0.5, negotiating: 0.8 } });
    expect(given.weightedPipeline.ok && given.weightedPipeline.value.source).toBe('given');
    expect(given.weightedPipeline.ok && given.weightedPipeline.value.learned).toBe(null);
    expect(given.weightedPipeline.ok && given.weightedPipeline.value.weightedTotal).toEqual(cny(250_000 + 1_440_000));
  });

  test('refuses to learn probabilities below the minimum sample (default 30)', () => {
    const r30 = report(DEALS);
    expect(r30.weightedPipeline.ok).toBe(false);
    if (r30.weightedPipeline.ok) return;
    expect(r30.weightedPipeline.error.map((e) => [e.code, e.details['stage'], e.details['sample']])).toEqual([
      ['INSUFFICIENT_SAMPLE', 'prospecting', 4],
      ['INSUFFICIENT_SAMPLE', 'qualified', 2],
      ['INSUFFICIENT_SAMPLE', 'approaching', 2],
      ['INSUFFICIENT_SAMPLE', 'negotiating', 1],
    ]);
    expect(r30.weightedPipeline.error[3]?.messages['zh-CN']).toBe('“negotiating”阶段只有 1 个已结束的商机，少于学习成交概率所需的 30 个');
    const r2 = report(DEALS, { minSample: 2 });
    expect(r2.weightedPipeline.ok ? [] : r2.weightedPipeline.error.map((e) => e.details['stage'])).toEqual(['negotiating']);
  });

  test('without a calendar there are no business days', () => {
    const plain = report(DEALS);
    expect(plain.timeInStage.prospecting.businessDays).toBe(null);
    expect(plain.timeInStage.prospecting.calendarDays).toEqual(r.timeInStage.prospecting.calendarDays);
  });

  test('velocity is null when every won episode has a sales cycle of 0 ms, though the wins are counted', () => {
    // Found, qualified, approached, quoted and won at the same instant: the average cycle is 0 days.
    const instant: FunnelDealLog = {
      id: 'I',
      events: [
        { type: 'FIND', at: m(5), channel: 'customer-referral' },
        { type: 'QUALIFY', at: m(5), assessment: QUALIFIES },
        { type: 'APPROACH', at: m(5), visitPlan: { method: 'benefit' } },
        { type: 'PROPOSE', at: m(5), quote: cny(100) },
        { type: 'WIN', at: m(5), contractValue: cny(100), closingMethod: 'concession' },
      ],
    };
    const open: FunnelDealLog = { id: 'O', events: [{ type: 'FIND', at: m(6), channel: 'advertising' }] };
    const r = report([instant, open]);
    expect(r.outcomes).toEqual({ won: 1, lost: 0, disqualified: 0, open: 1 });
    expect(r.wonValue).toEqual(cny(100));
    expect(r.salesCycle.calendarDays).toEqual({ count: 1, median: 0, p90: 0, mean: 0 });
    expect(r.velocity).toBe(null);
    // One millisecond of cycle is enough for a velocity.
    const later = { ...instant, events: instant.events.map((e, i) => (i === 4 ? { ...e, at: new Date(m(5).getTime() + 1) } : e)) };
    expect(report([later, open]).velocity).toMatchObject({ openDeals: 1, averageDealValue: cny(100) });
  });

  test('an empty cohort gives zeros, no data and nulls — never NaN', () => {
    const empty = report([]);
    expect(empty.deals).toBe(0);
    expect(empty.winRate).toEqual({ rate: { kind: 'no-data', numerator: 0, denominator: 0 }, interval: null });
    expect(empty.salesCycle).toEqual({ calendarDays: null, businessDays: null });
    expect(empty.velocity).toBe(null);
    expect(empty.wonValue).toEqual(cny(0));
    expect(empty.conversions.every((c) => c.conversion.rate.kind === 'no-data')).toBe(true);
  });
});

describe('funnelReport: a corrupted log returns an error naming the deal, the event index and the rule', () => {
  function failure(deals: FunnelDealLog[]): unknown {
    const r = funnelReport(deals, { period });
    return r.ok ? null : [r.error.code, r.error.path, r.error.details];
  }
  const d1 = DEALS[0] as FunnelDealLog;
  const withEvent = (i: number, event: FunnelEvent): FunnelDealLog[] => [
    DEALS[1] as FunnelDealLog,
    { id: 'X', events: d1.events.map((e, j) => (j === i ? event : e)) },
  ];

  test('out of order', () => {
    expect(failure(withEvent(2, { type: 'APPROACH', at: m(1), visitPlan: { method: 'benefit' } }))).toMatchObject([
      'EVENT_OUT_OF_ORDER',
      [1, 'events', 2],
      { dealIndex: 1, dealId: 'X', eventIndex: 2, rule: 'EVENT_OUT_OF_ORDER', state: 'qualified', eventType: 'APPROACH' },
    ]);
  });

  test('not allowed in the state, unknown type, refused by a guard, invalid time, other currency', () => {
    expect(failure(withEvent(2, { type: 'WIN', at: m(9), contractValue: cny(1), closingMethod: 'trial' }))).toMatchObject([
      'NOT_ALLOWED_IN_STATE',
      [1, 'events', 2],
      { state: 'qualified' },
    ]);
    expect(failure(withEvent(2, { type: 'VISIT', at: m(9) } as unknown as FunnelEvent))).toMatchObject([
      'UNKNOWN_EVENT',
      [1, 'events', 2],
      { eventType: 'VISIT', state: 'qualified' },
    ]);
    expect(failure(withEvent(4, { type: 'WIN', at: m(20) }))).toMatchObject([
      'GUARD_REJECTED',
      [1, 'events', 4],
      { reasons: [{ code: 'NO_CONTRACT_VALUE' }, { code: 'NO_CLOSING_METHOD' }] },
    ]);
    expect(failure(withEvent(1, { type: 'QUALIFY', at: new Date(Number.NaN), assessment: QUALIFIES }))).toMatchObject([
      'INVALID_PAYLOAD',
      [1, 'events', 1],
      { reasons: [{ code: 'INVALID_EVENT_TIME' }] },
    ]);
    expect(
      failure(withEvent(4, { type: 'WIN', at: m(20), contractValue: { amount: 100, scale: 2, currency: 'USD' }, closingMethod: 'trial' })),
    ).toMatchObject(['CURRENCY_MISMATCH', [1, 'events', 4], { reasons: [{ code: 'CURRENCY_MISMATCH', details: { field: 'contractValue', expected: 'CNY', received: 'USD' } }] }]);
  });

  test('an entry that is not an event in an untyped log is named at its index (NOT_AN_EVENT), not a crash', () => {
    const entries: [unknown, string][] = [
      [null, 'null'],
      [undefined, 'undefined'],
      [7, 'number'],
      ['QUALIFY', 'string'],
      [{ at: m(4) }, 'undefined'],
      [{ type: 7, at: m(4) }, '7'],
      [[], 'undefined'],
    ];
    for (const [entry, eventType] of entries) {
      expect(failure(withEvent(2, entry as FunnelEvent))).toMatchObject([
        'INVALID_PAYLOAD',
        [1, 'events', 2],
        { dealId: 'X', eventIndex: 2, state: 'qualified', eventType, reasons: [{ code: 'NOT_AN_EVENT' }] },
      ]);
    }
    // A string type the machine does not know stays an unknown event; both render in both languages.
    expect(failure(withEvent(2, { type: 'VISIT', at: m(4) } as unknown as FunnelEvent))).toMatchObject(['UNKNOWN_EVENT', [1, 'events', 2], { eventType: 'VISIT', reasons: [] }]);
    const r = funnelReport(withEvent(2, null as unknown as FunnelEvent), { period });
    expect(r.ok ? null : [r.error.messages['zh-CN'], r.error.messages.en]).toEqual([
      expect.stringContaining('该项不是事件'),
      expect.stringContaining('the entry is not an event'),
    ]);
  });

  test('a deal that is not a log (untyped input) is named by its index, not skipped and not a crash', () => {
    const notLogs: [unknown, string][] = [
      [null, 'deal: null'],
      [undefined, 'deal: undefined'],
      [42, 'deal: number'],
      [{ id: 'N' }, 'undefined'],
      [{ id: 'N', events: null }, 'null'],
      [{ id: 'N', events: 7 }, 'number'],
      [{ id: 'N', events: 'FIND' }, 'string'],
      // Array-likes and other collections are not logs either (they used to be skipped or read).
      [{ id: 'N', events: { length: 2 } }, 'object'],
      [{ id: 'N', events: new Set(d1.events) }, 'object'],
    ];
    for (const [deal, eventType] of notLogs) {
      expect(failure([DEALS[1] as FunnelDealLog, deal as FunnelDealLog, d1])).toMatchObject([
        'INVALID_PAYLOAD',
        [1, 'events', 0],
        { dealIndex: 1, eventIndex: 0, state: 'new', eventType, reasons: [{ code: 'INVALID_DEAL_LOG' }] },
      ]);
    }
    // The id is given when it is a string; a hole in the list of deals is a deal that is not a log.
    expect(failure([d1, { id: 'N' } as unknown as FunnelDealLog])).toMatchObject(['INVALID_PAYLOAD', [1, 'events', 0], { dealId: 'N' }]);
    expect(failure([d1, { id: 7, events: null } as unknown as FunnelDealLog])).toMatchObject(['INVALID_PAYLOAD', [1, 'events', 0], { dealId: undefined }]);
    // eslint-disable-next-line no-sparse-arrays
    expect(failure([d1, , d1] as FunnelDealLog[])).toMatchObject(['INVALID_PAYLOAD', [1, 'events', 0], { eventType: 'deal: undefined' }]);
    // In order: a corrupted event before it is named first, and it before a corrupted event after it.
    const late = withEvent(2, { type: 'VISIT', at: m(9) } as unknown as FunnelEvent);
    expect(failure([...late, null as unknown as FunnelDealLog])).toMatchObject(['UNKNOWN_EVENT', [1, 'events', 2], {}]);
    expect(failure([null as unknown as FunnelDealLog, ...late])).toMatchObject(['INVALID_PAYLOAD', [0, 'events', 0], {}]);
    // Rendered in both languages.
    const r = funnelReport([{ id: 'N', events: null } as unknown as FunnelDealLog], { period });
    expect(r.ok ? null : [r.error.messages['zh-CN'], r.error.messages.en]).toEqual([
      expect.stringContaining('商机的事件记录不是数组'),
      expect.stringContaining("the deal's events are not an array"),
    ]);
  });

  test('events after the end of the period and deals outside it are still checked', () => {
    const late: FunnelDealLog = { id: 'L', events: [{ type: 'FIND', at: m(30), channel: 'meetings' }, { type: 'WIN', at: new Date('2026-04-05T00:00:00Z') }] };
    expect(failure([late])).toMatchObject(['NOT_ALLOWED_IN_STATE', [0, 'events', 1], { dealId: 'L', state: 'prospecting' }]);
    const early: FunnelDealLog = { id: 'E', events: [{ type: 'FIND', at: new Date('2026-01-05T00:00:00Z'), channel: 'nowhere' }] };
    expect(failure([early])).toMatchObject(['GUARD_REJECTED', [0, 'events', 0], { reasons: [{ code: 'UNKNOWN_FINDING_CHANNEL' }] }]);
  });

  test('a won, quoted or expected amount whose scale is not a whole number from 0 to 15 is a guard refusal at its index, not a throw and not a total of 0', () => {
    for (const scale of [-1, 99, Number.NaN]) {
      const bad = (amount: number): ReturnType<typeof cny> => ({ amount, scale, currency: 'CNY' }) as unknown as ReturnType<typeof cny>;
      // Two won deals with scale -1 used to sum to a won value of 0 (and a velocity of 0 a day).
      const won = withEvent(4, { type: 'WIN', at: m(20), contractValue: bad(5000), closingMethod: 'concession' });
      expect([scale, failure([...won, { id: 'Y', events: won[1]?.events ?? [] }])]).toEqual([
        scale,
        [
          'GUARD_REJECTED',
          [1, 'events', 4],
          expect.objectContaining({ dealIndex: 1, dealId: 'X', eventIndex: 4, state: 'negotiating', eventType: 'WIN', reasons: [expect.objectContaining({ code: 'INVALID_SCALE', details: { field: 'contractValue', received: scale } })] }),
        ],
      ]);
      expect(failure(withEvent(3, { type: 'PROPOSE', at: m(12), quote: bad(5000) }))).toMatchObject(['GUARD_REJECTED', [1, 'events', 3], { reasons: [{ code: 'INVALID_SCALE' }] }]);
      expect(failure(withEvent(1, { type: 'QUALIFY', at: m(4), assessment: QUALIFIES, expectedValue: bad(5000) }))).toMatchObject([
        'GUARD_REJECTED',
        [1, 'events', 1],
        { reasons: [{ code: 'INVALID_SCALE' }] },
      ]);
      // The same with the machine passed in (every guard called, no payload check first).
      const r = funnelReport(won, { period, machine: createFunnelMachine() });
      expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['GUARD_REJECTED', [1, 'events', 4]]);
    }
  });

  test('misused options throw', () => {
    expect(() => funnelReport([], { period: { start: period.end, end: period.start } })).toThrow('The period needs two valid dates');
    expect(() => funnelReport([], { period, confidence: 1 })).toThrow('strictly between 0 and 1');
    // 1 − 1e-16 is the double 1 − 2⁻⁵³: below 1, but the interval's 1 − (1 − c)/2 rounds to 1. The
    // options check refuses it, with the option's value (not the quantile's { p: 1 }, after the tally).
    for (const confidence of [1 - 1e-16, 1 - 2 ** -53]) {
      expect(() => funnelReport(DEALS, { period, confidence })).toThrow(
        expect.objectContaining({ code: 'INVALID_CONFIDENCE', message: FUNNEL_MESSAGES.INVALID_CONFIDENCE, details: { confidence } }),
      );
    }
    // The next double down is usable: its interval is [0, 1]-bounded and finite.
    const closest = funnelReport(DEALS, { period, confidence: 1 - 2 ** -52 });
    expect(closest.ok && closest.value.winRate.interval?.confidence).toBe(1 - 2 ** -52);
    expect(() => funnelReport([], { period, minSample: 0 })).toThrow('whole number of at least 1');
    expect(() => funnelReport([], { period, stageProbabilities: { prospecting: 2, qualified: 0, approaching: 0, negotiating: 0 } })).toThrow(
      'from 0 to 1',
    );
    for (const deals of [null, undefined, { length: 0 }, 'deals']) {
      expect(() => funnelReport(deals as unknown as FunnelDealLog[], { period })).toThrow(FUNNEL_MESSAGES.INVALID_DEALS);
    }
    // Untyped callers: no options at all, or options without a period, is a missing period.
    for (const options of [undefined, null, {}, { period: null }]) {
      expect(() => funnelReport([], options as unknown as { period: typeof period })).toThrow(
        expect.objectContaining({ code: 'INVALID_PERIOD', message: FUNNEL_MESSAGES.INVALID_PERIOD }),
      );
    }
  });

  test('a custom machine (weighted rule, extra channel) is honoured', () => {
    const machine = createFunnelMachine({
      qualificationRule: { kind: 'weighted-score', weights: { need: 1, 'purchasing-power': 1, 'decision-authority': 1, creditworthiness: 1 }, threshold: 75 },
    });
    const deal: FunnelDealLog = { id: 'W', events: [{ type: 'FIND', at: m(2), channel: 'meetings' }, { type: 'QUALIFY', at: m(3), assessment: NO_AUTHORITY }] };
    expect(funnelReport([deal], { period }).ok).toBe(false);
    const r = funnelReport([deal], { period, machine });
    expect(r.ok && r.value.stages.qualified.entered).toBe(1);
  });

  test('a reference extended with a channel and a lost reason: their counts sit beside the default codes, in the same order', () => {
    const label = { 'zh-CN': '扩展', en: 'Extension' };
    const machine = createFunnelMachine({
      reference: {
        findingChannels: { ...DEFAULT_FUNNEL_REFERENCE.findingChannels, 'wechat-mini-program': label },
        lostReasons: { ...DEFAULT_FUNNEL_REFERENCE.lostReasons, 'port-closure': label },
      },
    });
    const lose = (id: string, channel: string, reason: string, day: number): FunnelDealLog => ({
      id,
      events: [
        { type: 'FIND', at: m(day), channel },
        { type: 'LOSE', at: m(day + 1), reason },
      ],
    });
    const deals = [
      lose('A', 'wechat-mini-program', 'port-closure', 2),
      lose('B', 'advertising', 'price', 3),
      lose('C', 'wechat-mini-program', 'price', 4),
      lose('D', 'advertising', 'port-closure', 5),
      lose('E', 'wechat-mini-program', 'competitor', 6),
    ];
    expect(funnelReport(deals, { period }).ok).toBe(false);
    const r = funnelReport(deals, { period, machine });
    if (!r.ok) throw new Error(r.error.code);
    // By count, then by name: extension and default codes sorted together.
    expect(Object.entries(r.value.lostReasons)).toEqual([['port-closure', 2], ['price', 2], ['competitor', 1]]);
    expect(Object.keys(r.value.byChannel)).toEqual(['wechat-mini-program', 'advertising']);
    expect(r.value.byChannel['wechat-mini-program']).toMatchObject({ found: 3, lost: 3, open: 0 });
    expect(r.value.byChannel.advertising).toMatchObject({ found: 2, lost: 2 });
  });
});

describe('funnelReport: laws over random valid logs', () => {
  test('conversions never exceed 1; entered = exited + still in stage, counted independently by replay; outcomes add up', () => {
    fc.assert(
      fc.property(validDeals, (deals) => {
        const frozen = deepFreeze(deals);
        const copy = structuredClone(frozen);
        const r = funnelReport(frozen, { period, minSample: 1 });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const rep = r.value;
        for (const c of rep.conversions) expect(c.conversion.rate.numerator).toBeLessThanOrEqual(c.conversion.rate.denominator);
        expect(rep.winRate.rate.numerator).toBeLessThanOrEqual(rep.winRate.rate.denominator);
        // Where each deal of the cohort stands at the end of the period, by replaying its events before the end.
        const still: Record<string, number> = {};
        let cohort = 0;
        for (const deal of frozen) {
          const first = deal.events[0];
          if (first === undefined || first.at < period.start || first.at >= period.end) continue;
          cohort++;
          const snapshot = replayFunnel(deal.events.filter((e) => e.at < period.end));
          if (!snapshot.ok) throw new Error(snapshot.error.message);
          still[snapshot.value.state] = (still[snapshot.value.state] ?? 0) + 1;
        }
        expect(rep.deals).toBe(cohort);
        for (const stage of FUNNEL_STAGES) {
          const flow = rep.stages[stage];
          expect(flow.entered).toBe(flow.exited + (still[stage] ?? 0));
          expect(flow.current).toBe(still[stage] ?? 0);
        }
        const { won, lost, disqualified, open } = rep.outcomes;
        expect(won + lost + disqualified + open).toBe(rep.episodes);
        expect(open).toBe(OPEN_STAGES.reduce((n, s) => n + rep.stages[s].current, 0));
        expect(Object.values(rep.byChannel).reduce((n, c) => n + c.found, 0)).toBe(rep.episodes);
        expect(Object.values(rep.lostReasons).reduce((n, c) => n + c, 0)).toBe(lost);
        expect(frozen).toEqual(copy);
      }),
      { numRuns: 150 },
    );
  });

  test('time in stage and the sales cycle equal a plain replay summarised by sorting (calendar days, and business days by the core businessTimeBetween)', () => {
    /** The median, p90 and mean the plain way: sort, then interpolate between the two ranks around each quantile. */
    const stats = (values: readonly number[], unit: number): DurationStats | null => {
      const n = values.length;
      if (n === 0) return null;
      const sorted = [...values].sort((a, b) => a - b);
      const at = (p: number): number => {
        const h = (n - 1) * p;
        const k = Math.floor(h);
        const below = sorted[k] as number;
        return h === k || k + 1 >= n ? below : below + (h - k) * ((sorted[k + 1] as number) - below);
      };
      return { count: n, median: at(0.5) / unit, p90: at(0.9) / unit, mean: values.reduce((a, b) => a + b, 0) / n / unit };
    };
    const open = new Set<string>(OPEN_STAGES);
    fc.assert(
      fc.property(validDeals, (deals) => {
        const calendar: Record<OpenStage | 'cycle', number[]> = { prospecting: [], qualified: [], approaching: [], negotiating: [], cycle: [] };
        const business: Record<OpenStage | 'cycle', number[]> = { prospecting: [], qualified: [], approaching: [], negotiating: [], cycle: [] };
        replayCohort(deals, ({ from, to, event, entered, episode }) => {
          if (open.has(from)) {
            calendar[from as OpenStage].push(event.at.getTime() - entered.getTime());
            business[from as OpenStage].push(businessTimeBetween(entered, event.at, utcOffice));
          }
          if (to === 'won') {
            calendar.cycle.push(event.at.getTime() - episode.getTime());
            business.cycle.push(businessTimeBetween(episode, event.at, utcOffice));
          }
        });
        const r = report(deals, { calendar: utcOffice, minSample: 1 });
        // A full working day of utcOffice: 09:00–18:00.
        const day = 86_400_000;
        const workDay = 9 * 3_600_000;
        for (const stage of OPEN_STAGES) {
          expect(r.timeInStage[stage].calendarDays).toEqual(stats(calendar[stage], day));
          expect(r.timeInStage[stage].businessDays).toEqual(stats(business[stage], workDay));
        }
        expect(r.salesCycle.calendarDays).toEqual(stats(calendar.cycle, day));
        expect(r.salesCycle.businessDays).toEqual(stats(business.cycle, workDay));
      }),
      { numRuns: 200 },
    );
  });

  test('conversions, losses by stage and reason, and conversion by channel equal a plain replay', () => {
    const NEXT_STAGE: Readonly<Record<OpenStage, string>> = { prospecting: 'qualified', qualified: 'approaching', approaching: 'negotiating', negotiating: 'won' };
    const open = new Set<string>(OPEN_STAGES);
    fc.assert(
      fc.property(validDeals, (deals) => {
        const advanced: Record<string, number> = {};
        const exited: Record<string, number> = {};
        const lostAt: Record<string, number> = {};
        const reasons: Record<string, number> = {};
        // found, won, lost, disqualified, open
        const channels: Record<string, [number, number, number, number, number]> = {};
        let channel = '';
        replayCohort(
          deals,
          ({ from, to, event }) => {
            if (open.has(from)) {
              exited[from] = (exited[from] ?? 0) + 1;
              if (NEXT_STAGE[from as OpenStage] === to) advanced[from] = (advanced[from] ?? 0) + 1;
            }
            if (to === 'prospecting') {
              // A re-opening without a channel stays with the deal's channel.
              if (event.type === 'FIND') channel = event.channel;
              else if (event.type === 'REOPEN' && event.channel !== undefined) channel = event.channel;
              channels[channel] ??= [0, 0, 0, 0, 0];
            }
            const counts = channels[channel] as [number, number, number, number, number];
            if (to === 'prospecting') counts[0]++;
            if (to === 'won') counts[1]++;
            if (to === 'lost') {
              counts[2]++;
              lostAt[from] = (lostAt[from] ?? 0) + 1;
              const reason = (event.type === 'LOSE' ? event.reason : undefined) ?? '?';
              reasons[reason] = (reasons[reason] ?? 0) + 1;
            }
            if (to === 'disqualified') counts[3]++;
          },
          (state) => {
            if (open.has(state)) (channels[channel] as [number, number, number, number, number])[4]++;
          },
        );
        const r = report(deals, { minSample: 1 });
        for (const c of r.conversions) {
          expect([c.from, c.to, c.conversion.rate.numerator, c.conversion.rate.denominator]).toEqual([
            c.from,
            NEXT_STAGE[c.from],
            advanced[c.from] ?? 0,
            exited[c.from] ?? 0,
          ]);
        }
        expect(r.lostAtStage).toEqual(Object.fromEntries(OPEN_STAGES.map((stage) => [stage, lostAt[stage] ?? 0])));
        expect(r.lostReasons).toEqual(reasons);
        expect(Object.fromEntries(Object.entries(r.byChannel).map(([name, c]) => [name, [c.found, c.won, c.lost, c.disqualified, c.open]]))).toEqual(channels);
        for (const c of Object.values(r.byChannel)) {
          expect([c.winRate.rate.numerator, c.winRate.rate.denominator]).toEqual([c.won, c.won + c.lost + c.disqualified]);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the report as of the end equals the report over the logs cut at the end', () => {
    const end = new Date('2026-03-20T00:00:00Z');
    fc.assert(
      fc.property(validDeals, (deals) => {
        const cut = deals.map((d) => ({ id: d.id, events: d.events.filter((e) => e.at < end) }));
        const a = funnelReport(deals, { period: { start: period.start, end }, calendar: utcOffice, minSample: 1 });
        const b = funnelReport(cut, { period: { start: period.start, end }, calendar: utcOffice, minSample: 1 });
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });
});
