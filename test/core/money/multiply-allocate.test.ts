import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../../src/core/decimal.js';
import { CORE_MESSAGES, unwrap } from '../../../src/core/invariant.js';
import { allocateMoney } from '../../../src/core/money/allocate-money.js';
import { divideAndRound, toScaledInteger } from '../../../src/core/money/exact-decimal.js';
import { MONEY_MESSAGES } from '../../../src/core/money/messages.js';
import { type Money, money } from '../../../src/core/money/money.js';
import { moneyFromMinor } from '../../../src/core/money/money-from-minor.js';
import { moneyToString } from '../../../src/core/money/money-to-string.js';
import { multiplyMoney } from '../../../src/core/money/multiply-money.js';
import { type RoundingMode, RoundingModeSchema, roundingModeLabels } from '../../../src/core/money/rounding-mode.js';
import { shareOf } from '../../../src/core/money/share-of.js';
import { NO_DATA } from '../../../src/core/rate/no-data.js';
import { ratio } from '../../../src/core/rate/ratio.js';
import { expectThrows } from './helpers.js';

const cny = (value: string, scale?: number): Money<'CNY'> => unwrap(money(value, 'CNY', scale === undefined ? {} : { scale }));

describe('rounding modes', () => {
  test('every mode has a zh-CN and an en label', () => {
    expect(RoundingModeSchema.options).toEqual(['half-even', 'half-up', 'down', 'up', 'floor', 'ceil']);
    for (const mode of RoundingModeSchema.options) {
      expect(roundingModeLabels[mode]['zh-CN'].length).toBeGreaterThan(0);
      expect(roundingModeLabels[mode].en.length).toBeGreaterThan(0);
    }
    expect(roundingModeLabels['half-up']['zh-CN']).toBe('四舍五入');
  });

  //              2.5  -2.5  2.4  -2.4  2.6  3.5  -3.5  2.0
  const table: Record<RoundingMode, readonly bigint[]> = {
    'half-even': [2n, -2n, 2n, -2n, 3n, 4n, -4n, 2n],
    'half-up': [3n, -3n, 2n, -2n, 3n, 4n, -4n, 2n],
    down: [2n, -2n, 2n, -2n, 2n, 3n, -3n, 2n],
    up: [3n, -3n, 3n, -3n, 3n, 4n, -4n, 2n],
    floor: [2n, -3n, 2n, -3n, 2n, 3n, -4n, 2n],
    ceil: [3n, -2n, 3n, -2n, 3n, 4n, -3n, 2n],
  };
  const inputs: readonly [bigint, bigint][] = [[5n, 2n], [-5n, 2n], [12n, 5n], [-12n, 5n], [13n, 5n], [7n, 2n], [-7n, 2n], [4n, 2n]];
  test.each(Object.entries(table))('divideAndRound %s', (mode, expected) => {
    expect(inputs.map(([n, d]) => divideAndRound(n, d, mode as RoundingMode))).toEqual(expected);
  });

  test('an unknown mode throws INVALID_ROUNDING', () => {
    expectThrows(() => divideAndRound(1n, 2n, 'nearest' as RoundingMode), 'INVALID_ROUNDING', MONEY_MESSAGES.INVALID_ROUNDING);
  });

  test.each(Object.entries(table))('divideAndRound %s with a negative denominator: n / d = (-n) / (-d)', (mode, expected) => {
    expect(inputs.map(([n, d]) => divideAndRound(-n, -d, mode as RoundingMode))).toEqual(expected);
  });

  test('a negative denominator rounds like the textbook examples (5 ÷ -2 = -2.5, 7 ÷ -2 = -3.5)', () => {
    expect(divideAndRound(5n, -2n, 'floor')).toBe(-3n);
    expect(divideAndRound(5n, -2n, 'ceil')).toBe(-2n);
    expect(divideAndRound(5n, -2n, 'half-even')).toBe(-2n);
    expect(divideAndRound(7n, -2n, 'half-up')).toBe(-4n);
    expect(divideAndRound(-5n, -2n, 'floor')).toBe(2n);
  });

  /** Rounds n / d by first finding the floor exactly, then comparing the remainder: no shortcuts shared with divideAndRound. */
  function reference(n: bigint, d: bigint, mode: RoundingMode): bigint {
    const truncated = n / d;
    const floor = n % d !== 0n && n < 0n !== d < 0n ? truncated - 1n : truncated;
    const absD = d < 0n ? -d : d;
    const rest = (n - floor * d) * (d < 0n ? -1n : 1n); // |n/d - floor| × |d|, in [0, |d|)
    if (rest === 0n) return floor;
    const positive = floor >= 0n; // n/d lies strictly between floor and floor + 1
    const twice = 2n * rest;
    switch (mode) {
      case 'floor':
        return floor;
      case 'ceil':
        return floor + 1n;
      case 'down':
        return positive ? floor : floor + 1n;
      case 'up':
        return positive ? floor + 1n : floor;
      case 'half-up':
        if (twice !== absD) return twice < absD ? floor : floor + 1n;
        return positive ? floor + 1n : floor;
      case 'half-even':
        if (twice !== absD) return twice < absD ? floor : floor + 1n;
        return floor % 2n === 0n ? floor : floor + 1n;
      default: {
        const unreachable: never = mode;
        return unreachable;
      }
    }
  }

  test('property: every mode agrees with an independent reference for any sign of either operand', () => {
    const nonZero = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), nonZero, fc.constantFrom(...RoundingModeSchema.options), (n, d, mode) => {
        expect(divideAndRound(n, d, mode)).toBe(reference(n, d, mode));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -40n, max: 40n }), fc.bigInt({ min: -8n, max: -1n }), fc.constantFrom(...RoundingModeSchema.options), (n, d, mode) => {
        expect(divideAndRound(n, d, mode)).toBe(reference(n, d, mode));
        expect(divideAndRound(n, d, mode)).toBe(divideAndRound(-n, -d, mode));
      }),
      { numRuns: 2000 },
    );
  });

  test('a zero denominator throws DIVISION_BY_ZERO, not a native RangeError', () => {
    for (const mode of RoundingModeSchema.options) {
      const error = expectThrows(() => divideAndRound(5n, 0n, mode), 'DIVISION_BY_ZERO', CORE_MESSAGES.DIVISION_BY_ZERO);
      expect(error.details).toEqual({ numerator: '5', denominator: '0' });
    }
  });
});

