import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { createDurationDigest, durationDigestFromJSON, mergeDurationDigests } from '../../src/quality/duration-digest.js';
import { QUALITY_MESSAGES } from '../../src/quality/messages.js';
import { HOUR } from './fixtures.js';

describe('exact digest', () => {
  test('hand-computed: 24, 33, 34, 48, 72 hours', () => {
    const d = createDurationDigest();
    for (const h of [48, 24, 72, 34, 33]) d.add(h * HOUR);
    const s = d.summary();
    expect(s.kind).toBe('summary');
    if (s.kind !== 'summary') return;
    expect(s.count).toBe(5);
    expect(s.meanMs / HOUR).toBeCloseTo(42.2, 12);
    // population variance: (18.2² + 9.2² + 8.2² + 5.8² + 29.8²) / 5 = 280.96 h²
    expect(s.sdMs / HOUR).toBeCloseTo(Math.sqrt(280.96), 10);
    expect(s.cv).toBeCloseTo(Math.sqrt(280.96) / 42.2, 12);
    expect([s.minMs, s.maxMs]).toEqual([24 * HOUR, 72 * HOUR]);
    expect(s.medianMs).toBe(34 * HOUR);
    expect(s.p90Ms / HOUR).toBeCloseTo(62.4, 9); // rank 3.6: 48 + 0.6 × 24
    expect(s.p95Ms / HOUR).toBeCloseTo(67.2, 9); // rank 3.8: 48 + 0.8 × 24
    expect([s.mode, s.relativeError]).toEqual(['exact', 0]);
  });

  test('quantile ends and interpolation', () => {
    const d = createDurationDigest();
    for (const v of [10, 20, 30, 40]) d.add(v);
    expect([d.quantile(0), d.quantile(1), d.quantile(0.5), d.quantile(1 / 3)]).toEqual([10, 40, 25, 20]);
  });

  test('no data is explicit', () => {
    const d = createDurationDigest();
    expect(d.summary()).toEqual({ kind: 'no-data', count: 0 });
    expect(d.quantile(0.5)).toBeNull();
  });

  test('all zeros: CV has no value', () => {
    const d = createDurationDigest({ mode: 'sketch' });
    d.add(0);
    d.add(0);
    const s = d.summary();
    expect(s.kind === 'summary' && [s.meanMs, s.sdMs, s.cv, s.medianMs]).toEqual([0, 0, null, 0]);
  });

  test('sums stay exact far beyond 2^53: 10,000 values of 2^42 − 1 ms', () => {
    const d = createDurationDigest({ mode: 'sketch' });
    const v = 2 ** 42 - 1;
    for (let i = 0; i < 10_000; i++) d.add(v);
    const json = d.toJSON();
    expect(json.sum).toBe((BigInt(v) * 10_000n).toString());
    expect(json.sumSquares).toBe((BigInt(v) * BigInt(v) * 10_000n).toString());
    const s = d.summary();
    expect(s.kind === 'summary' && [s.meanMs, s.sdMs]).toEqual([v, 0]);
  });

  test('grows past its first buffer', () => {
    const d = createDurationDigest();
    for (let i = 5000; i > 0; i--) d.add(i);
    expect([d.count, d.quantile(0), d.quantile(1), d.quantile(0.5)]).toEqual([5000, 1, 5000, 2500.5]);
  });
});

describe('sketch digest', () => {
  test('every quantile is within the relative error of the exact one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 * 24 * 3600 * 1000 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.01, 0.02, 0.05),
        (values, q, alpha) => {
          const exact = createDurationDigest();
          const sketch = createDurationDigest({ mode: 'sketch', relativeError: alpha });
          for (const v of values) {
            exact.add(v);
            sketch.add(v);
          }
          const e = exact.quantile(q) ?? 0;
          const s = sketch.quantile(q) ?? 0;
          expect(Math.abs(s - e)).toBeLessThanOrEqual(alpha * e * (1 + 1e-9) + 1e-9);
        },
      ),
    );
  });

  test('memory does not grow: the JSON has at most one bin per value range', () => {
    const d = createDurationDigest({ mode: 'sketch' });
    for (let i = 0; i < 100_000; i++) d.add(HOUR + (i % 1000) * 1000);
    const json = d.toJSON();
    expect(json.mode).toBe('sketch');
    if (json.mode === 'sketch') expect(json.bins.length).toBeLessThan(30);
  });
});

