import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../src/core/decimal.js';
import { renderError } from '../../src/core/domain-error.js';
import type { Money } from '../../src/core/money/money.js';
import { moneyToString } from '../../src/core/money/money-to-string.js';
import { ratio } from '../../src/core/rate/ratio.js';
import {
  customerLifetimeValue,
  lifetimeValueFromHistory,
  type LifetimeValueFromHistoryOptions,
  type MarginRecord,
} from '../../src/value/customer-lifetime-value.js';
import { lifetimeValueMultiple } from '../../src/value/lifetime-value-multiple.js';
import { cny, usd } from './helpers.js';

describe('lifetimeValueMultiple', () => {
  test('closed form r / (1 + d − r) and the finite sum, checked by hand', () => {
    const inf = lifetimeValueMultiple({ retention: '0.8', discountRate: '0.1', horizon: 'infinite' });
    expect(inf.ok && inf.value.multiple.eq(new LcDecimal(8).div(3))).toBe(true);
    expect(inf.ok && inf.value.periods).toEqual([]);
    const two = lifetimeValueMultiple({ retention: '0.5', discountRate: 0, horizon: 2 });
    // 0.5 + 0.25
    expect(two.ok && two.value.multiple.toString()).toBe('0.75');
    expect(two.ok && two.value.periods.map((p) => [p.period, p.survival.toString(), p.discountFactor.toString(), p.weight.toString()])).toEqual([
      [1, '0.5', '1', '0.5'],
      [2, '0.25', '1', '0.25'],
    ]);
    const discounted = lifetimeValueMultiple({ retention: '0.9', discountRate: '0.25', horizon: 1 });
    expect(discounted.ok && discounted.value.periods[0]?.discountFactor.toString()).toBe('0.8');
    expect(discounted.ok && discounted.value.multiple.toString()).toBe('0.72');
  });

  test('a long finite horizon approaches the closed form', () => {
    const finite = lifetimeValueMultiple({ retention: '0.8', discountRate: '0.1', horizon: 400 });
    const closed = lifetimeValueMultiple({ retention: '0.8', discountRate: '0.1', horizon: 'infinite' });
    expect(finite.ok && closed.ok && closed.value.multiple.minus(finite.value.multiple).abs().lt('1e-30')).toBe(true);
  });

  test('retention outside [0, 1), discount rate ≤ −1, a bad horizon and divergence are typed errors in both locales', () => {
    const r = lifetimeValueMultiple({ retention: 1, discountRate: -1, horizon: 0 });
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([
      ['RETENTION_OUT_OF_RANGE', ['retention']],
      ['DISCOUNT_RATE_OUT_OF_RANGE', ['discountRate']],
      ['INVALID_HORIZON', ['horizon']],
    ]);
    if (r.ok) return;
    const [retention, discount, horizon] = r.error;
    expect(retention && renderError(retention, 'zh-CN')).toBe('retention: 保留率须满足 0 ≤ r < 1，收到 1');
    expect(retention && renderError(retention, 'en')).toBe('retention: the retention must satisfy 0 ≤ r < 1; received 1');
    expect(discount?.messages).toEqual({ 'zh-CN': '折现率须大于 −1，收到 -1', en: 'the discount rate must be above −1; received -1' });
    expect(horizon?.messages.en).toBe("the horizon must be a whole number of periods from 1 to 10000 or 'infinite'; received 0");
    const negative = lifetimeValueMultiple({ retention: '-0.1', discountRate: 'x', horizon: 10001 });
    expect(!negative.ok && negative.error.map((e) => e.code)).toEqual(['RETENTION_OUT_OF_RANGE', 'INVALID_NUMBER', 'INVALID_HORIZON']);
    const diverges = lifetimeValueMultiple({ retention: '0.9', discountRate: '-0.2', horizon: 'infinite' });
    expect(!diverges.ok && diverges.error.map((e) => [e.code, e.messages['zh-CN']])).toEqual([
      ['DIVERGENT_SERIES', '无限期数时须满足 r < 1 + d，否则终身价值发散（r = 0.9，d = -0.2）'],
    ]);
    const finiteIsFine = lifetimeValueMultiple({ retention: '0.9', discountRate: '-0.2', horizon: 2 });
    expect(finiteIsFine.ok && finiteIsFine.value.multiple.toString()).toBe('2.390625');
  });
});

