import type { DomainError } from '../core/domain-error.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { AbcBasis } from './abc-basis.js';
import type { AbcEntry } from './abc-entry.js';
import type { AbcAssignment, AbcErrorCode } from './abc-result.js';
import { DEFAULT_ABC_THRESHOLDS } from './abc-thresholds.js';
import { classifyAbc } from './classify-abc.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';

/**
 * Options of {@link forecastKeyCustomers}.
 *
 * @category Differentiation analysis
 */
export interface KeyCustomerForecastOptions {
  /** The moment of analysis; last year is the window ending here. */
  readonly now: Date;
  /** The length of "last year" in days (default 365). */
  readonly windowDays?: number;
  /** The share of customers that are key customers (default 0.05: 5%). */
  readonly share?: number;
  /** Rank by revenue (default) or profit. */
  readonly basis?: AbcBasis;
}

/**
 * Differentiation question 1, identifying key customers (识别关键客户, DOMAIN.md §3 [seed 003]):
 * "运用上年度的销售数据来预测本年度占客户总数目 5% 的关键客户" — ranks last year's revenue (or
 * profit) and returns the top 5% of customers by the count rule, with their evidence.
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now`, the year's length and the share.
 * @returns The forecast key customers in rank order, or the errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { forecastKeyCustomers } from 'logistics-customer/segmentation';
 * const customers = Array.from({ length: 40 }, (_, i) => ({ id: customerId(`C-${String(i).padStart(2, '0')}`) }));
 * const history = customers.map((c, i) => ({ customerId: c.id, date: new Date('2025-12-01T00:00:00Z'), revenue: unwrap(moneyFromMinor((i + 1) * 1000, 'CNY')) }));
 * unwrap(forecastKeyCustomers(customers, history, { now: new Date('2026-01-01T00:00:00Z') })).map((c) => c.customerId);
 * // => ['C-39', 'C-38']
 * ```
 * @category Differentiation analysis
 */
export function forecastKeyCustomers(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: KeyCustomerForecastOptions,
): Result<readonly AbcAssignment[], readonly DomainError<ActivityErrorCode | AbcErrorCode>[]> {
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: options.windowDays ?? 365, periods: 1 });
  if (!activity.ok) return activity;
  const share = options.share ?? DEFAULT_ABC_THRESHOLDS.count.a;
  const entries = activity.value.map((a): AbcEntry =>
    a.profit === null ? { customerId: a.customerId, revenue: a.revenue } : { customerId: a.customerId, revenue: a.revenue, profit: a.profit },
  );
  const abc = classifyAbc(entries, {
    basis: options.basis ?? 'revenue',
    rule: 'count',
    thresholds: { a: share, b: Math.max(share, DEFAULT_ABC_THRESHOLDS.count.b) },
  });
  if (!abc.ok) return abc;
  return ok(abc.value.customers.filter((c) => c.class === 'A'));
}
