import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rate } from '../../../src/core/rate/rate.js';
import { ratioToDecimal } from '../../../src/core/rate/ratio-to-decimal.js';
import { ratioToNumber } from '../../../src/core/rate/ratio-to-number.js';
import { wilsonInterval } from '../../../src/core/rate/wilson-interval.js';

const counts = fc
  .record({ trials: fc.integer({ min: 1, max: 1_000_000 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ trials, share }) => ({ trials, successes: Math.min(trials, Math.floor(share * (trials + 1))) }));

describe('rate laws', () => {
  test('a rate value lies in [0, 1] and its decimal agrees with the float', () => {
    fc.assert(
      fc.property(counts, ({ successes, trials }) => {
        const r = rate(successes, trials);
        const value = ratioToNumber(r);
        expect(value).not.toBeNull();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        if (r.kind === 'rate') expect(Math.abs(ratioToDecimal(r).toNumber() - (value ?? Number.NaN))).toBeLessThan(1e-15);
      }),
    );
  });

  test('the Wilson interval contains the observed rate and stays in [0, 1]', () => {
    fc.assert(
      fc.property(counts, fc.double({ min: 0.5, max: 0.999, noNaN: true }), ({ successes, trials }, confidence) => {
        const r = rate(successes, trials);
        const value = ratioToNumber(r) ?? Number.NaN;
        const i = wilsonInterval(r, confidence);
        expect(i).not.toBeNull();
        if (i === null) return;
        expect(0 <= i.lower && i.lower <= value && value <= i.upper && i.upper <= 1).toBe(true);
        expect(i.confidence).toBe(confidence);
      }),
    );
  });

  test('a higher confidence never narrows the interval', () => {
    fc.assert(
      fc.property(counts, ({ successes, trials }) => {
        const r = rate(successes, trials);
        const narrow = wilsonInterval(r, 0.9);
        const wide = wilsonInterval(r, 0.99);
        if (narrow === null || wide === null) throw new Error('unexpected no data');
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });
});