describe('customerLifetimeValue (closed form)', () => {
  test('m × r / (1 + d − r): ¥1000 a year, 80 % retention, 10 % discount → ¥2666.67', () => {
    const r = customerLifetimeValue({ margin: cny('1000'), retention: '0.8', discountRate: '0.1', horizon: 'infinite' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(moneyToString(r.value.value)).toBe('2666.67');
    expect(r.value.exact.toFixed(10)).toBe('2666.6666666667');
    expect(r.value.marginStatus).toBe('positive');
    expect(r.value.marginPerPeriod.toString()).toBe('1000');
  });

  test('the textbook retention of 2/3 a year, kept exact as a ratio', () => {
    const r = customerLifetimeValue({ margin: cny('300'), retention: ratio(2, 3), discountRate: 0, horizon: 'infinite' });
    // 300 × (2/3) / (1 − 2/3) = 600
    expect(r.ok && moneyToString(r.value.value)).toBe('600.00');
  });

  test('zero and negative margins are allowed and reported', () => {
    const loss = customerLifetimeValue({ margin: cny('-100'), retention: '0.5', discountRate: 0, horizon: 'infinite' });
    expect(loss.ok && [moneyToString(loss.value.value), loss.value.marginStatus]).toEqual(['-100.00', 'negative']);
    const zero = customerLifetimeValue({ margin: cny('0'), retention: '0.5', discountRate: 0, horizon: 3 });
    expect(zero.ok && [moneyToString(zero.value.value), zero.value.marginStatus]).toEqual(['0.00', 'zero']);
  });

  test('rounds half-even to the margin scale and keeps the currency', () => {
    const jpy: Money<'JPY'> = { amount: 1, scale: 0, currency: 'JPY' };
    const r = customerLifetimeValue({ margin: jpy, retention: '0.5', discountRate: 0, horizon: 1 });
    expect(r.ok && r.value.value).toEqual({ amount: 0, scale: 0, currency: 'JPY' }); // 0.5 → 0 (half-even)
    const r2 = customerLifetimeValue({ margin: { ...jpy, amount: 3 }, retention: '0.5', discountRate: 0, horizon: 1 });
    expect(r2.ok && r2.value.value.amount).toBe(2); // 1.5 → 2
  });

  test('parameter errors pass through; a result beyond the money range is an error value', () => {
    const bad = customerLifetimeValue({ margin: cny('1'), retention: '1.2', discountRate: '0', horizon: 'infinite' });
    expect(!bad.ok && bad.error[0]?.code).toBe('RETENTION_OUT_OF_RANGE');
    const huge = customerLifetimeValue({
      margin: { amount: Number.MAX_SAFE_INTEGER, scale: 2, currency: 'CNY' },
      retention: '0.99',
      discountRate: 0,
      horizon: 'infinite',
    });
    expect(!huge.ok && huge.error[0]?.code).toBe('AMOUNT_OUT_OF_RANGE');
  });

  test('a margin that is not a valid Money is INVALID_AMOUNT / INVALID_SCALE, never a raw DecimalError', () => {
    const base = { retention: '0.8', discountRate: '0.1', horizon: 'infinite' } as const;
    const codesOf = (margin: Money<'CNY'>): unknown => {
      const r = customerLifetimeValue({ ...base, margin });
      return r.ok ? 'ok' : r.error.map((e) => [e.code, e.path]);
    };
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 1]) {
      expect([amount, codesOf({ amount, scale: 2, currency: 'CNY' })]).toEqual([amount, [['INVALID_AMOUNT', ['margin', 'amount']]]]);
    }
    for (const scale of [-1, 1.5, Number.NaN, 20]) {
      expect([scale, codesOf({ amount: 100, scale, currency: 'CNY' })]).toEqual([scale, [['INVALID_SCALE', ['margin', 'scale']]]]);
    }
    const both = customerLifetimeValue({ ...base, retention: '1.2', margin: { amount: Number.NaN, scale: -1, currency: 'CNY' } });
    expect(!both.ok && both.error.map((e) => e.code)).toEqual(['INVALID_SCALE', 'INVALID_AMOUNT', 'RETENTION_OUT_OF_RANGE']);
    if (both.ok) return;
    expect(both.error[1]?.messages).toEqual({
      'zh-CN': '金额须为以最小货币单位计的安全整数（如 12345 表示 123.45），收到 NaN',
      en: 'the amount must be a whole number of minor units within the safe integer range (12345 for 123.45); received NaN',
    });
    expect(both.error[0]?.messages.en).toBe('the scale must be a whole number from 0 to 15; received -1');
    expect(both.error[1]?.details).toEqual({ received: Number.NaN, currency: 'CNY', scale: -1 });
  });

  test('property: CLV is monotone in retention and in margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 989 }),
        fc.integer({ min: 0, max: 989 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom<number | 'infinite'>(1, 5, 24, 'infinite'),
        (m1, m2, r1, r2, d, horizon) => {
          const clv = (margin: number, r: number): { exact: Decimal; value: number } => {
            const out = customerLifetimeValue({
              margin: { amount: margin, scale: 2, currency: 'CNY' },
              retention: ratio(r, 1000),
              discountRate: ratio(d, 1000),
              horizon,
            });
            if (!out.ok) throw new Error(out.error[0]?.message);
            return { exact: out.value.exact, value: out.value.value.amount };
          };
          const [lowM, highM] = m1 <= m2 ? [m1, m2] : [m2, m1];
          const [lowR, highR] = r1 <= r2 ? [r1, r2] : [r2, r1];
          // in margin, at fixed retention
          expect(clv(lowM, highR).value).toBeLessThanOrEqual(clv(highM, highR).value);
          // in retention, at fixed margin (strictly for a positive margin and different retentions)
          const a = clv(highM, lowR);
          const b = clv(highM, highR);
          expect(a.value).toBeLessThanOrEqual(b.value);
          if (highM > 0 && highR > lowR) expect(a.exact.lt(b.exact)).toBe(true);
        },
      ),
    );
  });
});

