import type { DomainError } from '../core/domain-error.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { AbcEntry } from './abc-entry.js';
import { type ActivityErrorCode, type ActivityOptions, customerActivity, type HistoryTransaction } from './customer-activity.js';

/**
 * Builds the ABC entries of a period from the transaction history: each customer's revenue in
 * the window ending at `now` (default the last 365 days — 上年度的销售数据, DOMAIN.md §3) and its
 * profit when every order in the window has one. Customers without orders get zero (and end in
 * class C, flagged).
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now` and the window (see {@link customerActivity}).
 * @returns One entry per customer, in the customers' order, or the history's errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { abcEntries } from 'logistics-customer/segmentation';
 * const id = customerId('C-1');
 * const t = { customerId: id, date: new Date('2026-01-10T00:00:00Z'), revenue: unwrap(moneyFromMinor(5000, 'CNY')) };
 * unwrap(abcEntries([{ id }], [t, t], { now: new Date('2026-03-31T00:00:00Z') }));
 * // => [{ customerId: 'C-1', revenue: { amount: 10000, scale: 2, currency: 'CNY' } }]
 * ```
 * @category ABC analysis
 */
export function abcEntries(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: ActivityOptions,
): Result<readonly AbcEntry[], readonly DomainError<ActivityErrorCode>[]> {
  const activity = customerActivity(customers, transactions, options);
  if (!activity.ok) return activity;
  return ok(
    activity.value.map((a): AbcEntry =>
      a.profit === null ? { customerId: a.customerId, revenue: a.revenue } : { customerId: a.customerId, revenue: a.revenue, profit: a.profit },
    ),
  );
}
