import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../src/core/decimal.js';
import { renderError } from '../../src/core/domain-error.js';
import { ratio } from '../../src/core/rate/ratio.js';
import { projectRetention, TEXTBOOK_RETENTION } from '../../src/value/retention-projection.js';

describe('projectRetention: 客户每年流失 1/3 左右，不出 5 年老客户消失殆尽 (DOMAIN.md §4, seed 003)', () => {
  test('the defaults reproduce the textbook: (2/3)^5 = 32/243 ≈ 13 % left after 5 years', () => {
    const r = projectRetention({ initial: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const last = r.value.rows[4];
    expect(r.value.rows).toHaveLength(5);
    // exact fraction, divided once at 40 digits: identical to 32 ÷ 243 at 40 digits
    expect(last?.end.eq(new LcDecimal(32).div(243))).toBe(true);
    expect(last?.originalShare.eq(new LcDecimal(32).div(243))).toBe(true);
    expect(last?.endShare.times(100).toFixed(0)).toBe('13');
    expect(last?.endShare.toFixed(4)).toBe('0.1317');
    // hand computation: 1 → 2/3 → 4/9 → 8/27 → 16/81 → 32/243
    expect(r.value.rows.map((row) => row.end.toFixed(6))).toEqual(['0.666667', '0.444444', '0.296296', '0.197531', '0.131687']);
    expect(r.value.annualChurn.eq(new LcDecimal(1).div(3))).toBe(true);
    expect(r.value.belowThresholdYear).toBe(5);
    expect(r.value.threshold.toString()).toBe('0.15');
  });

  test('per-year rows: start, lost, gained and end for a base of 300', () => {
    const r = projectRetention({ initial: 300 });
    expect(r.ok && r.value.rows.slice(0, 2).map((row) => [row.year, row.start.toString(), row.lost.toString(), row.gained.toString(), row.end.toString()])).toEqual([
      [1, '300', '100', '0', '200'],
      [2, '200', '66.66666666666666666666666666666666666667', '0', '133.3333333333333333333333333333333333333'],
    ]);
  });

  test('new customers: the base tends to newPerYear ÷ churn, and the original customers still fade', () => {
    const r = projectRetention({ initial: 100, annualChurn: '0.2', newPerYear: 20, years: 40 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows[0]?.end.toString()).toBe('100');
    expect(r.value.rows.every((row) => row.end.eq(100))).toBe(true);
    expect(r.value.rows[9]?.originalShare.toString()).toBe('0.1073741824');
    expect(r.value.belowThresholdYear).toBeNull();
    const growing = projectRetention({ initial: 10, annualChurn: '0.5', newPerYear: 10, years: 3 });
    expect(growing.ok && growing.value.rows.map((row) => row.end.toString())).toEqual(['15', '17.5', '18.75']);
  });

  test('the threshold year and full churn', () => {
    const fifth = projectRetention({ initial: 1, threshold: '0.2' });
    expect(fifth.ok && fifth.value.belowThresholdYear).toBe(4);
    const all = projectRetention({ initial: 50, annualChurn: 1, years: 2 });
    expect(all.ok && all.value.rows.map((row) => row.end.toString())).toEqual(['0', '0']);
    expect(all.ok && all.value.belowThresholdYear).toBe(1);
    const exactChurn = projectRetention({ initial: 81, annualChurn: ratio(1, 3), years: 4 });
    expect(exactChurn.ok && exactChurn.value.rows[3]?.end.toString()).toBe('16');
    const decimalObject = projectRetention({ initial: new LcDecimal('1e3'), annualChurn: new LcDecimal('0.1'), years: 1 });
    expect(decimalObject.ok && decimalObject.value.rows[0]?.end.toString()).toBe('900');
    const ratioOfDecimals = projectRetention({ initial: 10, annualChurn: ratio(0.5, 2), years: 1 });
    expect(ratioOfDecimals.ok && ratioOfDecimals.value.rows[0]?.end.toString()).toBe('7.5');
  });

  test('bad parameters are returned together, with paths and both locales', () => {
    const r = projectRetention({ initial: 0, annualChurn: '1.5', years: 2.5, newPerYear: -1, threshold: ratio(3, 2) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_INITIAL', ['initial']],
      ['CHURN_OUT_OF_RANGE', ['annualChurn']],
      ['INVALID_YEARS', ['years']],
      ['INVALID_NEW_CUSTOMERS', ['newPerYear']],
      ['THRESHOLD_OUT_OF_RANGE', ['threshold']],
    ]);
    const churn = r.error[1];
    expect(churn && renderError(churn, 'zh-CN')).toBe('annualChurn: 年流失率须在 0 到 1 之间，收到 1.5');
    expect(churn && renderError(churn, 'en')).toBe('annualChurn: the annual churn must be between 0 and 1; received 1.5');
    const threshold = r.error[4];
    expect(threshold?.messages.en).toBe(
      'the threshold (a share of the initial base) must be between 0 and 1; received {"kind":"ratio","numerator":3,"denominator":2}',
    );
    const notNumbers = projectRetention({ initial: 'many', annualChurn: Number.NaN, years: 1001 });
    expect(!notNumbers.ok && notNumbers.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_NUMBER', ['initial']],
      ['INVALID_NUMBER', ['annualChurn']],
      ['INVALID_YEARS', ['years']],
    ]);
    expect(!notNumbers.ok && notNumbers.error[0]?.messages['zh-CN']).toBe('须为有限的十进制数（如 "0.8"）或比值（如 ratio(1, 3)）');
    const badRatio = projectRetention({ initial: 1, annualChurn: { kind: 'ratio', numerator: 1, denominator: 0 } });
    expect(!badRatio.ok && badRatio.error[0]?.code).toBe('INVALID_NUMBER');
  });

  test('an initial base of 1e-9000000000000000 is INVALID_NUMBER at once (it exhausted the heap), and a hex churn is refused', () => {
    const started = performance.now();
    const r = projectRetention({ initial: '1e-9000000000000000' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([['INVALID_NUMBER', ['initial']]]);
    const hex = projectRetention({ initial: 100, annualChurn: '0x0.8', years: 1 });
    expect(!hex.ok && hex.error.map((e) => [e.code, e.path])).toEqual([['INVALID_NUMBER', ['annualChurn']]]);
    const smallest = projectRetention({ initial: '1e-1000', years: 1 });
    expect(smallest.ok && smallest.value.rows[0]?.end.toString()).toBe('6.666666666666666666666666666666666666667e-1001');
  }, 10_000);

  test('the input and the textbook defaults are not mutated', () => {
    const input = { initial: 100, annualChurn: ratio(1, 4), years: 3 };
    const before = structuredClone(input);
    projectRetention(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(TEXTBOOK_RETENTION)).toBe(true);
  });

  test('property: with zero churn and no new customers the base is kept every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 50 }), (initial, years) => {
        const r = projectRetention({ initial, annualChurn: 0, years });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.rows).toHaveLength(years);
        for (const row of r.value.rows) {
          expect(row.end.eq(initial)).toBe(true);
          expect(row.lost.isZero()).toBe(true);
          expect(row.endShare.eq(1)).toBe(true);
        }
        expect(r.value.belowThresholdYear).toBeNull();
      }),
    );
  });

  test('property: without new customers the base never grows, and end = initial × (1 − churn)^year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 30 }), (initial, pct, years) => {
        const r = projectRetention({ initial, annualChurn: ratio(pct, 100), years });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const keep = new LcDecimal(100 - pct).div(100);
        for (const row of r.value.rows) {
          expect(row.end.lte(row.start)).toBe(true);
          expect(row.end.minus(keep.pow(row.year).times(initial)).abs().lte('1e-30')).toBe(true);
          expect(row.end.eq(row.originalRemaining)).toBe(true);
        }
      }),
    );
  });
});
