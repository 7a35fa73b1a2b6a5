import { describe, expect, test } from 'vitest';
import { Decimal } from 'decimal.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../../src/core/invariant.js';
import { normalQuantile } from '../../../src/core/rate/normal-quantile.js';
import { rate } from '../../../src/core/rate/rate.js';
import { wilsonInterval } from '../../../src/core/rate/wilson-interval.js';

function expectInvalidConfidence(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LogisticsCustomerError);
  expect((caught as LogisticsCustomerError).code).toBe('INVALID_CONFIDENCE');
  expect((caught as LogisticsCustomerError).message).toBe(CORE_MESSAGES.INVALID_CONFIDENCE);
}

/** Φ(x) by its Taylor series Φ(x) = ½ + φ(x)·Σ x^(2k+1)/(1·3·…·(2k+1)), in 60-digit decimals. */
const D = Decimal.clone({ precision: 60 });
function normalCdf(x: number): number {
  const dx = new D(x);
  const x2 = dx.times(dx);
  let term = dx;
  let sum = dx;
  for (let k = 1; k < 2000; k++) {
    term = term.times(x2).div(2 * k + 1);
    sum = sum.plus(term);
    if (term.abs().lt('1e-58')) break;
  }
  const phi = x2.div(-2).exp().div(D.sqrt(D.acos(-1).times(2)));
  return phi.times(sum).plus(0.5).toNumber();
}

describe('normalQuantile', () => {
  test('matches published quantiles', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 14);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
  });

  test('inverts a high-precision normal CDF to better than 1e-9, in all three regions', () => {
    for (const p of [1e-300, 1e-20, 1e-12, 1e-6, 0.001, 0.02, 0.075, 0.3, 0.5, 0.7, 0.925, 0.97, 0.999, 1 - 1e-9]) {
      const z = normalQuantile(p);
      const back = normalCdf(z);
      if (p < 1e-5) {
        // far tails: compare relative to p (the series in 60 digits keeps that well beyond 1e-9)
        if (p >= 1e-20) expect(Math.abs(back - p) / p).toBeLessThan(1e-9);
        expect(z).toBeLessThan(-4);
      } else {
        expect(Math.abs(back - p)).toBeLessThan(1e-12);
      }
    }
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0471, 3);
  });

  test('is antisymmetric', () => {
    for (const p of [0.01, 0.1, 0.3, 0.45]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 12);
  });

  test('throws outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expectInvalidConfidence(() => normalQuantile(p));
  });
});

describe('wilsonInterval', () => {
  test('37 of 40 on time at 95%, checked against a hand computation', () => {
    // By hand: n = 40, p = 0.925, z = 1.959964, z² = 3.841459, z²/n = 0.0960365.
    // centre = (0.925 + 3.841459/80) / 1.0960365 = 0.9730182 / 1.0960365 = 0.887761
    // half   = 1.959964 × √(0.925 × 0.075 / 40 + 3.841459 / 6400) / 1.0960365
    //        = 1.959964 × √(0.00173438 + 0.00060023) / 1.0960365 = 0.0864031
    // interval ≈ [0.801358, 0.974164]
    const i = wilsonInterval(rate(37, 40));
    expect(i).not.toBeNull();
    expect(i?.confidence).toBe(0.95);
    expect(i?.lower).toBeCloseTo(0.801358, 5);
    expect(i?.upper).toBeCloseTo(0.974164, 5);
  });

  test('other confidence levels widen or narrow the interval', () => {
    const i99 = wilsonInterval(rate(37, 40), 0.99);
    const i90 = wilsonInterval(rate(37, 40), 0.9);
    const i95 = wilsonInterval(rate(37, 40));
    expect(i99 && i95 && i99.lower < i95.lower && i99.upper > i95.upper).toBe(true);
    expect(i90 && i95 && i90.lower > i95.lower && i90.upper < i95.upper).toBe(true);
  });

  test('stays inside [0, 1] at the edges', () => {
    const none = wilsonInterval(rate(0, 10));
    expect(none?.lower).toBe(0);
    // upper = z² / (n + z²) for x = 0
    expect(none?.upper).toBeCloseTo(3.841459 / 13.841459, 5);
    const all = wilsonInterval(rate(10, 10));
    expect(all?.upper).toBe(1);
    expect(all?.lower).toBeCloseTo(10 / 13.841459, 5);
  });

  test('no data gives null; a bad confidence throws', () => {
    expect(wilsonInterval(rate(0, 0))).toBeNull();
    for (const c of [0, 1, 95, -0.5, Number.NaN]) expectInvalidConfidence(() => wilsonInterval(rate(1, 2), c));
    expectInvalidConfidence(() => wilsonInterval(rate(0, 0), 2));
  });
});
