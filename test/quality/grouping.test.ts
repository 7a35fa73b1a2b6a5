import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../src/core/invariant.js';
import { customerId } from '../../src/customer/customer-id.js';
import {
  createGroupedQualityAccumulator,
  groupedQualityAccumulatorFromJSON,
  mergeGroupedQualityAccumulators,
} from '../../src/quality/grouped-quality-accumulator.js';
import { groupByCustomer, groupByPeriod, groupByServiceKind, groupByTier, reportingPeriodKey } from '../../src/quality/grouping.js';
import { QUALITY_MESSAGES } from '../../src/quality/messages.js';
import { at, line, snapshot, textbookSet } from './fixtures.js';

const count = (n: number, d: number) => ({ kind: 'rate', numerator: n, denominator: d });

describe('reportingPeriodKey', () => {
  test('periods are counted in the given time zone, never the machine one', () => {
    const t = at('2026-03-31T17:00:00Z'); // 2026-04-01 01:00 in Shanghai, 10:00 in Los Angeles
    expect(reportingPeriodKey(t, 'day')).toBe('2026-04-01');
    expect(reportingPeriodKey(t, 'day', 'America/Los_Angeles')).toBe('2026-03-31');
    expect(reportingPeriodKey(t, 'month')).toBe('2026-04');
    expect(reportingPeriodKey(t, 'quarter', 'UTC')).toBe('2026-Q1');
    expect(reportingPeriodKey(t, 'year', 'UTC')).toBe('2026');
  });

  test('ISO weeks, across a year end', () => {
    expect(reportingPeriodKey(at('2026-01-01T00:00:00Z'), 'week', 'UTC')).toBe('2026-W01'); // a Thursday
    expect(reportingPeriodKey(at('2027-01-01T00:00:00Z'), 'week', 'UTC')).toBe('2026-W53'); // a Friday
    expect(reportingPeriodKey(at('2024-12-30T00:00:00Z'), 'week', 'UTC')).toBe('2025-W01'); // a Monday
    expect(reportingPeriodKey(at('2026-03-29T23:30:00Z'), 'week', 'UTC')).toBe('2026-W13'); // a Sunday
    expect(reportingPeriodKey(at('2026-03-29T23:30:00Z'), 'week', 'Asia/Shanghai')).toBe('2026-W14'); // Monday there
  });

  test('an unknown zone or unit throws', () => {
    expect(() => reportingPeriodKey(at('2026-03-01T00:00:00Z'), 'month', 'Mars/Olympus')).toThrow(QUALITY_MESSAGES.INVALID_TIME_ZONE);
    expect(() => reportingPeriodKey(at('2026-03-01T00:00:00Z'), 'fortnight' as 'week')).toThrow(QUALITY_MESSAGES.INVALID_PERIOD);
    expect(() => groupByPeriod('month', { timeZone: 'Nowhere' })).toThrow(LogisticsCustomerError);
    expect(() => groupByPeriod('month', { date: 'shipped' as 'ordered' })).toThrow(QUALITY_MESSAGES.INVALID_PERIOD);
  });
});

