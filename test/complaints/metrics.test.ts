import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../src/core/invariant.js';
import type { Money } from '../../src/core/money/money.js';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import {
  type Complaint,
  type ComplaintCategory,
  ComplaintCategorySchema,
  complaintMetrics,
  type ComplaintMetrics,
  ComplaintStateSchema,
  prepareCalendar,
  SlaClockStatusSchema,
  SlaTargetSchema,
  summarizeHandlingTimes,
} from '../../src/complaints/index.js';
import { event, HOUR, logTo, MINUTE, MONDAY_0900, randomComplaint } from './fixtures.js';

const CALENDAR = standardCalendar('Asia/Shanghai');
const PERIOD = { start: new Date('2026-03-01T00:00:00+08:00'), end: new Date('2026-04-01T00:00:00+08:00') };
const DAY = 24 * HOUR;

function metrics(complaints: readonly Complaint[], shipments?: number): ComplaintMetrics {
  const copy = structuredClone(complaints);
  const r = complaintMetrics(complaints, { period: PERIOD, calendar: CALENDAR, ...(shipments === undefined ? {} : { shipments }) });
  expect(complaints).toEqual(copy);
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  return r.value;
}

/** A complaint resolved at the first attempt: satisfied follow-up, closed. */
function resolvedFirstTime(id: string, start: number, category: string): Complaint {
  return { id, events: logTo('closed', start).map((e) => (e.type === 'RECEIVE' ? { ...e, category } as typeof e : e)) };
}

describe('complaint metrics over a period', () => {
  const complaints: Complaint[] = [
    resolvedFirstTime('C-1', MONDAY_0900, 'delay'),
    resolvedFirstTime('C-2', MONDAY_0900 + DAY, 'delay'),
    { id: 'C-3', events: logTo('reopened', MONDAY_0900 + 2 * DAY) },
    { id: 'C-4', events: [...logTo('acknowledged', MONDAY_0900 + 3 * DAY).map((e) => (e.type === 'RECEIVE' ? { ...e, category: 'damage' } as typeof e : e)), event('REJECT', MONDAY_0900 + 3 * DAY + HOUR)] },
    { id: 'C-5', events: logTo('received', MONDAY_0900 + 4 * DAY).map((e) => ({ ...e, category: 'billing' }) as typeof e) },
    // Received before the period: not counted.
    { id: 'C-0', events: logTo('closed', Date.parse('2026-02-10T01:00:00Z')) },
  ];
  const m = metrics(complaints, 2000);

  test('count, rate per 1,000 shipments and states', () => {
    expect([m.count, m.shipments, m.perThousandShipments]).toEqual([5, 2000, { kind: 'ratio', numerator: 5000, denominator: 2000 }]);
    expect(Object.entries(m.byState).filter(([, n]) => n > 0)).toEqual([
      ['received', 1],
      ['rejected', 1],
      ['closed', 2],
      ['reopened', 1],
    ]);
  });

  test('categories in Pareto order with cumulative shares and the vital few', () => {
    expect(m.byCategory.map((c) => [c.category, c.count, c.cumulativeShare.numerator, c.vitalFew])).toEqual([
      ['delay', 3, 3, true],
      ['damage', 1, 4, true],
      ['billing', 1, 5, false],
    ]);
    expect(m.byCategory[0]?.share).toEqual({ kind: 'rate', numerator: 3, denominator: 5 });
  });

  test('一次即圆满率, reopen rate and share rejected', () => {
    expect(m.firstContactResolution).toEqual({ kind: 'rate', numerator: 2, denominator: 3 });
    expect(m.reopenRate).toEqual({ kind: 'rate', numerator: 1, denominator: 3 });
    expect(m.rejectedShare).toEqual({ kind: 'rate', numerator: 1, denominator: 4 });
  });

  test('SLA compliance per target and durations', () => {
    // Four acknowledged within a minute; C-5 (received Friday 09:00) is still unacknowledged at the end of March.
    expect(m.sla.acknowledge.counts.met).toBe(4);
    expect(m.sla.acknowledge.counts.breached).toBe(1);
    expect(m.sla.acknowledge.compliance).toEqual({ kind: 'rate', numerator: 4, denominator: 5 });
    expect(m.timeToAcknowledge).toEqual({ kind: 'durations', count: 4, medianMs: MINUTE, p90Ms: MINUTE, minMs: MINUTE, maxMs: MINUTE });
    // Resolved: C-1 and C-2 at minute 7 (implemented), C-4 rejected after an hour; C-3 was reopened and is open again.
    expect(m.timeToResolve).toEqual({ kind: 'durations', count: 3, medianMs: 7 * MINUTE, p90Ms: HOUR, minMs: 7 * MINUTE, maxMs: HOUR });
    expect(m.sla['follow-up'].counts).toEqual({ pending: 2, running: 0, warning: 0, breached: 0, met: 2, cancelled: 0, 'not-applicable': 1 });
  });

  test('compensation paid by category, exact', () => {
    expect(m.compensation.total).toEqual({ amount: 60000, scale: 2, currency: 'CNY' });
    expect(m.compensation.byCategory.filter((c) => c.complaints > 0)).toEqual([
      { category: 'delay', complaints: 3, total: { amount: 60000, scale: 2, currency: 'CNY' } },
    ]);
    expect(m.compensation.byCategory.map((c) => c.category)).toEqual(ComplaintCategorySchema.options);
  });

  test('no complaints: counts are zero and rates are no data', () => {
    const none = metrics([]);
    expect([none.count, none.byCategory, none.perThousandShipments, none.firstContactResolution.kind, none.timeToResolve.kind]).toEqual([
      0,
      [],
      undefined,
      'no-data',
      'no-data',
    ]);
  });

  test('bad logs: every error, nothing counted', () => {
    const r = complaintMetrics(
      [
        { id: 'OK', events: logTo('received') },
        { id: 'B-1', events: [...logTo('implemented'), event('CLOSE', MONDAY_0900 + HOUR)] },
        { id: 'B-2', events: [] },
      ],
      { period: PERIOD, calendar: CALENDAR },
    );
    expect(r.ok ? null : r.error.map((e) => [e.details.complaintId, e.code])).toEqual([
      ['B-1', 'CLOSE_WITHOUT_FOLLOW_UP'],
      ['B-2', 'NOT_RECEIVED'],
    ]);
  });

  test('misuse throws with the exported messages', () => {
    expect(() => complaintMetrics([], { period: { start: PERIOD.end, end: PERIOD.start }, calendar: CALENDAR })).toThrow(
      'The period needs valid dates with its start before its end.',
    );
    expect(() => complaintMetrics([], { period: PERIOD, calendar: CALENDAR, shipments: 0 })).toThrow('The number of shipments must be a positive whole number.');
    expect(() => complaintMetrics([], { period: PERIOD, calendar: CALENDAR, paretoCutoff: 0 })).toThrow('The fraction must be a number greater than 0 and at most 1.');
  });

  test('summarizeHandlingTimes uses nearest-rank percentiles and does not sort its input in place', () => {
    const input = [10, 40, 20, 30];
    expect(summarizeHandlingTimes(input)).toEqual({ kind: 'durations', count: 4, medianMs: 20, p90Ms: 40, minMs: 10, maxMs: 40 });
    expect(input).toEqual([10, 40, 20, 30]);
  });
});

