import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { customerId } from '../../src/customer/customer-id.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { QUALITY_MESSAGES } from '../../src/quality/messages.js';
import {
  createQualityAccumulator,
  mergeQualityAccumulators,
  qualityAccumulatorFromJSON,
} from '../../src/quality/quality-accumulator.js';
import type { QualityAccumulatorOptions } from '../../src/quality/quality-options.js';
import { resolveQualityOptions, sameQualityOptions } from '../../src/quality/quality-options.js';
import { HOUR, at, line, snapshot, textbookSet } from './fixtures.js';

function run(options: QualityAccumulatorOptions = {}) {
  const acc = createQualityAccumulator(options);
  for (const r of textbookSet()) acc.add(r);
  return acc;
}

const count = (n: number, d: number) => ({ kind: 'rate', numerator: n, denominator: d });

describe('the hand-computed data set', () => {
  const report = run().report();

  test('records used and rejected, with index and reason', () => {
    expect(report.records).toEqual({ seen: 7, used: 6, rejected: 1 });
    expect(report.rejections.byCode).toEqual({ DELIVERED_BEFORE_ORDERED: 1 });
    expect(report.rejections.samples.map((s) => s.index)).toEqual([3]);
    const e = report.rejections.samples[0]?.errors[0];
    expect(e && renderError(e, 'zh-CN')).toBe('deliveredAt: 送达时间早于下单时间');
    expect(e && renderError(e, 'en')).toBe('deliveredAt: deliveredAt is before orderedAt');
  });

  test('reliability by line (可靠性)', () => {
    const r = report.reliability;
    expect(r.onTime.rate).toEqual(count(4, 6));
    expect(r.inFull.rate).toEqual(count(4, 6));
    expect(r.otif.rate).toEqual(count(3, 6));
    expect(r.documentsAccurate.rate).toEqual(count(5, 6));
    expect(r.perfectCondition.rate).toEqual(count(4, 6));
    expect(r.damage.rate).toEqual(count(1, 6));
    expect(r.loss.rate).toEqual(count(1, 6));
    expect(r.perfectLine.rate).toEqual(count(1, 6));
    expect(r.otif.value).toBe(0.5);
    expect(r.onTime.interval?.confidence).toBe(0.95);
    expect(r.onTime.interval!.lower).toBeLessThan(4 / 6);
    expect(r.onTime.interval!.upper).toBeGreaterThan(4 / 6);
  });

  test('availability (可得性): fill rate by line, unit and order; stock-out frequency', () => {
    const a = report.availability;
    expect(a.lineFillRate.rate).toEqual(count(5, 6));
    expect(a.unitFillRate.rate).toEqual(count(33, 34));
    expect(a.orderFillRate?.rate).toEqual(count(3, 4));
    expect(a.stockOutFrequency.rate).toEqual(count(1, 2));
  });

  test('operational performance (作业完成绩效): cycle time speed, consistency, percentiles; response time', () => {
    const c = report.operational.cycleTime;
    expect(c.kind).toBe('summary');
    if (c.kind !== 'summary') return;
    expect(c.count).toBe(5);
    expect(c.meanMs / HOUR).toBeCloseTo(42.2, 12);
    expect(c.sdMs / HOUR).toBeCloseTo(Math.sqrt(280.96), 10);
    expect(c.cv).toBeCloseTo(Math.sqrt(280.96) / 42.2, 12);
    expect(c.medianMs).toBe(34 * HOUR);
    expect(c.p90Ms / HOUR).toBeCloseTo(62.4, 9);
    expect(c.p95Ms / HOUR).toBeCloseTo(67.2, 9);
    const r = report.operational.responseTime;
    expect(r.kind === 'summary' && [r.count, r.meanMs, r.medianMs, r.minMs, r.maxMs]).toEqual([2, 2 * HOUR, 2 * HOUR, HOUR, 3 * HOUR]);
  });

  test('SCOR perfect order: an order is perfect only if every line is', () => {
    const o = report.orders;
    expect(o?.orders).toBe(4);
    expect(o?.onTime.rate).toEqual(count(2, 4)); // SO-1, SO-3
    expect(o?.inFull.rate).toEqual(count(2, 4)); // SO-2, SO-3
    expect(o?.otif.rate).toEqual(count(1, 4)); // SO-3
    expect(o?.documentsAccurate.rate).toEqual(count(3, 4)); // all but SO-3
    expect(o?.perfectCondition.rate).toEqual(count(2, 4)); // SO-1, SO-2
    expect(o?.perfectOrder.rate).toEqual(count(0, 4)); // SO-1 has a perfect line, but not two
  });
});

