import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../src/core/decimal.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../src/core/invariant.js';
import type { Money } from '../../src/core/money/money.js';
import { NO_DATA } from '../../src/core/rate/no-data.js';
import { isScore, measureUnitOf, sameMeasureUnit, score, type ScoreScale, type ScoreTotal, toMeasureTotal } from '../../src/value/measure.js';
import {
  addTotals,
  compareTotals,
  subtractTotals,
  sumTotals,
  totalsRatio,
  totalToDecimal,
  zeroTotal,
} from '../../src/value/measure-arithmetic.js';
import { VALUE_MESSAGES } from '../../src/value/messages.js';
import { cny, s10, TEN, usd } from './helpers.js';

const st = (value: string, scale: ScoreScale = TEN): ScoreTotal => ({ kind: 'score-total', value: new LcDecimal(value), scale });

describe('score', () => {
  test('makes a score on a stated scale and copies the scale', () => {
    const scale = { min: 1, max: 5 };
    const r = score(4.5, scale);
    expect(r).toEqual({ ok: true, value: { kind: 'score', value: 4.5, scale: { min: 1, max: 5 } } });
    expect(r.ok && r.value.scale).not.toBe(scale);
    expect(score(-0, TEN)).toEqual({ ok: true, value: { kind: 'score', value: 0, scale: TEN } });
  });

  test('refuses bad scales and scores, in both locales', () => {
    const badScale = score(1, { min: 5, max: 5 });
    expect(!badScale.ok && [badScale.error.code, badScale.error.path]).toEqual(['INVALID_SCORE_SCALE', ['scale']]);
    expect(!score(1, { min: 0, max: Number.POSITIVE_INFINITY }).ok).toBe(true);
    expect(!score(1, null as unknown as { min: number; max: number }).ok).toBe(true);
    const nan = score(Number.NaN, TEN);
    expect(!nan.ok && nan.error.messages).toEqual({ 'zh-CN': '评分须为有限的数字', en: 'a score must be a finite number' });
    const off = score(10.5, TEN);
    expect(!off.ok && off.error.messages).toEqual({
      'zh-CN': '评分 10.5 不在量表 0–10 之内',
      en: 'the score 10.5 is outside its scale 0–10',
    });
  });
});

describe('measures and units', () => {
  test('tells scores from money and names their units', () => {
    expect(isScore(s10(3))).toBe(true);
    expect(isScore(cny('3'))).toBe(false);
    expect(measureUnitOf(s10(3))).toEqual({ kind: 'score', scale: TEN });
    expect(measureUnitOf(usd('1'))).toEqual({ kind: 'money', currency: 'USD' });
    expect(sameMeasureUnit(measureUnitOf(cny('1')), measureUnitOf(cny('2')))).toBe(true);
    expect(sameMeasureUnit(measureUnitOf(cny('1')), measureUnitOf(usd('2')))).toBe(false);
    expect(sameMeasureUnit(measureUnitOf(cny('1')), measureUnitOf(s10(2)))).toBe(false);
    expect(sameMeasureUnit(measureUnitOf(s10(1)), measureUnitOf(cny('2')))).toBe(false);
    expect(sameMeasureUnit(measureUnitOf(s10(1)), measureUnitOf(s10(9)))).toBe(true);
  });

  test('toMeasureTotal copies money and turns scores into exact totals', () => {
    const m = cny('1.5');
    expect(toMeasureTotal(m)).toEqual(m);
    expect(toMeasureTotal(m)).not.toBe(m);
    const t = toMeasureTotal(s10(0.1));
    expect(t.kind).toBe('score-total');
    expect(t.value.plus('0.2').toString()).toBe('0.3');
  });
});

describe('measure arithmetic', () => {
  test('adds, subtracts and compares money through the money API and scores exactly', () => {
    expect(addTotals(cny('0.1'), cny('0.2'))).toEqual(cny('0.3'));
    expect(subtractTotals(cny('1'), cny('2.5'))).toEqual(cny('-1.5'));
    expect(compareTotals(cny('1'), cny('0.99'))).toBe(1);
    expect(addTotals(st('0.1'), st('0.2')).value.toString()).toBe('0.3');
    expect(subtractTotals(st('1'), st('2.5')).value.toString()).toBe('-1.5');
    expect(compareTotals(st('1'), st('1.00'))).toBe(0);
    expect(compareTotals(st('1'), st('2'))).toBe(-1);
    expect(totalToDecimal(cny('12.30')).toString()).toBe('12.3');
    expect(totalToDecimal(st('7.25')).toString()).toBe('7.25');
  });

  test('totalToDecimal of an amount that is not a valid Money throws INVALID_AMOUNT / INVALID_SCALE, not a DecimalError', () => {
    const thrown = (t: Money): unknown => {
      try {
        return totalToDecimal(t).toString();
      } catch (error) {
        return error instanceof LogisticsCustomerError ? [error.code, error.message] : error;
      }
    };
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, 1e308]) {
      expect(thrown({ amount, scale: 2, currency: 'CNY' })).toEqual(['INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT]);
    }
    for (const scale of [-1, 1.5, Number.NaN]) {
      expect(thrown({ amount: 100, scale, currency: 'CNY' })).toEqual(['INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE]);
    }
  });

  test('combining money with a score, or two scales, throws with the exported messages', () => {
    expect(() => addTotals<Money | ScoreTotal>(cny('1'), st('1'))).toThrowError(VALUE_MESSAGES.MEASURE_MISMATCH);
    expect(() => compareTotals(st('1'), cny('1'))).toThrowError(LogisticsCustomerError);
    expect(() => subtractTotals(st('1'), st('1', { min: 1, max: 5 }))).toThrowError(VALUE_MESSAGES.SCALE_MISMATCH);
    try {
      totalsRatio(cny('1'), usd('1'));
      expect.unreachable();
    } catch (e) {
      expect((e as LogisticsCustomerError).code).toBe('CURRENCY_MISMATCH');
    }
  });

  test('ratios are exact fractions; a zero denominator gives NO_DATA', () => {
    expect(totalsRatio(cny('1'), { amount: 3, scale: 0, currency: 'CNY' })).toEqual({ kind: 'ratio', numerator: 100, denominator: 300 });
    expect(totalsRatio(cny('1'), cny('0'))).toBe(NO_DATA);
    expect(totalsRatio(st('1.5'), st('0.25'))).toEqual({ kind: 'ratio', numerator: 150, denominator: 25 });
    expect(totalsRatio(st('1'), st('0'))).toBe(NO_DATA);
  });

  test('sums and zeros per unit', () => {
    expect(zeroTotal({ kind: 'money', currency: 'JPY' })).toEqual({ amount: 0, scale: 0, currency: 'JPY' });
    expect(sumTotals([], { kind: 'money', currency: 'CNY' })).toEqual({ ok: true, value: { amount: 0, scale: 2, currency: 'CNY' } });
    const scores = sumTotals([st('1.1'), st('2.2')], { kind: 'score', scale: TEN });
    expect(scores.ok && (scores.value as ScoreTotal).value.toString()).toBe('3.3');
    expect(() => sumTotals([cny('1')], { kind: 'money', currency: 'USD' })).toThrowError(LogisticsCustomerError);
    expect(() => sumTotals([st('1')], { kind: 'money', currency: 'CNY' })).toThrowError(VALUE_MESSAGES.MEASURE_MISMATCH);
    const inputs = [cny('1'), cny('2')];
    const before = structuredClone(inputs);
    sumTotals(inputs, { kind: 'money', currency: 'CNY' });
    expect(inputs).toEqual(before);
  });
});
