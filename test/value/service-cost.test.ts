import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import type { Money } from '../../src/core/money/money.js';
import { moneyToString } from '../../src/core/money/money-to-string.js';
import { NO_DATA } from '../../src/core/rate/no-data.js';
import { serviceCost, type ServiceCostInput, ServiceCostItemSchema } from '../../src/value/service-cost.js';
import { cny, usd } from './helpers.js';

describe('serviceCost: 客户服务成本 is a hidden cost (DOMAIN.md §4, seed 004)', () => {
  const items = {
    orderProcessing: cny('12000'),
    orderExecution: cny('30000'),
    partsAndServiceSupport: cny('6000'),
    returnsHandling: cny('2000.50'),
    lostSalesCurrentCustomers: cny('40000'),
    lostSalesPotentialCustomers: cny('10000.25'),
  };

  test('support and lost sales are summed exactly, the hidden part apart', () => {
    const r = serviceCost(items, 'CNY');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(moneyToString(r.value.support)).toBe('50000.50');
    expect(moneyToString(r.value.lostSales)).toBe('50000.25');
    expect(moneyToString(r.value.total)).toBe('100000.75');
    expect(r.value.lostSalesShare).toEqual({ kind: 'ratio', numerator: 5000025, denominator: 10000075 });
    expect(r.value.lines.map((l) => [l.item, l.part, moneyToString(l.amount)])).toEqual([
      ['orderProcessing', 'support', '12000.00'],
      ['orderExecution', 'support', '30000.00'],
      ['partsAndServiceSupport', 'support', '6000.00'],
      ['returnsHandling', 'support', '2000.50'],
      ['lostSalesCurrentCustomers', 'lost-sales', '40000.00'],
      ['lostSalesPotentialCustomers', 'lost-sales', '10000.25'],
    ]);
    expect(r.value.lines[0]?.share).toEqual({ kind: 'ratio', numerator: 1200000, denominator: 10000075 });
  });

  test('missing items count as nothing; nothing at all is a zero total with no share', () => {
    const onlyHidden = serviceCost({ lostSalesPotentialCustomers: cny('10') }, 'CNY');
    expect(onlyHidden.ok && [moneyToString(onlyHidden.value.support), onlyHidden.value.lostSalesShare]).toEqual([
      '0.00',
      { kind: 'ratio', numerator: 1000, denominator: 1000 },
    ]);
    const none = serviceCost({}, 'USD');
    expect(none.ok && [none.value.total, none.value.lostSalesShare, none.value.lines]).toEqual([
      { amount: 0, scale: 2, currency: 'USD' },
      NO_DATA,
      [],
    ]);
  });

  test('negative amounts, other currencies and unknown items are errors, in both locales', () => {
    const bad = { orderProcessing: cny('-1'), orderExecution: usd('5'), freight: cny('1') } as unknown as ServiceCostInput<'CNY'>;
    const r = serviceCost(bad, 'CNY');
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([
      ['UNKNOWN_COMPONENT', ['freight']],
      ['NEGATIVE_AMOUNT', ['orderProcessing', 'amount']],
      ['CURRENCY_MISMATCH', ['orderExecution', 'currency']],
    ]);
    if (r.ok) return;
    expect(r.error[0]?.messages).toEqual({ 'zh-CN': '“freight”不是客户服务成本的项目', en: '"freight" is not an item of customer service cost' });
    expect(r.error[1] && renderError(r.error[1], 'zh-CN')).toBe('orderProcessing.amount: orderProcessing 的金额不能为负');
    expect(r.error[2] && renderError(r.error[2], 'en')).toBe('orderExecution.currency: orderExecution is in USD, not in CNY');
  });

  test('a total beyond the money range is an error value', () => {
    const big: Money<'CNY'> = { amount: Number.MAX_SAFE_INTEGER, scale: 2, currency: 'CNY' };
    expect(serviceCost({ orderProcessing: big, lostSalesCurrentCustomers: big }, 'CNY')).toMatchObject({
      ok: false,
      error: [{ code: 'AMOUNT_OUT_OF_RANGE' }],
    });
    expect(serviceCost({ orderProcessing: big, orderExecution: big }, 'CNY')).toMatchObject({ ok: false, error: [{ code: 'AMOUNT_OUT_OF_RANGE' }] });
    expect(serviceCost({ lostSalesPotentialCustomers: big, lostSalesCurrentCustomers: big }, 'CNY')).toMatchObject({
      ok: false,
      error: [{ code: 'AMOUNT_OUT_OF_RANGE' }],
    });
  });

  test('the input is not mutated and lines do not alias it', () => {
    const before = structuredClone(items);
    const r = serviceCost(items, 'CNY');
    expect(items).toEqual(before);
    expect(r.ok && r.value.lines[0]?.amount).not.toBe(items.orderProcessing);
  });

  test('property: total = support + lost sales = Σ lines, exactly (BigInt check)', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 6, maxLength: 6 }), (amounts) => {
        const input: Record<string, Money<'CNY'>> = {};
        ServiceCostItemSchema.options.forEach((item, i) => {
          const a = amounts[i];
          if (a !== undefined) input[item] = { amount: a, scale: 2, currency: 'CNY' };
        });
        const r = serviceCost(input as ServiceCostInput<'CNY'>, 'CNY');
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const expected = amounts.reduce<bigint>((s, a) => s + BigInt(a ?? 0), 0n);
        const hidden = BigInt(amounts[4] ?? 0) + BigInt(amounts[5] ?? 0);
        expect(BigInt(r.value.total.amount)).toBe(expected);
        expect(BigInt(r.value.lostSales.amount)).toBe(hidden);
        expect(r.value.support.amount + r.value.lostSales.amount).toBe(r.value.total.amount);
        expect(r.value.lines.reduce((s, l) => s + l.amount.amount, 0)).toBe(r.value.total.amount);
      }),
    );
  });
});
