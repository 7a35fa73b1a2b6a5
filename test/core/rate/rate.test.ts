import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../../src/core/decimal.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../../src/core/invariant.js';
import { MONEY_MESSAGES } from '../../../src/core/money/messages.js';
import { isNoData, NO_DATA } from '../../../src/core/rate/no-data.js';
import { rate } from '../../../src/core/rate/rate.js';
import { ratio } from '../../../src/core/rate/ratio.js';
import { ratioToDecimal } from '../../../src/core/rate/ratio-to-decimal.js';
import { ratioToNumber } from '../../../src/core/rate/ratio-to-number.js';
import { formatRate } from '../../../src/core/rate/format-rate.js';
import { wilsonInterval } from '../../../src/core/rate/wilson-interval.js';

function expectThrows(fn: () => unknown, code: string, message: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LogisticsCustomerError);
  expect({ code: (caught as LogisticsCustomerError).code, message: (caught as LogisticsCustomerError).message }).toEqual({ code, message });
}

describe('ratio', () => {
  test('keeps numerator and denominator as given', () => {
    expect(ratio(3, 6)).toEqual({ kind: 'ratio', numerator: 3, denominator: 6 });
    expect(ratio(-1.5, 0.5)).toEqual({ kind: 'ratio', numerator: -1.5, denominator: 0.5 });
    expect(Object.is(ratio(-0, 5).numerator, 0)).toBe(true);
  });

  test('throws INVALID_RATIO for a zero denominator or non-finite values', () => {
    for (const [n, d] of [[1, 0], [Number.NaN, 1], [1, Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY, 1]] as const) {
      expectThrows(() => ratio(n, d), 'INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO);
    }
  });
});

describe('rate', () => {
  test('37 of 40 orders on time', () => {
    expect(rate(37, 40)).toEqual({ kind: 'rate', numerator: 37, denominator: 40 });
    expect(rate(0, 5)).toEqual({ kind: 'rate', numerator: 0, denominator: 5 });
    expect(rate(5, 5)).toEqual({ kind: 'rate', numerator: 5, denominator: 5 });
  });

  test('zero trials is NO_DATA, explicitly', () => {
    expect(rate(0, 0)).toBe(NO_DATA);
    expect(NO_DATA).toEqual({ kind: 'no-data', numerator: 0, denominator: 0 });
    expect(Object.isFrozen(NO_DATA)).toBe(true);
    expect(isNoData(rate(0, 0))).toBe(true);
    expect(isNoData(rate(1, 2))).toBe(false);
    expect(isNoData(ratio(1, 2))).toBe(false);
  });

  test('throws INVALID_RATE for counts that are not whole, negative or inverted', () => {
    for (const [s, t] of [[41, 40], [-1, 5], [1.5, 3], [1, 2.5], [Number.NaN, 3], [1, 2 ** 53], [1, 0]] as const) {
      expectThrows(() => rate(s, t), 'INVALID_RATE', CORE_MESSAGES.INVALID_RATE);
    }
  });
});

describe('ratioToNumber and ratioToDecimal', () => {
  test('ratioToNumber is null for no data, never NaN', () => {
    expect(ratioToNumber(rate(37, 40))).toBe(0.925);
    expect(ratioToNumber(ratio(1, 4))).toBe(0.25);
    expect(ratioToNumber(rate(0, 0))).toBeNull();
  });

  test('ratioToDecimal divides with 40 significant digits', () => {
    const onTime = rate(37, 40);
    if (onTime.kind === 'no-data') throw new Error('expected a rate');
    expect(ratioToDecimal(onTime).toString()).toBe('0.925');
    expect(ratioToDecimal(ratio(1, 3)).toString()).toBe('0.' + '3'.repeat(40));
    expect(ratioToDecimal(ratio(2, 3), 4).toString()).toBe('0.6667');
    expect(ratioToDecimal(ratio(1, 8), 2).toString()).toBe('0.12');
    expect(ratioToDecimal(ratio(1, 3))).toBeInstanceOf(LcDecimal);
  });

  test('ratioToDecimal refuses bad digits and a zero denominator', () => {
    for (const digits of [0, 41, 1.5]) {
      expectThrows(() => ratioToDecimal(ratio(1, 3), digits), 'INVALID_DIGITS', MONEY_MESSAGES.INVALID_DIGITS);
    }
    const zero = { kind: 'ratio', numerator: 1, denominator: 0 } as const;
    expectThrows(() => ratioToDecimal(zero), 'DIVISION_BY_ZERO', CORE_MESSAGES.DIVISION_BY_ZERO);
  });
});

describe('values built by hand that rate and ratio would refuse', () => {
  const rates = [
    { kind: 'rate', numerator: 5, denominator: 2 },
    { kind: 'rate', numerator: Number.NaN, denominator: 2 },
    { kind: 'rate', numerator: 1.5, denominator: 2 },
    { kind: 'rate', numerator: -1, denominator: 2 },
    { kind: 'rate', numerator: 0, denominator: 0 },
  ] as const;
  const ratios = [
    { kind: 'ratio', numerator: 1, denominator: 0 },
    { kind: 'ratio', numerator: Number.NaN, denominator: 2 },
    { kind: 'ratio', numerator: 1, denominator: Number.POSITIVE_INFINITY },
  ] as const;

  test('every reader of a share refuses them with INVALID_RATE / INVALID_RATIO, never NaN, Infinity or "NaN of 2"', () => {
    // Before: ratioToNumber gave Infinity for 1/0 and NaN for NaN/2, wilsonInterval NaN bounds for
    // 5 of 2, formatRate 'NaN of 2 (NaN%)', ratioToDecimal a NaN decimal.
    for (const r of rates) {
      expectThrows(() => ratioToNumber(r), 'INVALID_RATE', CORE_MESSAGES.INVALID_RATE);
      expectThrows(() => wilsonInterval(r), 'INVALID_RATE', CORE_MESSAGES.INVALID_RATE);
      expectThrows(() => formatRate(r, 'en'), 'INVALID_RATE', CORE_MESSAGES.INVALID_RATE);
      if (r.denominator !== 0) expectThrows(() => ratioToDecimal(r), 'INVALID_RATE', CORE_MESSAGES.INVALID_RATE);
    }
    for (const r of ratios) {
      expectThrows(() => ratioToNumber(r), 'INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO);
      if (r.denominator !== 0) expectThrows(() => ratioToDecimal(r), 'INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO);
    }
  });

  test('a confidence whose normal quantile is infinite is refused up front', () => {
    // Before: 1 − 1e-16 passed the check and normalQuantile(1) threw with { p: 1 }.
    expect(() => wilsonInterval(rate(3, 4), 1 - 1e-16)).toThrowError(
      expect.objectContaining({ code: 'INVALID_CONFIDENCE', message: CORE_MESSAGES.INVALID_CONFIDENCE, details: { confidence: 1 - 1e-16 } }),
    );
    expect(wilsonInterval(rate(3, 4), 1 - 2 ** -52)?.confidence).toBe(1 - 2 ** -52);
  });
});
