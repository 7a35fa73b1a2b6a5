import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { summarizeChunks } from '../../src/funnel/duration-chunks.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../src/core/invariant.js';
import { summarizeDurations } from '../../src/funnel/duration-stats.js';
import { FUNNEL_MESSAGES } from '../../src/funnel/messages.js';

/** The reference: sort, then interpolate linearly between the closest ranks. */
function reference(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  const lo = s[k] as number;
  const hi = s[Math.min(k + 1, s.length - 1)] as number;
  return lo + (h - k) * (hi - lo);
}

describe('duration summaries: median and p90 by linear interpolation, in linear time', () => {
  test('hand-computed cases', () => {
    expect(summarizeDurations([1, 2, 3, 4])).toEqual({ count: 4, median: 2.5, p90: 3.7, mean: 2.5 });
    expect(summarizeDurations([7])).toEqual({ count: 1, median: 7, p90: 7, mean: 7 });
    expect(summarizeDurations([3, 3, 3])).toEqual({ count: 3, median: 3, p90: 3, mean: 3 });
    expect(summarizeDurations([0, 86_400_000 * 10], 86_400_000)).toEqual({ count: 2, median: 5, p90: 9, mean: 5 });
    expect(summarizeDurations([])).toBe(null);
  });

  test('leaves its input alone and reads typed arrays too', () => {
    const input = Object.freeze([5, 1, 4]);
    expect(summarizeDurations(input)?.median).toBe(4);
    expect(input).toEqual([5, 1, 4]);
    const typed = Float64Array.of(9, 1, 100, 100);
    expect(summarizeDurations(typed)).toEqual({ count: 4, median: 54.5, p90: 100, mean: 52.5 });
    expect([...typed]).toEqual([9, 1, 100, 100]);
  });

  test('refuses what is not a list of finite numbers, naming the entry, and a unit that is not positive', () => {
    const refused = (values: unknown, unit?: unknown): unknown => {
      try {
        summarizeDurations(values as number[], unit as number);
      } catch (e) {
        return e instanceof LogisticsCustomerError ? [e.code, e.message, e.details] : e;
      }
      return 'accepted';
    };
    // Before: NaN came out as a median of 1 and a mean of NaN, Infinity as a p90 of NaN.
    const bad = (index: number, received: unknown): unknown[] => ['INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, { index, received }];
    expect(refused([1, Number.NaN, 3])).toEqual(bad(1, Number.NaN));
    expect(refused(Float64Array.of(1, 3, Number.POSITIVE_INFINITY))).toEqual(bad(2, Number.POSITIVE_INFINITY));
    expect(refused([1, '2'])).toEqual(bad(1, 'string'));
    expect(refused([4, 2, -5])).toEqual(bad(2, -5));
    // eslint-disable-next-line no-sparse-arrays -- a hole, as untyped input may hold
    expect(refused([1, , 3])).toEqual(bad(1, 'undefined'));
    for (const [values, kind] of [[null, 'null'], [undefined, 'undefined'], ['123', 'string'], [{ length: -1 }, 'object'], [7, 'number']] as const) {
      expect(refused(values)).toEqual(['INVALID_DURATIONS', FUNNEL_MESSAGES.INVALID_DURATIONS, { received: kind }]);
    }
    // Before: a unit of 0 or NaN gave a summary of nulls.
    for (const unit of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '1']) {
      expect(refused([1, 2], unit)).toEqual(['INVALID_UNIT', FUNNEL_MESSAGES.INVALID_UNIT, { received: unit }]);
    }
    // An array-like object of numbers is a list too.
    expect(summarizeDurations({ length: 2, 0: 4, 1: 2 })).toEqual({ count: 2, median: 3, p90: 3.8, mean: 3 });
  });

  test('durations near the largest double keep a finite mean', () => {
    // Before: the sum overflowed and the mean came out as Infinity.
    expect(summarizeDurations([1e308, 1e308, 1e308])).toEqual({ count: 3, median: 1e308, p90: 1e308, mean: 1e308 });
    expect(summarizeDurations([1.5e308, 1.5e308, 0, 0])?.mean).toBeCloseTo(0.75e308, -300);
  });

  test('heavy ties and huge spreads stay exact', () => {
    const ties = [...Array.from({ length: 1000 }, () => 7), 1e12];
    expect(summarizeDurations(ties)).toMatchObject({ median: 7, p90: 7 });
    const two = [0, Number.MAX_SAFE_INTEGER];
    expect(summarizeDurations(two)).toMatchObject({ median: Number.MAX_SAFE_INTEGER / 2 });
  });

  test('agrees with sorting on random data, duplicates and negative numbers included (property)', () => {
    // The selection itself works on any finite numbers; summarizeDurations admits durations only.
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: -5, max: 5 })), { minLength: 1, maxLength: 300 }), (values) => {
        const s = summarizeChunks([values], 1);
        expect(s?.median).toBeCloseTo(reference(values, 0.5), 6);
        expect(s?.p90).toBeCloseTo(reference(values, 0.9), 6);
        expect(s?.count).toBe(values.length);
        expect((s?.median ?? 0) <= (s?.p90 ?? 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('given bounds, the summary is the same as with the least and greatest found by a pass (property)', () => {
    // The report passes 0 and its period's length; wider bounds put every value in a few buckets,
    // and bounds that cut the values off only crowd the first and last buckets — ranks stay exact.
    expect(summarizeChunks([[4, 1, 3], [2, 10, 6, 5, 9, 8, 7]], 1, { min: 0, max: 1e12 })).toEqual({ count: 10, median: 5.5, p90: 9.1, mean: 5.5 });
    expect(summarizeChunks([[7, 7, 7]], 1, { min: 7, max: 7 })).toEqual({ count: 3, median: 7, p90: 7, mean: 7 });
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 60 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -1e9, max: 2e9 }),
        fc.integer({ min: 0, max: 3e12 }),
        (chunks, min, width) => {
          expect(summarizeChunks(chunks, 3, { min, max: min + width })).toEqual(summarizeChunks(chunks, 3));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('durations in chunks summarise as their concatenation (property), empty chunks included', () => {
    expect(summarizeChunks([[4, 1, 3], [], [2, 10, 6, 5, 9, 8, 7]], 1)).toEqual({ count: 10, median: 5.5, p90: 9.1, mean: 5.5 });
    expect(summarizeChunks([[], []], 1)).toBe(null);
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 1e6 }), { maxLength: 80 }), { minLength: 1, maxLength: 8 }), (chunks) => {
        const all = chunks.flat();
        expect(summarizeChunks(chunks, 7)).toEqual(summarizeDurations(all, 7));
      }),
      { numRuns: 300 },
    );
  });
});