describe('lifetimeValueFromHistory', () => {
  const options: LifetimeValueFromHistoryOptions<'CNY'> = {
    currency: 'CNY',
    from: new Date('2025-01-01T00:00:00+08:00'),
    to: new Date('2026-01-01T00:00:00+08:00'),
    periodsInWindow: 12,
    retention: '0.95',
    discountRate: '0.01',
    horizon: 24,
  };
  const history: readonly MarginRecord<'CNY'>[] = [
    { date: new Date('2024-12-31T23:59:59+08:00'), margin: cny('999') }, // before the window
    { date: new Date('2025-01-01T00:00:00+08:00'), margin: cny('300') },
    { date: new Date('2025-06-15T10:00:00+08:00'), margin: cny('-50') },
    { date: new Date('2025-12-31T23:59:59+08:00'), margin: cny('350.5') },
    { date: new Date('2026-01-01T00:00:00+08:00'), margin: cny('999') }, // the end is exclusive
  ];

  test('average margin per period over the window, then discounted', () => {
    const r = lifetimeValueFromHistory(history, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(moneyToString(r.value.totalMargin)).toBe('600.50');
    expect(r.value.recordsUsed).toBe(3);
    expect(r.value.recordsOutsideWindow).toBe(2);
    expect(r.value.periodsInWindow).toBe(12);
    expect(r.value.marginPerPeriod.toString()).toBe('50.04166666666666666666666666666666666667');
    // hand computation: Σ_{t=1}^{24} (0.95 / 1.01)^t = q (1 − q^24) / (1 − q)
    const q = new LcDecimal('0.95').div('1.01');
    const multiple = q.times(new LcDecimal(1).minus(q.pow(24))).div(new LcDecimal(1).minus(q));
    expect(r.value.multiple.multiple.minus(multiple).abs().lt('1e-35')).toBe(true);
    expect(r.value.multiple.periods).toHaveLength(24);
    expect(moneyToString(r.value.value)).toBe(new LcDecimal(600.5).div(12).times(multiple).toFixed(2));
    expect(moneyToString(r.value.value)).toBe('610.12'); // float check: 50.041666… × 12.1922894684… = 610.1225
  });

  test('no record in the window: a zero margin, reported', () => {
    const r = lifetimeValueFromHistory([], options);
    expect(r.ok && [r.value.marginStatus, moneyToString(r.value.value), r.value.recordsUsed]).toEqual(['zero', '0.00', 0]);
  });

  test('a loss-making customer has a negative lifetime value, reported', () => {
    const r = lifetimeValueFromHistory([{ date: new Date('2025-03-01T00:00:00Z'), margin: cny('-120') }], { ...options, horizon: 'infinite' });
    expect(r.ok && r.value.marginStatus).toBe('negative');
    expect(r.ok && r.value.value.amount < 0).toBe(true);
  });

  test('bad history and options: every problem, with paths, in both locales', () => {
    const r = lifetimeValueFromHistory<'CNY'>(
      [
        { date: new Date('nope'), margin: cny('1') },
        { date: new Date('2025-02-01T00:00:00Z'), margin: usd('1') as unknown as Money<'CNY'> },
      ],
      { ...options, from: options.to, periodsInWindow: 0, retention: '1' },
    );
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_WINDOW', ['from']],
      ['INVALID_PERIODS', ['periodsInWindow']],
      ['RETENTION_OUT_OF_RANGE', ['retention']],
      ['INVALID_DATE', ['history', 0, 'date']],
      ['CURRENCY_MISMATCH', ['history', 1, 'margin', 'currency']],
    ]);
    if (r.ok) return;
    expect(r.error[4]?.messages).toEqual({ 'zh-CN': '第 1 条记录的币种为 USD，应为 CNY', en: 'record 1 is in USD, not in CNY' });
    expect(r.error[1] && renderError(r.error[1], 'zh-CN')).toBe('periodsInWindow: 窗口期数须为大于 0 的整数，收到 0');
    expect(r.error[0]?.messages.en).toBe('the observation window needs valid dates with from before to');
  });

  test('a margin that is not a valid Money is an error value with the record index, inside the window or not', () => {
    const inside = new Date('2025-05-05T00:00:00Z');
    const outside = new Date('2020-05-05T00:00:00Z');
    const r = lifetimeValueFromHistory<'CNY'>(
      [
        { date: inside, margin: cny('1') },
        { date: inside, margin: { amount: Number.NaN, scale: 2, currency: 'CNY' } },
        { date: inside, margin: { amount: 5, scale: -1, currency: 'CNY' } },
        { date: outside, margin: { amount: 1.5, scale: 2, currency: 'CNY' } },
      ],
      options,
    );
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_AMOUNT', ['history', 1, 'margin', 'amount']],
      ['INVALID_SCALE', ['history', 2, 'margin', 'scale']],
      ['INVALID_AMOUNT', ['history', 3, 'margin', 'amount']],
    ]);
  });

  test('a total margin beyond the money range is an error value', () => {
    const big: Money<'CNY'> = { amount: Number.MAX_SAFE_INTEGER, scale: 2, currency: 'CNY' };
    const at = new Date('2025-05-05T00:00:00Z');
    const r = lifetimeValueFromHistory([{ date: at, margin: big }, { date: at, margin: big }], options);
    expect(!r.ok && r.error[0]?.code).toBe('AMOUNT_OUT_OF_RANGE');
  });

  test('inputs are not mutated', () => {
    const copy = history.map((h) => ({ date: new Date(h.date.getTime()), margin: { ...h.margin } }));
    const opts = { ...options };
    lifetimeValueFromHistory(history, options);
    expect(history).toEqual(copy);
    expect(options).toEqual(opts);
  });
});
