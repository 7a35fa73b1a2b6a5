import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { customerId } from '../../src/customer/customer-id.js';
import { groupByCustomer, groupByPeriod } from '../../src/quality/grouping.js';
import {
  createGroupedQualityAccumulator,
  groupedQualityAccumulatorFromJSON,
  mergeGroupedQualityAccumulators,
} from '../../src/quality/grouped-quality-accumulator.js';
import {
  createQualityAccumulator,
  mergeQualityAccumulators,
  type QualityAccumulator,
  qualityAccumulatorFromJSON,
} from '../../src/quality/quality-accumulator.js';
import type { QualityAccumulatorOptions } from '../../src/quality/quality-options.js';
import type { QualityReport } from '../../src/quality/quality-report.js';
import type { RateMeasure } from '../../src/quality/rate-measure.js';
import type { ShipmentRecord } from '../../src/quality/shipment-record.js';
import { HOUR } from './fixtures.js';

const BASE = Date.UTC(2026, 2, 1);
const MINUTE = 60_000;

/** Records from small integers: mostly sound, some unsound (so rejections are merged too). */
const recordArb: fc.Arbitrary<ShipmentRecord> = fc
  .record({
    customer: fc.constantFrom('C-1', 'C-2', 'C-3'),
    order: fc.integer({ min: 1, max: 6 }),
    lineNo: fc.integer({ min: 1, max: 3 }),
    orderedMin: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    promiseMin: fc.integer({ min: 0, max: 4 * 24 * 60 }),
    window: fc.boolean(),
    cycleMin: fc.option(fc.integer({ min: -60, max: 6 * 24 * 60 }), { freq: 5 }),
    respondMin: fc.option(fc.integer({ min: 0, max: 600 })),
    ordered: fc.integer({ min: 1, max: 20 }),
    short: fc.integer({ min: -1, max: 3 }),
    condition: fc.constantFrom('intact', 'intact', 'intact', 'damaged', 'lost'),
    docs: fc.boolean(),
    stockOut: fc.option(fc.boolean()),
  })
  .map((g): ShipmentRecord => {
    const orderedAt = BASE + g.orderedMin * MINUTE;
    const promise = orderedAt + g.promiseMin * MINUTE;
    const lost = g.condition === 'lost';
    const delivered = !lost && g.cycleMin !== null;
    const quantityDelivered = delivered ? Math.max(0, g.ordered - g.short) : 0;
    const r: Record<string, unknown> = {
      customerId: customerId(g.customer),
      orderId: `SO-${g.order}`,
      lineId: String(g.lineNo),
      orderedAt: new Date(orderedAt),
      quantityOrdered: g.ordered,
      quantityDelivered,
      condition: g.condition,
      documentsAccurate: g.docs,
    };
    if (g.window) r['promisedWindow'] = { start: new Date(promise), end: new Date(promise + 4 * HOUR) };
    else r['promisedAt'] = new Date(promise);
    if (delivered && g.cycleMin !== null) r['deliveredAt'] = new Date(orderedAt + g.cycleMin * MINUTE); // negative cycles are unsound
    if (g.respondMin !== null) r['respondedAt'] = new Date(orderedAt + g.respondMin * MINUTE);
    if (g.stockOut !== null) r['stockOut'] = g.stockOut;
    return r as ShipmentRecord;
  });

const optionsArb: fc.Arbitrary<QualityAccumulatorOptions> = fc.record({
  percentiles: fc.constantFrom('exact' as const, 'sketch' as const),
  orders: fc.boolean(),
  onTime: fc.record({ toleranceMs: fc.constantFrom(0, HOUR), earlyIsOnTime: fc.boolean() }),
  maxRejectionSamples: fc.constantFrom(0, 2, 100),
});

function accumulate(records: readonly ShipmentRecord[], options: QualityAccumulatorOptions): QualityAccumulator {
  const acc = createQualityAccumulator(options);
  for (const r of records) acc.add(r);
  return acc;
}

/** The report without the rejected records' indexes (which do depend on the order). */
function measures(report: QualityReport): unknown {
  return { ...report, rejections: { count: report.rejections.count, byCode: report.rejections.byCode } };
}

function rates(report: QualityReport): readonly RateMeasure[] {
  const list: RateMeasure[] = [...Object.values(report.reliability), report.availability.lineFillRate, report.availability.unitFillRate, report.availability.stockOutFrequency];
  if (report.availability.orderFillRate !== null) list.push(report.availability.orderFillRate);
  if (report.orders !== null) {
    const { orders: _n, ...orderRates } = report.orders;
    list.push(...Object.values(orderRates));
  }
  return list;
}