/** The error a call throws, to assert its code, message and details. */
function thrown(call: () => unknown): LogisticsCustomerError {
  try {
    call();
  } catch (e) {
    if (e instanceof LogisticsCustomerError) return e;
    throw e;
  }
  throw new Error('expected a LogisticsCustomerError, nothing was thrown');
}

/** A complaint whose remedy, paying `compensation`, is implemented (IMPLEMENT is event 7). */
function paying(id: string, start: number, compensation: Money): Complaint {
  return { id, events: logTo('implemented', start).map((e) => (e.type === 'PROPOSE' ? { ...e, compensation } : e)) };
}

describe('compensation: bad amounts and totals out of range are errors, never throws', () => {
  const run = (complaints: readonly Complaint[]) => complaintMetrics(complaints, { period: PERIOD, calendar: CALENDAR });
  const where = (r: ReturnType<typeof run>) =>
    r.ok ? null : r.error.map((e) => [e.code, e.path, e.details.complaintId, e.details.eventIndex, e.details.eventType, e.details.state]);

  test('a compensation at a scale outside 0–15 is a log error at its PROPOSE event', () => {
    for (const scale of [99, -3]) {
      const r = run([paying('S-1', MONDAY_0900, { amount: 5, scale, currency: 'CNY' })]);
      expect(where(r)).toEqual([['INVALID_EVENT', ['events', 5], 'S-1', 5, 'PROPOSE', 'investigating']]);
      expect(r.ok ? null : r.error[0]?.details.reasons.map((reason) => reason.code)).toEqual(['INVALID_COMPENSATION']);
    }
  });

  test('two compensations of 9e15 fen: AMOUNT_OUT_OF_RANGE naming the second complaint and its IMPLEMENT event', () => {
    const big: Money = { amount: 9e15, scale: 2, currency: 'CNY' };
    const r = run([paying('P-1', MONDAY_0900, big), paying('P-2', MONDAY_0900 + DAY, big)]);
    expect(where(r)).toEqual([['AMOUNT_OUT_OF_RANGE', ['events', 7], 'P-2', 7, 'IMPLEMENT', 'implemented']]);
    const e = r.ok ? undefined : r.error[0];
    expect(e?.details.reasons.map((reason) => [reason.code, reason.details])).toEqual([
      ['AMOUNT_OUT_OF_RANGE', { received: '18000000000000000', currency: 'CNY', scale: 2 }],
    ]);
    expect(e?.messages.en).toBe(
      'complaint P-2, event 7 (IMPLEMENT): the compensation paid takes the total out of range: the amount "18000000000000000" is out of range: in minor units it must be within ±9007199254740991',
    );
    expect(e?.messages['zh-CN']).toContain('投诉 P-2 的事件 #7（IMPLEMENT）所付赔偿使赔偿合计超出范围');
  });

  test('scale 15 beside a large scale-0 amount: out of range at the common scale', () => {
    const r = run([
      paying('T-1', MONDAY_0900, { amount: 1, scale: 15, currency: 'CNY' }),
      paying('T-2', MONDAY_0900 + DAY, { amount: 10, scale: 0, currency: 'CNY' }),
    ]);
    expect(where(r)).toEqual([['AMOUNT_OUT_OF_RANGE', ['events', 7], 'T-2', 7, 'IMPLEMENT', 'implemented']]);
    expect(r.ok ? null : r.error[0]?.details.reasons[0]?.details).toEqual({ received: '10000000000000001', currency: 'CNY', scale: 15 });
  });

  test('the payment of a later cycle is named by its own IMPLEMENT event', () => {
    const half: Money = { amount: 5e15, scale: 2, currency: 'CNY' };
    const first = logTo('reopened').map((e) => (e.type === 'PROPOSE' ? { ...e, compensation: half } : e));
    const again = (['ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE', 'IMPLEMENT'] as const).map((type, i) =>
      event(type, MONDAY_0900 + HOUR + i * MINUTE, type === 'PROPOSE' ? { compensation: half } : {}),
    );
    const r = run([{ id: 'R-1', events: [...first, ...again] }]);
    expect(where(r)).toEqual([['AMOUNT_OUT_OF_RANGE', ['events', 13], 'R-1', 13, 'IMPLEMENT', 'implemented']]);
  });

  test('with the bad logs: every error, the total out of range once', () => {
    const big: Money = { amount: 9e15, scale: 2, currency: 'CNY' };
    const r = run([
      paying('P-1', MONDAY_0900, big),
      paying('P-2', MONDAY_0900 + DAY, big),
      paying('P-3', MONDAY_0900 + 2 * DAY, big),
      { id: 'B-1', events: [] },
    ]);
    expect(r.ok ? null : r.error.map((e) => [e.details.complaintId, e.code])).toEqual([
      ['P-2', 'AMOUNT_OUT_OF_RANGE'],
      ['B-1', 'NOT_RECEIVED'],
    ]);
  });

  test('up to the largest safe total the sum is exact, by category and overall', () => {
    const m = metrics([
      paying('P-1', MONDAY_0900, { amount: 9e15, scale: 2, currency: 'CNY' }),
      paying('P-2', MONDAY_0900 + DAY, { amount: 7_199_254_740_991, scale: 2, currency: 'CNY' }),
    ]);
    const max: Money = { amount: Number.MAX_SAFE_INTEGER, scale: 2, currency: 'CNY' };
    expect(m.compensation.total).toEqual(max);
    expect(m.compensation.byCategory.filter((c) => c.complaints > 0)).toEqual([{ category: 'delay', complaints: 2, total: max }]);
  });
});

