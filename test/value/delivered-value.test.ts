import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import type { Money } from '../../src/core/money/money.js';
import { moneyToString } from '../../src/core/money/money-to-string.js';
import { NO_DATA } from '../../src/core/rate/no-data.js';
import { type CostBreakdown, deliveredValue, type ValueBreakdown } from '../../src/value/delivered-value.js';
import type { Measure, ScoreTotal } from '../../src/value/measure.js';
import { cny, s10, usd } from './helpers.js';

describe('deliveredValue: 客户让渡价值 = 客户总价值 − 客户总成本 (DOMAIN.md §4)', () => {
  test('money: totals, difference, ratio and breakdown are exact', () => {
    const value = { product: cny('1000'), service: cny('300'), personnel: cny('100'), image: cny('100') };
    const cost = { monetary: cny('900'), time: cny('150'), energy: cny('50') };
    const r = deliveredValue(value, cost);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(moneyToString(r.value.totalValue)).toBe('1500.00');
    expect(moneyToString(r.value.totalCost)).toBe('1100.00');
    expect(moneyToString(r.value.deliveredValue)).toBe('400.00');
    expect(r.value.deliveredValue.currency).toBe('CNY');
    expect(r.value.valueCostRatio).toEqual({ kind: 'ratio', numerator: 150000, denominator: 110000 });
    expect(r.value.unit).toEqual({ kind: 'money', currency: 'CNY' });
    expect(r.value.valueLines.map((l) => [l.component, l.amount.amount, l.share])).toEqual([
      ['product', 100000, { kind: 'ratio', numerator: 100000, denominator: 150000 }],
      ['service', 30000, { kind: 'ratio', numerator: 30000, denominator: 150000 }],
      ['personnel', 10000, { kind: 'ratio', numerator: 10000, denominator: 150000 }],
      ['image', 10000, { kind: 'ratio', numerator: 10000, denominator: 150000 }],
    ]);
    expect(r.value.costLines.map((l) => l.component)).toEqual(['monetary', 'time', 'energy']);
  });

  test('0.1 + 0.2 style decimals stay exact in money', () => {
    const r = deliveredValue({ product: cny('0.1'), service: cny('0.2') }, { monetary: cny('0.3') });
    expect(r.ok && r.value.deliveredValue).toEqual({ amount: 0, scale: 2, currency: 'CNY' });
  });

  test('a value lower than the cost gives a negative delivered value', () => {
    const r = deliveredValue({ product: cny('100') }, { monetary: cny('120'), time: cny('5.50') });
    expect(r.ok && moneyToString(r.value.deliveredValue)).toBe('-25.50');
  });

  test('components at different scales are added at the larger scale', () => {
    const fine: Money<'CNY'> = { amount: 12345, scale: 4, currency: 'CNY' };
    const r = deliveredValue({ product: cny('10') }, { monetary: fine });
    expect(r.ok && r.value.deliveredValue).toEqual({ amount: 87655, scale: 4, currency: 'CNY' });
  });

  test('scores on one stated scale add up as exact decimals', () => {
    const r = deliveredValue({ product: s10(8.5), service: s10(7.25) }, { monetary: s10(6.1), psychological: s10(0.15) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const total = r.value.totalValue as ScoreTotal;
    expect(total.kind).toBe('score-total');
    expect(total.value.toString()).toBe('15.75');
    expect((r.value.totalCost as ScoreTotal).value.toString()).toBe('6.25');
    expect((r.value.deliveredValue as ScoreTotal).value.toString()).toBe('9.5');
    expect(r.value.valueCostRatio).toEqual({ kind: 'ratio', numerator: 1575, denominator: 625 });
    expect(r.value.unit).toEqual({ kind: 'score', scale: { min: 0, max: 10 } });
  });

  test('no cost gives NO_DATA for the ratio, never Infinity', () => {
    const r = deliveredValue({ product: cny('10') }, {});
    expect(r.ok && r.value.valueCostRatio).toBe(NO_DATA);
    expect(r.ok && r.value.totalCost).toEqual({ amount: 0, scale: 2, currency: 'CNY' });
    const z = deliveredValue({}, { time: cny('0') });
    expect(z.ok && z.value.costLines[0]?.share).toBe(NO_DATA);
  });

  test('money is never added to scores: MEASURE_MISMATCH with a path, in both locales', () => {
    const value: ValueBreakdown<Measure> = { product: cny('100'), service: s10(8) };
    const cost: CostBreakdown<Measure> = { monetary: cny('50'), time: s10(3) };
    const r = deliveredValue(value, cost);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['MEASURE_MISMATCH', ['value', 'service']],
      ['MEASURE_MISMATCH', ['cost', 'time']],
    ]);
    const first = r.error[0];
    if (first === undefined) throw new Error('missing error');
    expect(renderError(first, 'en')).toBe(
      'value.service: money and scores are never added: every component in one calculation must be money in one currency or scores on one scale',
    );
    expect(renderError(first, 'zh-CN')).toBe(
      'value.service: 货币金额与评分不能相加：同一计算中的所有组成须同为货币（同一币种）或同为评分（同一量表）',
    );
  });

  test('different currencies and different scales are refused', () => {
    const mixed = deliveredValue<Measure>({ product: cny('1') }, { monetary: usd('1') });
    expect(!mixed.ok && mixed.error.map((e) => [e.code, e.path, e.messages['zh-CN']])).toEqual([
      ['CURRENCY_MISMATCH', ['cost', 'monetary'], '币种 USD 与 CNY 不一致，不同币种的金额不能相加'],
    ]);
    const scales = deliveredValue<Measure>({ product: s10(4) }, { monetary: { kind: 'score', value: 4, scale: { min: 1, max: 5 } } });
    expect(!scales.ok && scales.error.map((e) => [e.code, e.message])).toEqual([
      ['SCALE_MISMATCH', 'the score scale 1–5 differs from 0–10; scores on different scales are never added'],
    ]);
  });

  test('bad components: negative, off-scale, unknown, not a measure, nothing at all', () => {
    const bad = deliveredValue<Measure>(
      { product: cny('-1'), service: s10(11) } as ValueBreakdown<Measure>,
      { monetary: { kind: 'score', value: 1, scale: { min: 3, max: 2 } }, price: cny('1'), time: 'cheap' } as unknown as CostBreakdown<Measure>,
    );
    expect(!bad.ok && bad.error.map((e) => [e.code, e.path])).toEqual([
      ['NEGATIVE_COMPONENT', ['value', 'product']],
      ['SCORE_OUT_OF_SCALE', ['value', 'service', 'value']],
      ['UNKNOWN_COMPONENT', ['cost', 'price']],
      ['INVALID_SCORE_SCALE', ['cost', 'monetary', 'scale']],
      ['INVALID_MEASURE', ['cost', 'time']],
    ]);
    expect(!bad.ok && bad.error[2]?.messages).toEqual({
      'zh-CN': '“price”不是客户总成本的组成',
      en: '"price" is not a component of total customer cost',
    });
    const negScore = deliveredValue({ product: { kind: 'score', value: -2, scale: { min: -5, max: 5 } } }, {});
    expect(!negScore.ok && negScore.error[0]?.code).toBe('NEGATIVE_COMPONENT');
    const empty = deliveredValue({}, {});
    expect(!empty.ok && empty.error.map((e) => [e.code, e.messages])).toEqual([
      ['EMPTY_BREAKDOWN', { 'zh-CN': '至少需要一项价值或成本的组成', en: 'at least one value or cost component is needed' }],
    ]);
    const notObject = deliveredValue(null as unknown as ValueBreakdown<Money>, { monetary: cny('1') });
    expect(!notObject.ok && notObject.error.map((e) => [e.code, e.path])).toEqual([['INVALID_MEASURE', ['value']]]);
  });

  test('a total beyond the safe range of minor units is an error value, not a rounded number', () => {
    const huge: Money<'CNY'> = { amount: Number.MAX_SAFE_INTEGER, scale: 2, currency: 'CNY' };
    const r = deliveredValue({ product: huge, service: huge }, {});
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([['AMOUNT_OUT_OF_RANGE', ['value']]]);
  });

  test('inputs are not mutated and outputs do not alias them', () => {
    const value = { product: cny('10'), service: cny('5') };
    const cost = { monetary: cny('3') };
    const before = structuredClone({ value, cost });
    const r = deliveredValue(value, cost);
    expect({ value, cost }).toEqual(before);
    expect(r.ok && r.value.valueLines[0]?.amount).not.toBe(value.product);
  });

  const cents = fc.integer({ min: 0, max: 1e11 });
  const optionalCents = fc.option(cents, { nil: undefined });

  test('property: total value − total cost = delivered value, exactly (checked with BigInt)', () => {
    fc.assert(
      fc.property(fc.array(optionalCents, { minLength: 4, maxLength: 4 }), fc.array(optionalCents, { minLength: 6, maxLength: 6 }), (v, c) => {
        const m = (x: number): Money<'CNY'> => ({ amount: x, scale: 2, currency: 'CNY' });
        const keysV = ['product', 'service', 'personnel', 'image'] as const;
        const keysC = ['monetary', 'time', 'energy', 'informationSearch', 'convenience', 'psychological'] as const;
        const value: Record<string, Money<'CNY'>> = {};
        const cost: Record<string, Money<'CNY'>> = {};
        keysV.forEach((k, i) => { const x = v[i]; if (x !== undefined) value[k] = m(x); });
        keysC.forEach((k, i) => { const x = c[i]; if (x !== undefined) cost[k] = m(x); });
        const r = deliveredValue(value as ValueBreakdown<Money<'CNY'>>, cost as CostBreakdown<Money<'CNY'>>);
        const sum = (xs: readonly (number | undefined)[]): bigint => xs.reduce<bigint>((a, x) => a + BigInt(x ?? 0), 0n);
        if (Object.keys(value).length + Object.keys(cost).length === 0) {
          expect(r.ok).toBe(false);
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(BigInt(r.value.totalValue.amount)).toBe(sum(v));
        expect(BigInt(r.value.totalCost.amount)).toBe(sum(c));
        expect(BigInt(r.value.deliveredValue.amount)).toBe(sum(v) - sum(c));
        expect(r.value.deliveredValue.amount).toBe(r.value.totalValue.amount - r.value.totalCost.amount);
      }),
    );
  });

  test('property: scores — value − cost = delivered value exactly, for decimal scores', () => {
    const tenth = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
    fc.assert(
      fc.property(fc.array(tenth, { minLength: 1, maxLength: 4 }), fc.array(tenth, { minLength: 1, maxLength: 6 }), (v, c) => {
        const keysV = ['product', 'service', 'personnel', 'image'] as const;
        const keysC = ['monetary', 'time', 'energy', 'informationSearch', 'convenience', 'psychological'] as const;
        const value = Object.fromEntries(v.map((x, i) => [keysV[i], s10(x)]));
        const cost = Object.fromEntries(c.map((x, i) => [keysC[i], s10(x)]));
        const r = deliveredValue(value, cost);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const tenths = (xs: readonly number[]): number => xs.reduce((a, x) => a + Math.round(x * 10), 0);
        const dv = r.value.deliveredValue as ScoreTotal;
        expect(dv.value.times(10).toNumber()).toBe(tenths(v) - tenths(c));
        expect(dv.value.eq((r.value.totalValue as ScoreTotal).value.minus((r.value.totalCost as ScoreTotal).value))).toBe(true);
      }),
    );
  });
});
