import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import {
  type Complaint,
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