describe('the SCOR rule on a two-line order', () => {
  test('one imperfect line makes the order imperfect', () => {
    const acc = createQualityAccumulator();
    acc.add(line({ lineId: '1' }));
    acc.add(line({ lineId: '2', documentsAccurate: false }));
    acc.add(line({ orderId: 'SO-2' }));
    const r = acc.report();
    expect(r.reliability.perfectLine.rate).toEqual(count(2, 3));
    expect(r.orders?.perfectOrder.rate).toEqual(count(1, 2));
    expect(r.orders?.documentsAccurate.rate).toEqual(count(1, 2));
  });

  test('the same order id under two customers is two orders', () => {
    const acc = createQualityAccumulator();
    acc.add(line());
    acc.add(line({ customerId: customerId('C-002') }));
    expect(acc.report().orders?.orders).toBe(2);
  });
});

describe('options', () => {
  test('tolerance turns the late line on time', () => {
    const r = run({ onTime: { toleranceMs: 24 * HOUR } }).report();
    expect(r.reliability.onTime.rate).toEqual(count(5, 6));
  });

  test('without order measures', () => {
    const r = run({ orders: false }).report();
    expect(r.orders).toBeNull();
    expect(r.availability.orderFillRate).toBeNull();
  });

  test('sketch mode: counts identical, percentiles within 1%', () => {
    const exact = run().report();
    const sketch = run({ percentiles: 'sketch' }).report();
    expect(sketch.reliability).toEqual(exact.reliability);
    expect(sketch.availability).toEqual(exact.availability);
    const e = exact.operational.cycleTime;
    const s = sketch.operational.cycleTime;
    if (e.kind !== 'summary' || s.kind !== 'summary') throw new Error('no data');
    expect(s.meanMs).toBe(e.meanMs);
    expect(s.sdMs).toBe(e.sdMs);
    expect(Math.abs(s.p95Ms - e.p95Ms) / e.p95Ms).toBeLessThanOrEqual(0.01);
    expect([s.mode, s.relativeError]).toEqual(['sketch', 0.01]);
  });

  test('the report confidence', () => {
    const r = run().report({ confidence: 0.99 });
    expect(r.reliability.onTime.interval?.confidence).toBe(0.99);
    expect(() => run().report({ confidence: 1 })).toThrow(LogisticsCustomerError);
  });

  test('rejection samples are capped, all rejections counted', () => {
    const acc = createQualityAccumulator({ maxRejectionSamples: 2 });
    for (let i = 0; i < 5; i++) acc.add(line({ quantityOrdered: 0 }));
    const r = acc.report();
    expect(r.rejections.count).toBe(5);
    expect(r.rejections.byCode).toEqual({ INVALID_QUANTITY: 5 });
    expect(r.rejections.samples.map((s) => s.index)).toEqual([0, 1]);
  });

  test('invalid options throw with exported messages', () => {
    expect(() => createQualityAccumulator({ percentiles: 'fast' as 'exact' })).toThrow(QUALITY_MESSAGES.INVALID_ACCUMULATOR_OPTIONS);
    expect(() => createQualityAccumulator({ maxRejectionSamples: -1 })).toThrow(QUALITY_MESSAGES.INVALID_ACCUMULATOR_OPTIONS);
    expect(() => createQualityAccumulator({ relativeError: 0 })).toThrow(QUALITY_MESSAGES.INVALID_RELATIVE_ERROR);
    expect(() => createQualityAccumulator({ onTime: { toleranceMs: -5 } })).toThrow(QUALITY_MESSAGES.INVALID_TOLERANCE);
  });

  test('sameQualityOptions compares every field', () => {
    const a = resolveQualityOptions();
    expect(sameQualityOptions(a, resolveQualityOptions())).toBe(true);
    expect(sameQualityOptions(a, resolveQualityOptions({ onTime: { earlyIsOnTime: false } }))).toBe(false);
    expect(sameQualityOptions(a, resolveQualityOptions({ orders: false }))).toBe(false);
  });
});

describe('untrusted input', () => {
  test('addInput parses JSON rows and rejects bad ones with every reason', () => {
    const acc = createQualityAccumulator();
    expect(
      acc.addInput({
        customerId: 'C-001',
        orderId: 'SO-1',
        lineId: '1',
        orderedAt: '2026-03-01T00:00:00Z',
        promisedAt: '2026-03-03T00:00:00Z',
        deliveredAt: '2026-03-02T00:00:00+08:00',
        quantityOrdered: 2,
        quantityDelivered: 2,
        condition: 'intact',
        documentsAccurate: true,
      }),
    ).toBe(true);
    expect(acc.addInput({ customerId: '', orderId: 'SO-2' })).toBe(false);
    const r = acc.report();
    expect(r.records).toEqual({ seen: 2, used: 1, rejected: 1 });
    const first = r.rejections.samples[0];
    expect(first?.index).toBe(1);
    expect(first?.errors.length).toBeGreaterThan(3);
    expect(first?.errors.map((e) => e.path[0])).toContain('customerId');
  });

  test('add checks objects that are not really records', () => {
    const acc = createQualityAccumulator();
    expect(acc.add({ ...line(), quantityDelivered: '10' } as never)).toBe(false);
    expect(acc.report().rejections.byCode).toEqual({ INVALID_QUANTITY: 1 });
  });
});