describe('reportingPeriodKey refuses dates it cannot key', () => {
  const units = ['day', 'week', 'month', 'quarter', 'year'] as const;
  const codeOf = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (error) {
      return error instanceof LogisticsCustomerError ? [error.code, error.message] : error;
    }
  };
  const INVALID_DATE = ['INVALID_DATE', CORE_MESSAGES.INVALID_DATE];

  test('an Invalid Date or a non-Date throws INVALID_DATE, not INVALID_TIME_ZONE', () => {
    for (const unit of units) {
      expect(codeOf(() => reportingPeriodKey(new Date('x'), unit))).toEqual(INVALID_DATE);
      expect(codeOf(() => reportingPeriodKey(new Date(Number.NaN), unit, 'UTC'))).toEqual(INVALID_DATE);
      expect(codeOf(() => reportingPeriodKey('2026-03-01' as unknown as Date, unit, 'UTC'))).toEqual(INVALID_DATE);
    }
  });

  test('the last instants of the Date range: keyed while the local date exists, INVALID_DATE after, never "NaN"', () => {
    const eightHours = 8 * 3_600_000;
    expect(reportingPeriodKey(new Date(8.64e15 - eightHours), 'day')).toBe('275760-09-13');
    expect(reportingPeriodKey(new Date(8.64e15), 'day', 'UTC')).toBe('275760-09-13');
    expect(reportingPeriodKey(new Date(8.64e15), 'week', 'UTC')).toBe('275760-W37');
    for (const unit of units) {
      expect(codeOf(() => reportingPeriodKey(new Date(8.64e15), unit))).toEqual(INVALID_DATE);
      expect(codeOf(() => reportingPeriodKey(new Date(8.64e15 - eightHours + 1), unit))).toEqual(INVALID_DATE);
    }
    expect(reportingPeriodKey(new Date(-8.64e15), 'day', 'UTC')).toBe('-271821-04-20');
    // 1 January of its ISO year is before the Date range, so the week number cannot be formed.
    expect(codeOf(() => reportingPeriodKey(new Date(-8.64e15), 'week', 'UTC'))).toEqual(INVALID_DATE);
    expect(codeOf(() => reportingPeriodKey(new Date(-8.64e15), 'day', 'America/Los_Angeles'))).toEqual(INVALID_DATE);
  });

  test('ISO weeks in the years 0–99 (which Date.UTC reads as 1900–1999) repeat those 400 years later (property)', () => {
    // The Gregorian calendar repeats every 400 years, which are exactly 20,871 weeks.
    const cycle = 146_097 * 86_400_000;
    const year0 = -62_167_219_200_000; // 0000-01-01T00:00:00Z
    const year100 = -59_011_459_200_000; // 0100-01-01T00:00:00Z
    // 0099-12-31 is a Thursday, as 2099-12-31 is (five cycles later): week 53 of 99 (was '99-W-99085').
    expect(reportingPeriodKey(new Date(-59_011_200_000_001), 'week', 'UTC')).toBe('99-W53');
    expect(reportingPeriodKey(new Date(Date.parse('2099-12-31T12:00:00Z')), 'week', 'UTC')).toBe('2099-W53');
    fc.assert(
      fc.property(fc.integer({ min: year0 + 7 * 86_400_000, max: year100 - 1 }), (ms) => {
        const [y, w] = reportingPeriodKey(new Date(ms), 'week', 'UTC').split('-W');
        expect(reportingPeriodKey(new Date(ms + cycle), 'week', 'UTC')).toBe(`${Number(y) + 400}-W${w}`);
      }),
      { numRuns: 500 },
    );
  });

  test('property: any instant gives a well-formed key or INVALID_DATE', () => {
    const edge = 8.64e15;
    const instant = fc.oneof(
      fc.integer({ min: -edge, max: edge }),
      fc.integer({ min: edge - 40 * 86_400_000, max: edge }),
      fc.integer({ min: -edge, max: -edge + 400 * 86_400_000 }),
    );
    const zone = fc.constantFrom('UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago');
    fc.assert(
      fc.property(instant, fc.constantFrom(...units), zone, (ms, unit, timeZone) => {
        const key = codeOf(() => reportingPeriodKey(new Date(ms), unit, timeZone));
        if (Array.isArray(key)) expect(key).toEqual(INVALID_DATE);
        else expect(key).toMatch(/^-?\d+(-W\d\d|-Q[1-4]|-\d\d(-\d\d)?)?$/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('groupings', () => {
  test('by period: promised (due) date by default, window end for windows, or ordered / delivered', () => {
    const due = line({ promisedAt: at('2026-03-31T20:00:00Z') });
    const windowed = line({
      promisedAt: undefined,
      promisedWindow: { start: at('2026-03-31T10:00:00Z'), end: at('2026-03-31T16:30:00Z') },
    });
    expect(groupByPeriod('month').keyOf(due)).toBe('2026-04');
    expect(groupByPeriod('day').keyOf(windowed)).toBe('2026-04-01');
    expect(groupByPeriod('month', { date: 'ordered' }).keyOf(due)).toBe('2026-03');
    expect(groupByPeriod('day', { date: 'delivered', timeZone: 'UTC' }).keyOf(due)).toBe('2026-03-02');
    expect(groupByPeriod('day', { date: 'delivered' }).keyOf(line({ deliveredAt: undefined, quantityDelivered: 0 }))).toBe('undelivered');
  });

  test('by tier from segmentation results (a Map or an object), unassigned otherwise', () => {
    const tiers = new Map([['C-001', 'A']]);
    const grouping = groupByTier(tiers, 'none');
    tiers.set('C-002', 'B'); // the grouping keeps its own copy
    expect(grouping.keyOf(line())).toBe('A');
    expect(grouping.keyOf(line({ customerId: customerId('C-002') }))).toBe('none');
    expect(groupByTier({ 'C-002': 'C' }).keyOf(line({ customerId: customerId('C-002') }))).toBe('C');
  });

  test('by service kind', () => {
    expect(groupByServiceKind().keyOf(line({ serviceKind: 'warehousing' }))).toBe('warehousing');
    expect(groupByServiceKind().keyOf(line())).toBe('unspecified');
  });
});

describe('grouped accumulator', () => {
  test('by customer on the hand-computed data set', () => {
    const acc = createGroupedQualityAccumulator(groupByCustomer());
    const records = textbookSet();
    const before = snapshot(records);
    records.forEach((r) => acc.add(r));
    const report = acc.report();
    expect(report.grouping).toBe('customer');
    expect(report.records).toEqual({ seen: 7, used: 6, rejected: 1 });
    expect(report.rejections.samples[0]?.index).toBe(3);
    expect(Object.keys(report.groups)).toEqual(['C-001', 'C-002']);
    expect(report.groups['C-001']?.reliability.onTime.rate).toEqual(count(2, 3));
    expect(report.groups['C-001']?.orders?.perfectOrder.rate).toEqual(count(0, 2));
    expect(report.groups['C-002']?.reliability.damage.rate).toEqual(count(1, 3));
    expect(report.groups['C-002']?.operational.responseTime.kind).toBe('summary');
    expect(snapshot(records)).toBe(before);
  });

  test('by tier', () => {
    const acc = createGroupedQualityAccumulator(groupByTier({ 'C-002': 'A' }));
    textbookSet().forEach((r) => acc.add(r));
    const groups = acc.report().groups;
    expect(Object.keys(groups)).toEqual(['A', 'unassigned']);
    expect(groups['A']?.availability.unitFillRate.rate).toEqual(count(11, 11));
  });

  test('by period (week of the due date, Shanghai)', () => {
    const acc = createGroupedQualityAccumulator(groupByPeriod('week'));
    textbookSet().forEach((r) => acc.add(r));
    expect(Object.keys(acc.report().groups)).toEqual(['2026-W10']);
  });

  test('addInput, and rejected input counted before grouping', () => {
    const acc = createGroupedQualityAccumulator(groupByCustomer());
    expect(acc.addInput({ nope: true })).toBe(false);
    expect(
      acc.addInput({
        customerId: 'C-9',
        orderId: 'SO-1',
        lineId: '1',
        orderedAt: '2026-03-01T00:00:00Z',
        promisedAt: '2026-03-02T00:00:00Z',
        quantityOrdered: 1,
        quantityDelivered: 0,
        condition: 'intact',
        documentsAccurate: true,
      }),
    ).toBe(true);
    expect(acc.seen).toBe(2);
    const r = acc.report();
    expect([r.records, Object.keys(r.groups), r.rejections.samples[0]?.index]).toEqual([{ seen: 2, used: 1, rejected: 1 }, ['C-9'], 0]);
  });

  test('a grouping that returns a non-string throws', () => {
    const acc = createGroupedQualityAccumulator({ name: 'bad', keyOf: () => 7 as unknown as string });
    expect(() => acc.add(line())).toThrow(QUALITY_MESSAGES.INVALID_GROUP_KEY);
  });

  test('merge: groups combine, inputs untouched; different groupings refuse', () => {
    const a = createGroupedQualityAccumulator(groupByCustomer());
    const b = createGroupedQualityAccumulator(groupByCustomer());
    const records = textbookSet();
    records.slice(0, 4).forEach((r) => a.add(r));
    records.slice(4).forEach((r) => b.add(r));
    const aBefore = JSON.stringify(a);
    const merged = mergeGroupedQualityAccumulators(a, b);
    const one = createGroupedQualityAccumulator(groupByCustomer());
    records.forEach((r) => one.add(r));
    expect(merged.toJSON()).toEqual(one.toJSON());
    expect(JSON.stringify(a)).toBe(aBefore);
    expect(() => mergeGroupedQualityAccumulators(a, createGroupedQualityAccumulator(groupByTier({})))).toThrow(QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS);
    expect(() => mergeGroupedQualityAccumulators(a, createGroupedQualityAccumulator(groupByCustomer(), { orders: false }))).toThrow(
      LogisticsCustomerError,
    );
    expect(() => mergeGroupedQualityAccumulators(a, {} as never)).toThrow(LogisticsCustomerError);
  });

  test('from JSON: the grouping must match; broken groups are reported with their path', () => {
    const acc = createGroupedQualityAccumulator(groupByCustomer());
    textbookSet().forEach((r) => acc.add(r));
    const json = JSON.parse(JSON.stringify(acc)) as ReturnType<typeof acc.toJSON>;
    const mismatch = groupedQualityAccumulatorFromJSON(json, groupByServiceKind());
    expect(!mismatch.ok && mismatch.error[0]?.code).toBe('GROUPING_MISMATCH');
    expect(!mismatch.ok && mismatch.error[0]?.messages['zh-CN']).toBe('分组方式不一致：数据为 customer，传入的是 service-kind');
    const broken = groupedQualityAccumulatorFromJSON({ ...json, groups: { ...json.groups, 'C-001': { format: 'x' } } }, groupByCustomer());
    expect(!broken.ok && broken.error[0]?.path.slice(0, 2)).toEqual(['groups', 'C-001']);
    const badAll = groupedQualityAccumulatorFromJSON({ ...json, all: { ...json.all, seen: 5 } }, groupByCustomer());
    expect(!badAll.ok && badAll.error[0]?.path[0]).toBe('all');
    const sketchGroup = createGroupedQualityAccumulator(groupByCustomer(), { percentiles: 'sketch' });
    sketchGroup.add(line());
    const mixed = { ...json, groups: { ...json.groups, 'C-003': sketchGroup.toJSON().groups['C-001'] } };
    const m = groupedQualityAccumulatorFromJSON(mixed, groupByCustomer());
    expect(!m.ok && m.error[0]?.code).toBe('INCONSISTENT_ACCUMULATOR');
    expect(groupedQualityAccumulatorFromJSON({ format: 'nope' }, groupByCustomer()).ok).toBe(false);
    const back = groupedQualityAccumulatorFromJSON(json, groupByCustomer());
    expect(back.ok && back.value.report()).toEqual(acc.report());
  });
});
