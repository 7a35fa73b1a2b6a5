import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { abcEntries } from '../../src/segmentation/abc-entries.js';
import { customerActivity } from '../../src/segmentation/customer-activity.js';
import { checkedCount, checkedDays, checkedNow } from '../../src/segmentation/option-checks.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { cny, daysAgo, deepFreeze, id, moneyOf, NOW, order } from './fixtures.js';

const customers = [{ id: id('A') }, { id: id('B') }, { id: id('C') }];

describe('customerActivity', () => {
  test('summarises windows, periods, services and dates per customer', () => {
    const history = [
      order('A', 10, 1000, ['transport']),
      order('A', 100, 2000, ['warehousing', 'transport']),
      order('A', 300, 500),
      order('A', 400, 700), // the window before
      order('A', 800, 900), // before both windows
      order('B', 500, 50),
    ];
    const r = customerActivity(customers, history, { now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b, c] = r.value;
    expect(a).toEqual({
      customerId: 'A',
      firstOrderAt: daysAgo(800),
      lastOrderAt: daysAgo(10),
      daysSinceLastOrder: 10,
      orders: 3,
      revenue: cny(3500),
      profit: null,
      previousOrders: 1,
      previousRevenue: cny(700),
      periodOrders: [1, 0, 1, 1],
      activePeriods: 3,
      services: ['transport', 'warehousing'],
    });
    expect(b).toMatchObject({ orders: 0, previousOrders: 1, previousRevenue: cny(50), daysSinceLastOrder: 500, revenue: cny(0), profit: cny(0), activePeriods: 0, services: [] });
    expect(c).toMatchObject({ firstOrderAt: null, lastOrderAt: null, daysSinceLastOrder: null, orders: 0 });
  });

  test('profit is summed when every order in the window has one; scales are aligned exactly', () => {
    const history = [
      { customerId: id('A'), date: daysAgo(1), revenue: cny(100), profit: cny(10) },
      { customerId: id('A'), date: daysAgo(2), revenue: moneyOf(1, 'CNY', 3), profit: moneyOf(5, 'CNY', 3) },
    ];
    const r = customerActivity([{ id: id('A') }], history, { now: NOW });
    expect(r.ok && r.value[0]).toMatchObject({ revenue: moneyOf(1001, 'CNY', 3), profit: moneyOf(105, 'CNY', 3) });
  });

  test('transactions after now are ignored; a window boundary belongs to the older window', () => {
    const history = [order('A', -5, 999), order('A', 365, 10), order('A', 0, 1)];
    const r = customerActivity([{ id: id('A') }], history, { now: NOW });
    expect(r.ok && r.value[0]).toMatchObject({ orders: 1, revenue: cny(1), previousOrders: 1, previousRevenue: cny(10), daysSinceLastOrder: 0 });
  });

  test('does not depend on the machine time zone: days are 24-hour days from now', () => {
    const r = customerActivity([{ id: id('A') }], [{ customerId: id('A'), date: new Date(NOW.getTime() - 36 * 3_600_000), revenue: cny(1) }], { now: NOW });
    expect(r.ok && r.value[0]!.daysSinceLastOrder).toBe(1);
  });

  test('does not mutate its input', () => {
    const history = deepFreeze([order('A', 10, 1000, ['transport'])]);
    const list = deepFreeze([{ id: id('A') }]);
    expect(customerActivity(list, history, { now: NOW }).ok).toBe(true);
    expect(history[0]!.revenue).toEqual(cny(1000));
  });

  test('reports unknown customers, invalid dates, mixed currencies and duplicate ids — never skips them', () => {
    const r = customerActivity(
      [{ id: id('A') }, { id: id('A') }],
      [
        order('Z', 1, 1),
        { customerId: id('A'), date: new Date('nope'), revenue: cny(1) },
        { customerId: id('A'), date: daysAgo(1), revenue: moneyOf(1, 'USD') },
        { customerId: id('A'), date: daysAgo(1), revenue: cny(1), profit: moneyOf(1, 'EUR') },
      ],
      { now: NOW },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['DUPLICATE_CUSTOMER_ID', ['customers', 1, 'id']],
      ['UNKNOWN_CUSTOMER', ['transactions', 0, 'customerId']],
      ['INVALID_DATE', ['transactions', 1, 'date']],
      ['CURRENCY_MISMATCH', ['transactions', 2, 'revenue', 'currency']],
      ['CURRENCY_MISMATCH', ['transactions', 3, 'profit', 'currency']],
    ]);
    expect(renderError(r.error[1]!, 'zh-CN')).toBe('transactions[0].customerId: 第 0 笔交易的客户 Z 不在客户名单中');
    expect(renderError(r.error[1]!, 'en')).toBe('transactions[0].customerId: transaction 0 is with Z, who is not in the customer list');
  });

  test('a revenue total beyond the exact range is reported', () => {
    const big = { customerId: id('A'), date: daysAgo(1), revenue: cny(9_000_000_000_000_000) };
    const r = customerActivity([{ id: id('A') }], [big, big], { now: NOW });
    expect(r.ok ? [] : r.error.map((e) => [e.code, e.details])).toEqual([['AMOUNT_OUT_OF_RANGE', { customerId: 'A', field: 'revenue' }]]);
  });

  test('bad options throw with the exported messages', () => {
    expect(() => customerActivity([], [], { now: new Date('x') })).toThrowError(SEGMENTATION_MESSAGES.INVALID_NOW);
    expect(() => customerActivity([], [], { now: NOW, windowDays: 0 })).toThrowError(SEGMENTATION_MESSAGES.INVALID_DAYS);
    expect(() => customerActivity([], [], { now: NOW, periods: 0 })).toThrowError(SEGMENTATION_MESSAGES.INVALID_PERIODS);
    expect(() => customerActivity([], [], { now: NOW, windowDays: 3, periods: 4 })).toThrowError(LogisticsCustomerError);
    expect(() => checkedNow('2026-01-01' as unknown as Date)).toThrowError(SEGMENTATION_MESSAGES.INVALID_NOW);
    expect(() => checkedDays(1.5, 'x')).toThrowError(SEGMENTATION_MESSAGES.INVALID_DAYS);
    expect(checkedDays(0, 'x', 0)).toBe(0);
    expect(() => checkedCount(-1, 'minContacts', 0)).toThrowError(SEGMENTATION_MESSAGES.INVALID_COUNT);
    expect(checkedCount(0, 'minContacts', 0)).toBe(0);
  });

  test('a window must stay within the range of a Date: at most 100,000,000 days (8.64e15 ms)', () => {
    const history = [order('A', 450, 500_000), order('A', 300, 50_000), order('A', 89, 50_000)];
    const widest = customerActivity([{ id: id('A') }], history, { now: NOW, windowDays: 100_000_000 });
    expect(widest.ok ? widest.value.map((a) => [a.orders, a.periodOrders, a.activePeriods]) : widest.error).toEqual([[3, [0, 0, 0, 3], 1]]);
    for (const [windowDays, periods] of [
      [100_000_001, 4],
      [1e306, 4],
      [1e12, 1e10],
    ] as const) {
      expect(() => customerActivity([{ id: id('A') }], history, { now: NOW, windowDays, periods })).toThrowError(
        expect.objectContaining({
          name: 'LogisticsCustomerError',
          code: 'INVALID_DAYS',
          message: SEGMENTATION_MESSAGES.INVALID_DAYS,
          details: { option: 'windowDays', received: windowDays, min: 1, max: 100_000_000 },
        }),
      );
    }
    expect(() => customerActivity([], [], { now: NOW, windowDays: 10, periods: 11 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIODS', details: { periods: 11, windowDays: 10 } }),
    );
    expect(() => checkedDays(8, 'x', 1, 7)).toThrowError(expect.objectContaining({ code: 'INVALID_DAYS', details: { option: 'x', received: 8, min: 1, max: 7 } }));
    expect(() => checkedDays(0, 'x')).toThrowError(expect.objectContaining({ code: 'INVALID_DAYS', details: { option: 'x', received: 0, min: 1 } }));
    expect(checkedDays(7, 'x', 1, 7)).toBe(7);
  });
});

describe('abcEntries', () => {
  test('builds one entry per customer from last year, with profit only when known', () => {
    const history = [
      { customerId: id('A'), date: daysAgo(3), revenue: cny(500), profit: cny(50) },
      { customerId: id('B'), date: daysAgo(3), revenue: cny(200) },
      { customerId: id('B'), date: daysAgo(400), revenue: cny(9999) },
    ];
    const r = abcEntries(customers, history, { now: NOW });
    expect(r).toEqual({
      ok: true,
      value: [
        { customerId: 'A', revenue: cny(500), profit: cny(50) },
        { customerId: 'B', revenue: cny(200) },
        { customerId: 'C', revenue: cny(0), profit: cny(0) },
      ],
    });
    expect(abcEntries([], [order('A', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});