describe('merge and JSON', () => {
  test('merge equals one pass and leaves the inputs unchanged', () => {
    const records = textbookSet();
    const a = createQualityAccumulator();
    const b = createQualityAccumulator();
    records.slice(0, 2).forEach((r) => a.add(r));
    records.slice(2).forEach((r) => b.add(r));
    const aBefore = JSON.stringify(a);
    const bBefore = JSON.stringify(b);
    const merged = mergeQualityAccumulators(a, b);
    expect(merged.toJSON()).toEqual(run().toJSON());
    expect(merged.report()).toEqual(run().report());
    expect(JSON.stringify(a)).toBe(aBefore);
    expect(JSON.stringify(b)).toBe(bBefore);
    merged.add(line({ orderId: 'SO-9' }));
    expect(JSON.stringify(a)).toBe(aBefore);
  });

  test('accumulators with different options do not merge', () => {
    expect(() => mergeQualityAccumulators(createQualityAccumulator(), createQualityAccumulator({ percentiles: 'sketch' }))).toThrow(
      QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS,
    );
    expect(() => mergeQualityAccumulators(createQualityAccumulator(), {} as never)).toThrow(LogisticsCustomerError);
  });

  test('JSON round trip is identity, and the restored accumulator keeps going', () => {
    for (const percentiles of ['exact', 'sketch'] as const) {
      const acc = run({ percentiles });
      const json = JSON.parse(JSON.stringify(acc)) as unknown;
      const back = qualityAccumulatorFromJSON(json);
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(back.value.toJSON()).toEqual(acc.toJSON());
      expect(back.value.report()).toEqual(acc.report());
      back.value.add(line({ orderId: 'SO-1', lineId: '3', condition: 'damaged' }));
      expect(back.value.report().orders?.perfectCondition.rate).toEqual(count(1, 4));
    }
  });

  test('the JSON is canonical: orders and codes sorted whatever the input order', () => {
    const forward = run();
    const backward = createQualityAccumulator();
    [...textbookSet()].reverse().forEach((r) => backward.add(r));
    const f = forward.toJSON();
    const b = backward.toJSON();
    expect(b.orders).toEqual(f.orders);
    expect(b.cycleTime).toEqual(f.cycleTime);
    expect(b.lines).toEqual(f.lines);
    expect(f.orders?.map((o) => o[1])).toEqual(['SO-1', 'SO-2', 'SO-3', 'SO-4']);
  });

  test('bad JSON is refused with reasons', () => {
    const good = run().toJSON();
    const cases: readonly [string, unknown, string][] = [
      ['not an accumulator', { format: 'x' }, 'INVALID_INPUT'],
      ['seen does not add up', { ...good, seen: 99 }, 'INCONSISTENT_ACCUMULATOR'],
      ['too many on time', { ...good, lines: { ...good.lines, onTime: 7 } }, 'INCONSISTENT_ACCUMULATOR'],
      ['otif above on time', { ...good, lines: { ...good.lines, otif: 5 } }, 'INCONSISTENT_ACCUMULATOR'],
      ['conditions do not add up', { ...good, lines: { ...good.lines, lost: 2 } }, 'INCONSISTENT_ACCUMULATOR'],
      ['units', { ...good, lines: { ...good.lines, unitsFilled: 35 } }, 'INCONSISTENT_ACCUMULATOR'],
      ['cycle count', { ...good, lines: { ...good.lines, delivered: 4 } }, 'INCONSISTENT_ACCUMULATOR'],
      ['digest mode', { ...good, options: { ...good.options, percentiles: 'sketch' } }, 'INCONSISTENT_ACCUMULATOR'],
      ['orders missing', { ...good, orders: null }, 'INCONSISTENT_ACCUMULATOR'],
      ['order lines', { ...good, orders: good.orders?.slice(1) }, 'INCONSISTENT_ACCUMULATOR'],
      ['duplicate order', { ...good, orders: [...(good.orders ?? []), ...(good.orders ?? []).slice(0, 1)] }, 'INCONSISTENT_ACCUMULATOR'],
      ['rejections', { ...good, rejections: { ...good.rejections, byCode: {} } }, 'INCONSISTENT_ACCUMULATOR'],
      ['digest', { ...good, cycleTime: { mode: 'exact' } }, 'INVALID_INPUT'],
    ];
    for (const [name, json, code] of cases) {
      const r = qualityAccumulatorFromJSON(json);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error[0]?.code, name).toBe(code);
        expect(r.error[0]?.messages['zh-CN'], name).toMatch(/\S/);
      }
    }
    const digest = qualityAccumulatorFromJSON({ ...good, cycleTime: { mode: 'exact' } });
    expect(!digest.ok && digest.error[0]?.path[0]).toBe('cycleTime');
  });

  test('the inputs of the data set are not mutated', () => {
    const records = textbookSet();
    const before = snapshot(records);
    const acc = createQualityAccumulator();
    records.forEach((r) => acc.add(r));
    acc.report();
    acc.toJSON();
    expect(snapshot(records)).toBe(before);
    expect(records[0]?.deliveredAt).toEqual(at('2026-03-02T00:00:00Z'));
  });
});
