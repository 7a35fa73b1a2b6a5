import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NO_DATA } from '../../src/core/rate/no-data.js';
import { ratio } from '../../src/core/rate/ratio.js';
import { rate } from '../../src/core/rate/rate.js';
import { compareShare } from '../../src/segmentation/compare-share.js';
import { exactFraction } from '../../src/segmentation/exact-fraction.js';
import { formatShare, formatThreshold } from '../../src/segmentation/format-share.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { checkRecords } from '../../src/segmentation/record-checks.js';
import { daysAgo, id } from './fixtures.js';

describe('exactFraction', () => {
  test('reads the shortest decimal form exactly', () => {
    expect(exactFraction(0.8)).toEqual(ratio(8, 10));
    expect(exactFraction(0.05)).toEqual(ratio(5, 100));
    expect(exactFraction(0.95)).toEqual(ratio(95, 100));
    expect(exactFraction(2)).toEqual(ratio(2, 1));
    expect(exactFraction(1500)).toEqual(ratio(1500, 1));
    expect(exactFraction(-0.25)).toEqual(ratio(-25, 100));
    expect(exactFraction(0)).toEqual(ratio(0, 1));
    expect(exactFraction(1e-7)).toEqual(ratio(1, 10_000_000));
    expect(exactFraction(1.5e10)).toEqual(ratio(15_000_000_000, 1));
  });

  test('refuses what it cannot read exactly', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2, 1e-20, 1e20, '0.5' as unknown as number]) {
      expect(() => exactFraction(bad)).toThrowError(SEGMENTATION_MESSAGES.INVALID_FRACTION);
    }
  });

  test('law: the fraction equals the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }), (units, digits) => {
        const value = units / 10 ** digits;
        const f = exactFraction(value);
        expect(f.numerator / f.denominator).toBe(value);
      }),
    );
  });
});

describe('compareShare', () => {
  test('compares exactly at the line, below and above', () => {
    expect(compareShare(80, 100, 0.8)).toBe(0);
    expect(compareShare(8_000_000_000_000, 10_000_000_000_001, 0.8)).toBe(-1);
    expect(compareShare(1, 3, ratio(1, 3))).toBe(0);
    expect(compareShare(2, 3, ratio(-1, -2))).toBe(1);
    expect(compareShare(-5, 10, 0)).toBe(-1);
  });

  test('misuse throws', () => {
    expect(() => compareShare(1.5, 2, 0.5)).toThrowError(/ratio/);
    expect(() => compareShare(1, 0, 0.5)).toThrowError(/ratio/);
    expect(() => compareShare(1, 2, { kind: 'ratio', numerator: 0.5, denominator: 1 })).toThrowError(/ratio/);
  });
});

describe('formatShare and formatThreshold', () => {
  test('formats exact fractions with half-up rounding, negatives, rates and no data', () => {
    expect(formatShare(ratio(785, 1000), 'en')).toBe('78.5%');
    expect(formatShare(ratio(1, 3), 'zh-CN', 2)).toBe('33.33%');
    expect(formatShare(ratio(2, 3), 'en', 0)).toBe('67%');
    expect(formatShare(ratio(1, 8), 'en', 1)).toBe('12.5%');
    expect(formatShare(ratio(1, 1600), 'en', 2)).toBe('0.06%');
    expect(formatShare(ratio(-1, 4), 'en')).toBe('-25.0%');
    expect(formatShare(ratio(-1, 100_000), 'en')).toBe('0.0%');
    expect(formatShare(rate(37, 40), 'en')).toBe('92.5%');
    expect(formatShare(ratio(0.5, 2), 'en')).toBe('25.0%');
    expect(formatShare(NO_DATA, 'zh-CN')).toBe('无数据');
    expect(formatShare(NO_DATA, 'en')).toBe('no data');
  });

  test('NaN digits and a hand-built share with a zero denominator are typed errors, not native RangeErrors', () => {
    expect(() => formatShare(ratio(1, 3), 'en', Number.NaN)).toThrowError(expect.objectContaining({ code: 'INVALID_DIGITS' }));
    const byHand = (numerator: number, denominator: number) => ({ kind: 'ratio', numerator, denominator }) as ReturnType<typeof ratio>;
    for (const [n, d] of [[1, 0], [0, 0], [Number.NaN, 2], [1, Number.POSITIVE_INFINITY]] as const) {
      expect(() => formatShare(byHand(n, d), 'en')).toThrowError(expect.objectContaining({ code: 'INVALID_RATIO', details: { numerator: n, denominator: d } }));
    }
    // Digits outside 0–6 are still taken to the nearest end.
    expect([formatShare(ratio(1, 3), 'en', 9), formatShare(ratio(1, 3), 'en', -2)]).toEqual(['33.333333%', '33%']);
  });

  test('thresholds without trailing zeros', () => {
    expect([formatThreshold(0.8), formatThreshold(0.95), formatThreshold(0.05), formatThreshold(0.025), formatThreshold(1)]).toEqual(['80%', '95%', '5%', '2.5%', '100%']);
  });
});

describe('checkRecords', () => {
  test('reports unknown customers and invalid dates, skips absent optional dates', () => {
    const errors = checkRecords(
      new Set(['A']),
      [
        { customerId: id('A'), due: daysAgo(1) },
        { customerId: id('A'), due: daysAgo(1), paid: new Date('x') },
        { customerId: id('B'), due: 'not a date' as unknown as Date },
      ],
      'invoices',
      ['due', 'paid'],
    );
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_DATE', ['invoices', 1, 'paid']],
      ['UNKNOWN_CUSTOMER', ['invoices', 2, 'customerId']],
      ['INVALID_DATE', ['invoices', 2, 'due']],
    ]);
    expect(errors[0]!.messages).toEqual({ 'zh-CN': 'invoices 第 1 项的 paid 不是有效日期', en: 'invoices 1 has an invalid paid' });
  });
});
