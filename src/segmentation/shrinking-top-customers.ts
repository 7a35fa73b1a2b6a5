import type { DomainError } from '../core/domain-error.js';
import { type LocalizedText, text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { type Ratio, ratio } from '../core/rate/ratio.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { AbcEntry } from './abc-entry.js';
import type { AbcErrorCode } from './abc-result.js';
import { DEFAULT_ABC_THRESHOLDS } from './abc-thresholds.js';
import { classifyAbc } from './classify-abc.js';
import { type ActivityErrorCode, customerActivity, type CustomerActivity, type HistoryTransaction } from './customer-activity.js';
import { formatShare } from './format-share.js';

/**
 * Options of {@link shrinkingTopCustomers}.
 *
 * @category Differentiation analysis
 */
export interface ShrinkingTopCustomersOptions {
  /** The moment of analysis: "this year" is the window ending here, "last year" the one before. */
  readonly now: Date;
  /** The length of a year in days (default 365). */
  readonly windowDays?: number;
  /** The share of customers that were last year's largest, by revenue (default 0.05: top 5%). */
  readonly topShare?: number;
}

/**
 * One of last year's largest customers that orders less this year.
 *
 * @category Differentiation analysis
 */
export interface ShrinkingCustomer {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Its rank by revenue last year. */
  readonly previousRank: number;
  /** Revenue last year. */
  readonly previousRevenue: Money;
  /** Revenue this year. */
  readonly revenue: Money;
  /** (this year − last year) / last year, negative. */
  readonly change: Ratio;
  /** Orders last year. */
  readonly previousOrders: number;
  /** Orders this year. */
  readonly orders: number;
  /** What to do, in both locales. */
  readonly explanation: LocalizedText;
}

/**
 * Differentiation question 5 (去年最大客户今年的订货量是否减少, DOMAIN.md §3 [seed 003]): takes last
 * year's largest customers (the top 5% by revenue in the year before the current one) and returns
 * those whose revenue this year (the 365 days up to `now`) is lower — visit them before the
 * competitors do. In last year's rank order.
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now`, the year's length and the top share.
 * @returns The shrinking top customers, or the errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { shrinkingTopCustomers } from 'logistics-customer/segmentation';
 * const big = customerId('BIG');
 * const order = (iso: string, yuan: number) => ({ customerId: big, date: new Date(iso), revenue: unwrap(moneyFromMinor(yuan * 100, 'CNY')) });
 * const [s] = unwrap(shrinkingTopCustomers([{ id: big }], [order('2025-01-10T00:00:00Z', 1000), order('2026-01-10T00:00:00Z', 600)], {
 *   now: new Date('2026-03-31T00:00:00Z'),
 * }));
 * [s!.customerId, s!.change, s!.explanation.en];
 * // => ['BIG', { kind: 'ratio', numerator: -40000, denominator: 100000 }, 'ranked 1 by revenue last year, -40.0% this year: visit before the competitors do']
 * ```
 * @category Differentiation analysis
 */
export function shrinkingTopCustomers(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: ShrinkingTopCustomersOptions,
): Result<readonly ShrinkingCustomer[], readonly DomainError<ActivityErrorCode | AbcErrorCode>[]> {
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: options.windowDays ?? 365, periods: 1 });
  if (!activity.ok) return activity;
  const topShare = options.topShare ?? DEFAULT_ABC_THRESHOLDS.count.a;
  const byId = new Map<string, CustomerActivity>(activity.value.map((a) => [a.customerId, a]));
  const entries = activity.value.map((a): AbcEntry => ({ customerId: a.customerId, revenue: a.previousRevenue }));
  const abc = classifyAbc(entries, { rule: 'count', thresholds: { a: topShare, b: Math.max(topShare, DEFAULT_ABC_THRESHOLDS.count.b) } });
  if (!abc.ok) return abc;
  const out: ShrinkingCustomer[] = [];
  for (const row of abc.value.customers) {
    if (row.class !== 'A') continue;
    const a = byId.get(row.customerId) as CustomerActivity;
    const previous = a.previousRevenue.amount;
    const current = a.revenue.amount;
    if (current >= previous) continue;
    const change = ratio(current - previous, previous);
    const rank = row.evidence.rank;
    out.push({
      customerId: a.customerId,
      previousRank: rank,
      previousRevenue: a.previousRevenue,
      revenue: a.revenue,
      change,
      previousOrders: a.previousOrders,
      orders: a.orders,
      explanation: text(
        `去年销售额排名第 ${rank}，今年变化 ${formatShare(change, 'zh-CN')}：在竞争对手之前去拜访`,
        `ranked ${rank} by revenue last year, ${formatShare(change, 'en')} this year: visit before the competitors do`,
      ),
    });
  }
  return ok(out);
}