describe('merge and JSON', () => {
  const modes = [{ mode: 'exact' as const }, { mode: 'sketch' as const, relativeError: 0.02 }];

  test.each(modes)('merge equals one pass, JSON equal ($mode)', (options) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 })), fc.nat(), (values, cut) => {
        const k = values.length === 0 ? 0 : cut % (values.length + 1);
        const a = createDurationDigest(options);
        const b = createDurationDigest(options);
        const all = createDurationDigest(options);
        values.forEach((v, i) => (i < k ? a : b).add(v));
        [...values].reverse().forEach((v) => all.add(v));
        const aBefore = JSON.stringify(a);
        const merged = mergeDurationDigests(a, b);
        expect(merged.toJSON()).toEqual(all.toJSON());
        expect(merged.summary()).toEqual(all.summary());
        expect(JSON.stringify(a)).toBe(aBefore);
      }),
    );
  });

  test.each(modes)('JSON round trip is identity ($mode)', (options) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 })), (values) => {
        const d = createDurationDigest(options);
        for (const v of values) d.add(v);
        const back = durationDigestFromJSON(JSON.parse(JSON.stringify(d)));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.value.toJSON()).toEqual(d.toJSON());
        back.value.add(5);
        expect(back.value.count).toBe(values.length + 1);
      }),
    );
  });

  test('digests with different options do not merge', () => {
    const exact = createDurationDigest();
    expect(() => mergeDurationDigests(exact, createDurationDigest({ mode: 'sketch' }))).toThrow(QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS);
    expect(() =>
      mergeDurationDigests(createDurationDigest({ mode: 'sketch' }), createDurationDigest({ mode: 'sketch', relativeError: 0.02 })),
    ).toThrow(LogisticsCustomerError);
    expect(() => mergeDurationDigests(exact, { ...exact })).toThrow(QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS);
  });

  test('bad JSON is refused with reasons in both locales', () => {
    const shape = durationDigestFromJSON({ mode: 'exact', count: -1 });
    expect(shape.ok).toBe(false);
    const counts = durationDigestFromJSON({ mode: 'exact', count: 2, sum: '1', sumSquares: '1', values: [1] });
    expect(!counts.ok && counts.error[0]?.messages).toEqual({
      'zh-CN': '摘要数据不一致：数值个数与 count 不符',
      en: 'inconsistent digest: values.length differs from count',
    });
    const base = { mode: 'sketch', relativeError: 0.01, count: 1, sum: '5', sumSquares: '25', min: 5, max: 5, zeroCount: 0 };
    expect(durationDigestFromJSON({ ...base, bins: [[99_999, 1]] }).ok).toBe(false);
    expect(durationDigestFromJSON({ ...base, bins: [[3, 2]] }).ok).toBe(false);
    expect(durationDigestFromJSON({ ...base, min: null, bins: [[82, 1]] }).ok).toBe(false);
    expect(durationDigestFromJSON({ ...base, count: 0, zeroCount: 0, min: null, max: null, bins: [] }).ok).toBe(false);
    expect(durationDigestFromJSON({ ...base, bins: [[82, 1]] }).ok).toBe(true);
  });
});

describe('misuse throws', () => {
  test.each([[-1], [1.5], [2 ** 42], [Number.NaN]])('add(%s)', (v) => {
    expect(() => createDurationDigest().add(v)).toThrow(QUALITY_MESSAGES.INVALID_DURATION_MS);
  });

  test('bad quantile, relative error, mode', () => {
    expect(() => createDurationDigest().quantile(1.5)).toThrow(QUALITY_MESSAGES.INVALID_QUANTILE);
    expect(() => createDurationDigest({ mode: 'sketch', relativeError: 0.5 })).toThrow(QUALITY_MESSAGES.INVALID_RELATIVE_ERROR);
    expect(() => createDurationDigest({ mode: 'fast' as 'exact' })).toThrow(QUALITY_MESSAGES.INVALID_ACCUMULATOR_OPTIONS);
  });
});