describe('the merge law', () => {
  test('split anywhere, merge: the same accumulator as one pass (JSON equal)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), fc.nat(), optionsArb, (records, cut, options) => {
        const k = cut % (records.length + 1);
        const merged = mergeQualityAccumulators(accumulate(records.slice(0, k), options), accumulate(records.slice(k), options));
        const one = accumulate(records, options);
        expect(merged.toJSON()).toEqual(one.toJSON());
        expect(merged.report()).toEqual(one.report());
      }),
      { numRuns: 150 },
    );
  });

  test('merging is associative: (a ⊕ b) ⊕ c = a ⊕ (b ⊕ c)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 45 }), fc.nat(), fc.nat(), optionsArb, (records, x, y, options) => {
        const i = x % (records.length + 1);
        const j = i + (y % (records.length - i + 1));
        const [a, b, c] = [records.slice(0, i), records.slice(i, j), records.slice(j)].map((part) => accumulate(part, options)) as [
          QualityAccumulator,
          QualityAccumulator,
          QualityAccumulator,
        ];
        const left = mergeQualityAccumulators(mergeQualityAccumulators(a, b), c);
        const right = mergeQualityAccumulators(a, mergeQualityAccumulators(b, c));
        expect(left.toJSON()).toEqual(right.toJSON());
      }),
      { numRuns: 100 },
    );
  });

  test('shards merged in any order give the same measures (and counts of rejections)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 50 }), fc.nat(), optionsArb, (records, cut, options) => {
        const k = cut % (records.length + 1);
        const a = accumulate(records.slice(0, k), options);
        const b = accumulate(records.slice(k), options);
        expect(measures(mergeQualityAccumulators(b, a).report())).toEqual(measures(mergeQualityAccumulators(a, b).report()));
      }),
      { numRuns: 100 },
    );
  });

  test('the order of the records does not change the measures', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 50 }).chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }))),
        optionsArb,
        ([records, shuffled], options) => {
          expect(measures(accumulate(shuffled, options).report())).toEqual(measures(accumulate(records, options).report()));
        },
      ),
      { numRuns: 100 },
    );
  });

  test('every rate lies in [0, 1] and inside its Wilson interval', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), optionsArb, (records, options) => {
        const report = accumulate(records, options).report();
        expect(report.records.used + report.records.rejected).toBe(records.length);
        for (const m of rates(report)) {
          if (m.value === null) {
            expect(m.rate.kind).toBe('no-data');
            expect(m.interval).toBeNull();
            continue;
          }
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.value).toBeLessThanOrEqual(1);
          expect(m.interval!.lower).toBeLessThanOrEqual(m.value);
          expect(m.interval!.upper).toBeGreaterThanOrEqual(m.value);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('JSON round trip is identity', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), optionsArb, (records, options) => {
        const acc = accumulate(records, options);
        const back = qualityAccumulatorFromJSON(JSON.parse(JSON.stringify(acc)));
        expect(back.ok && back.value.toJSON()).toEqual(acc.toJSON());
      }),
      { numRuns: 100 },
    );
  });

  test('grouped accumulators obey the same law, and round-trip through JSON', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 50 }), fc.nat(), fc.boolean(), (records, cut, monthly) => {
        const grouping = monthly ? groupByPeriod('week', { timeZone: 'Asia/Shanghai' }) : groupByCustomer();
        const k = cut % (records.length + 1);
        const grouped = (part: readonly ShipmentRecord[]) => {
          const acc = createGroupedQualityAccumulator(grouping);
          for (const r of part) acc.add(r);
          return acc;
        };
        const merged = mergeGroupedQualityAccumulators(grouped(records.slice(0, k)), grouped(records.slice(k)));
        const one = grouped(records);
        expect(merged.toJSON()).toEqual(one.toJSON());
        expect(merged.report()).toEqual(one.report());
        const back = groupedQualityAccumulatorFromJSON(JSON.parse(JSON.stringify(one)), grouping);
        expect(back.ok && back.value.toJSON()).toEqual(one.toJSON());
        // groups partition the used records
        const used = Object.values(one.report().groups).reduce((n, g) => n + g.records.used, 0);
        expect(used).toBe(one.report().records.used);
      }),
      { numRuns: 80 },
    );
  });

  test('the records are not mutated', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), optionsArb, (records, options) => {
        const before = JSON.stringify(records);
        const acc = accumulate(records, options);
        mergeQualityAccumulators(acc, acc).report();
        expect(JSON.stringify(records)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });
});