describe('summarizeHandlingTimes checks every duration', () => {
  test('a NaN, infinite, negative or non-number entry throws INVALID_DURATION naming the first bad one', () => {
    const cases: readonly (readonly [readonly number[], number, unknown])[] = [
      [[5, Number.NaN, 1, 3], 1, Number.NaN],
      [[Number.NaN, 5, 1, 3], 0, Number.NaN],
      [[-5, Number.POSITIVE_INFINITY, 1], 0, -5],
      [[1, Number.POSITIVE_INFINITY], 1, Number.POSITIVE_INFINITY],
      [[1, 2, '3' as unknown as number], 2, '3'],
    ];
    for (const [durations, index, received] of cases) {
      const copy = [...durations];
      const e = thrown(() => summarizeHandlingTimes(durations));
      expect([e.code, e.message, e.details]).toEqual(['INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, { index, received }]);
      expect(durations).toEqual(copy);
    }
  });

  test('zero and fractions of a millisecond are valid durations', () => {
    expect(summarizeHandlingTimes([0, 1.5])).toEqual({ kind: 'durations', count: 2, medianMs: 0, p90Ms: 1.5, minMs: 0, maxMs: 1.5 });
  });
});

describe('the vital few at the Pareto cutoff, compared exactly', () => {
  /** Complaints received in the period (only the RECEIVE event), so many of each category. */
  function received(counts: readonly (readonly [ComplaintCategory, number])[]): readonly Complaint[] {
    const categories = counts.flatMap(([category, n]) => Array.from({ length: n }, () => category));
    return categories.map((category, i) => ({ id: `P-${i}`, events: [event('RECEIVE', MONDAY_0900 + i * HOUR, { category })] }));
  }

  function pareto(complaints: readonly Complaint[], paretoCutoff: number): readonly (readonly [ComplaintCategory, number, boolean])[] {
    const r = complaintMetrics(complaints, { period: PERIOD, calendar: CALENDAR, paretoCutoff });
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    return r.value.byCategory.map((c) => [c.category, c.cumulativeShare.numerator, c.vitalFew] as const);
  }

  // 25 complaints: delay 7, damage 6, loss 6, other 6. Before damage: 7 of 25 = exactly 28%.
  const twentyFive = received([['delay', 7], ['damage', 6], ['loss', 6], ['other', 6]]);
  // 100 complaints: delay 14, damage 13, loss 13, five more categories of 12. Before damage: exactly 14%.
  const hundred = received([
    ['delay', 14], ['damage', 13], ['loss', 13], ['wrong-delivery', 12], ['staff-attitude', 12], ['billing', 12], ['information', 12], ['other', 12],
  ]);

  test('25 complaints, cutoff 0.28: the category after exactly 28% is not among the vital few (0.28 × 25 = 7.000000000000001)', () => {
    expect(pareto(twentyFive, 0.28)).toEqual([
      ['delay', 7, true],
      ['damage', 13, false],
      ['loss', 19, false],
      ['other', 25, false],
    ]);
  });

  test('25 complaints: just above 0.28 the category after 28% is vital, just below it is not', () => {
    expect(pareto(twentyFive, 0.2800000000000001).map(([c, , v]) => [c, v])).toEqual([['delay', true], ['damage', true], ['loss', false], ['other', false]]);
    expect(pareto(twentyFive, 0.27999999999999997).map(([c, , v]) => [c, v])).toEqual([['delay', true], ['damage', false], ['loss', false], ['other', false]]);
  });

  test('100 complaints, cutoff 0.14: the category after exactly 14% is not among the vital few (0.14 × 100 = 14.000000000000002)', () => {
    expect(pareto(hundred, 0.14).map(([c, , v]) => [c, v])).toEqual([
      ['delay', true], ['damage', false], ['loss', false], ['wrong-delivery', false],
      ['staff-attitude', false], ['billing', false], ['information', false], ['other', false],
    ]);
    expect(pareto(hundred, 0.14000000000000004).slice(0, 3).map(([c, , v]) => [c, v])).toEqual([['delay', true], ['damage', true], ['loss', false]]);
    expect(pareto(hundred, 0.13999999999999999).slice(0, 2).map(([c, , v]) => [c, v])).toEqual([['delay', true], ['damage', false]]);
  });
});

describe('metrics (properties)', () => {
  test('counts are conserved: by state, by category and per target they add up to the count', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: -5, max: 35 })), { maxLength: 25 }), (specs) => {
        const complaints = specs.map(([seed, steps, day], i) => randomComplaint(`R-${i}`, seed, MONDAY_0900 + day * DAY, steps));
        const prepared = prepareCalendar(CALENDAR, new Date('2026-02-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
        const r = complaintMetrics(complaints, { period: PERIOD, calendar: prepared, shipments: 10_000 });
        if (!r.ok) throw new Error(r.error[0]?.message);
        const m = r.value;
        const inPeriod = complaints.filter((c) => {
          const t = (c.events[0]?.at as Date).getTime();
          return t >= PERIOD.start.getTime() && t < PERIOD.end.getTime();
        }).length;
        expect(m.count).toBe(inPeriod);
        expect(ComplaintStateSchema.options.reduce((sum, s) => sum + m.byState[s], 0)).toBe(m.count);
        expect(m.byCategory.reduce((sum, c) => sum + c.count, 0)).toBe(m.count);
        for (const target of SlaTargetSchema.options) {
          expect(SlaClockStatusSchema.options.reduce((sum, s) => sum + m.sla[target].counts[s], 0)).toBe(m.count);
        }
        const last = m.byCategory[m.byCategory.length - 1];
        if (last !== undefined) expect(last.cumulativeShare).toEqual({ kind: 'rate', numerator: m.count, denominator: m.count });
        expect(m.compensation.byCategory.reduce((sum, c) => sum + c.total.amount, 0)).toBe(m.compensation.total.amount);
      }),
      { numRuns: 60 },
    );
  });
});