describe('toScaledInteger', () => {
  test('reads decimals exactly', () => {
    expect(toScaledInteger('1.25')).toEqual({ coefficient: 125n, exponent: -2 });
    expect(toScaledInteger(-0.5)).toEqual({ coefficient: -5n, exponent: -1 });
    expect(toScaledInteger('1200')).toEqual({ coefficient: 12n, exponent: 2 });
    expect(toScaledInteger(new LcDecimal('0.000000000000000000000000000000000000000000001'))).toEqual({ coefficient: 1n, exponent: -45 });
    expect(toScaledInteger('0')).toEqual({ coefficient: 0n, exponent: 0 });
  });

  test('throws INVALID_FACTOR for non-decimals', () => {
    for (const bad of ['abc', Number.NaN, Number.POSITIVE_INFINITY, 'Infinity', '']) {
      expectThrows(() => toScaledInteger(bad), 'INVALID_FACTOR', MONEY_MESSAGES.INVALID_FACTOR);
    }
  });
});

describe('multiplyMoney', () => {
  const freight = cny('100.05');
  test('multiplies exactly and rounds once at the amount scale', () => {
    expect(moneyToString(multiplyMoney(freight, '0.5'))).toBe('50.02');
    expect(moneyToString(multiplyMoney(freight, '0.5', 'half-up'))).toBe('50.03');
    expect(moneyToString(multiplyMoney(freight, 0.5, 'ceil'))).toBe('50.03');
    expect(moneyToString(multiplyMoney(freight, '1.06'))).toBe('106.05');
    expect(moneyToString(multiplyMoney(freight, new LcDecimal('-2')))).toBe('-200.10');
    expect(moneyToString(multiplyMoney(cny('1.15'), '0.1', 'half-even'))).toBe('0.12');
    expect(moneyToString(multiplyMoney(cny('1.25'), '0.1', 'half-even'))).toBe('0.12');
    expect(moneyToString(multiplyMoney(cny('-1.25'), '0.1', 'floor'))).toBe('-0.13');
    expect(multiplyMoney(cny('0.0001', 4), '3')).toEqual({ amount: 3, scale: 4, currency: 'CNY' });
  });

  test('multiplies by a ratio exactly (1/3 of 100.05 CNY = 33.35)', () => {
    expect(moneyToString(multiplyMoney(freight, ratio(1, 3)))).toBe('33.35');
    expect(moneyToString(multiplyMoney(cny('100'), ratio(2, 3)))).toBe('66.67');
    expect(moneyToString(multiplyMoney(cny('100'), ratio(1, -3), 'floor'))).toBe('-33.34');
    expect(moneyToString(multiplyMoney(cny('1'), ratio(0.5, 0.25)))).toBe('2.00');
    expect(moneyToString(multiplyMoney(cny('1'), ratio(1e300, 1e300)))).toBe('1.00');
  });

  test('tiny and huge factors', () => {
    expect(multiplyMoney(cny('100'), '1e-30').amount).toBe(0);
    expect(multiplyMoney(cny('100'), '1e-30', 'up').amount).toBe(1);
    expect(multiplyMoney(cny('-100'), '1e-30', 'floor').amount).toBe(-1);
    expect(multiplyMoney(cny('0'), '1e400').amount).toBe(0);
    expectThrows(() => multiplyMoney(cny('0.01'), '1e400'), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
    expectThrows(() => multiplyMoney(cny('-0.01'), '-1e400'), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
    expectThrows(() => multiplyMoney(cny('1'), '1e16'), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
  });

  test('bad factors and amounts throw', () => {
    expectThrows(() => multiplyMoney(freight, 'x'), 'INVALID_FACTOR', MONEY_MESSAGES.INVALID_FACTOR);
    expectThrows(() => multiplyMoney(freight, Number.NaN), 'INVALID_FACTOR', MONEY_MESSAGES.INVALID_FACTOR);
    const zeroDen = { kind: 'ratio', numerator: 1, denominator: 0 } as const;
    expectThrows(() => multiplyMoney(freight, zeroDen), 'INVALID_FACTOR', MONEY_MESSAGES.INVALID_FACTOR);
    const bad = { amount: 0.5, scale: 2, currency: 'CNY' } as Money<'CNY'>;
    expectThrows(() => multiplyMoney(bad, 2), 'INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT);
  });

  test('does not mutate the amount', () => {
    const m = Object.freeze(cny('10'));
    multiplyMoney(m, '3');
    expect(m).toEqual({ amount: 1000, scale: 2, currency: 'CNY' });
  });
});

describe('allocateMoney', () => {
  test('100.00 CNY by [1, 1, 1] is 33.34, 33.33, 33.33', () => {
    expect(allocateMoney(cny('100'), [1, 1, 1]).map(moneyToString)).toEqual(['33.34', '33.33', '33.33']);
  });

  test('largest remainders get the leftover units; zero ratios get zero', () => {
    expect(allocateMoney(cny('0.05'), [3, 7]).map(moneyToString)).toEqual(['0.02', '0.03']);
    expect(allocateMoney(cny('0.05'), [1, 9]).map(moneyToString)).toEqual(['0.01', '0.04']);
    expect(allocateMoney(cny('0.10'), [1, 2, 3]).map((m) => m.amount)).toEqual([2, 3, 5]);
    expect(allocateMoney(cny('10'), ['0.7', '0', '0.3']).map(moneyToString)).toEqual(['7.00', '0.00', '3.00']);
    expect(allocateMoney(cny('1'), [1, 0, 2]).map((m) => m.amount)).toEqual([33, 0, 67]);
    expect(allocateMoney(cny('-100'), [1, 1, 1]).map(moneyToString)).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(allocateMoney(cny('0'), [1, 2]).map((m) => Object.is(m.amount, 0))).toEqual([true, true]);
    expect(allocateMoney(unwrap(money('1000', 'JPY')), [1, 1, 1]).map((m) => m.amount)).toEqual([334, 333, 333]);
    expect(allocateMoney(cny('1'), ['1e-200', '1']).map((m) => m.amount)).toEqual([0, 100]);
  });

  test('parts keep scale and currency and sum exactly to the amount', () => {
    const m = unwrap(moneyFromMinor(Number.MAX_SAFE_INTEGER, 'CNY'));
    const parts = allocateMoney(m, ['0.333', '0.333', '0.334']);
    expect(parts.reduce((s, p) => s + BigInt(p.amount), 0n)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
    expect(parts.every((p) => p.scale === 2 && p.currency === 'CNY')).toBe(true);
  });

  test('throws INVALID_ALLOCATION for bad ratios', () => {
    for (const ratios of [[], [0, 0], [1, -1], ['x'], [1, Number.NaN], ['1e-400', '1']]) {
      expectThrows(() => allocateMoney(cny('1'), ratios), 'INVALID_ALLOCATION', CORE_MESSAGES.INVALID_ALLOCATION);
    }
    const bad = { amount: Number.NaN, scale: 2, currency: 'CNY' } as Money<'CNY'>;
    expectThrows(() => allocateMoney(bad, [1]), 'INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT);
  });

  test('does not mutate the ratios', () => {
    const ratios = Object.freeze([2, 1]);
    allocateMoney(cny('1'), ratios);
    expect(ratios).toEqual([2, 1]);
  });
});

describe('shareOf', () => {
  test('is an exact ratio of minor units at the common scale', () => {
    expect(shareOf(cny('80'), cny('100'))).toEqual({ kind: 'ratio', numerator: 8000, denominator: 10000 });
    expect(shareOf(cny('0.5', 1), cny('2.000', 3))).toEqual({ kind: 'ratio', numerator: 500, denominator: 2000 });
  });

  test('a zero total is NO_DATA, never NaN', () => {
    expect(shareOf(cny('0'), cny('0'))).toBe(NO_DATA);
    expect(shareOf(cny('5'), cny('0', 4))).toEqual({ kind: 'no-data', numerator: 0, denominator: 0 });
  });

  test('throws on mixed currencies', () => {
    const usd = unwrap(money('1', 'USD')) as Money;
    expectThrows(() => shareOf(cny('1') as Money, usd), 'CURRENCY_MISMATCH', CORE_MESSAGES.CURRENCY_MISMATCH);
  });
});
