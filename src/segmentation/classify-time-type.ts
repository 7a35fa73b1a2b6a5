import type { DomainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { Classification } from './classification.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { checkedDays } from './option-checks.js';
import type { TimeType } from './time-type.js';

/**
 * Options of {@link classifyTimeType}.
 *
 * @category Classifications
 */
export interface TimeTypeOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** How recent the last transaction must be for "transacting now", in days (default 90 [practice]). */
  readonly currentDays?: number;
  /** Customers in a deal right now (negotiating, quoting), current whether won or not. */
  readonly openDeals?: readonly CustomerId[];
}

/**
 * What a time type was derived from.
 *
 * @category Classifications
 */
export interface TimeTypeEvidence {
  /** The last transaction up to `now`, or `null` if none. */
  readonly lastOrderAt: Date | null;
  /** Whole days since the last transaction, or `null` if none. */
  readonly daysSinceLastOrder: number | null;
  /** The "transacting now" window applied, in days. */
  readonly currentDays: number;
  /** Whether the customer is in an open deal. */
  readonly openDeal: boolean;
}

/**
 * Classifies customers by time (按时间, DOMAIN.md §2 [seed 003]): 现在型 current if it transacted
 * within the last `currentDays` (default 90) or is in an open deal ("即使是第一次，只要正在交易，
 * 无论是否成交"); 过去型 past if it has a transaction record but nothing current; 未来型 future
 * (a potential customer) if it has no record at all.
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now`, the current window and the open deals.
 * @returns One classification per customer, in the customers' order, or the history's errors.
 * @throws LogisticsCustomerError `INVALID_NOW` or `INVALID_DAYS` for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { classifyTimeType } from 'logistics-customer/segmentation';
 * const [a, b, c] = [customerId('A'), customerId('B'), customerId('C')];
 * const order = { customerId: a, date: new Date('2025-06-30T00:00:00Z'), revenue: unwrap(moneyFromMinor(100, 'CNY')) };
 * const types = unwrap(classifyTimeType([{ id: a }, { id: b }, { id: c }], [order], {
 *   now: new Date('2026-03-31T00:00:00Z'),
 *   openDeals: [b],
 * }));
 * types.map((t) => t.class);
 * // => ['past', 'current', 'future']
 * types[0]!.explanation.en;
 * // => 'last transaction 274 days ago (more than 90) → Past customer'
 * ```
 * @category Classifications
 */
export function classifyTimeType(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: TimeTypeOptions,
): Result<readonly Classification<TimeType, TimeTypeEvidence>[], readonly DomainError<ActivityErrorCode>[]> {
  const currentDays = checkedDays(options.currentDays ?? 90, 'currentDays');
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: currentDays, periods: 1 });
  if (!activity.ok) return activity;
  const open = new Set<string>(options.openDeals ?? []);
  return ok(
    activity.value.map((a) => {
      const evidence: TimeTypeEvidence = {
        lastOrderAt: a.lastOrderAt,
        daysSinceLastOrder: a.daysSinceLastOrder,
        currentDays,
        openDeal: open.has(a.customerId),
      };
      const days = a.daysSinceLastOrder;
      if (days !== null && a.orders > 0) {
        return {
          customerId: a.customerId,
          class: 'current' as const,
          evidence,
          explanation: text(
            `最近一次交易在 ${days} 天前（${currentDays} 天内）→ 现在型客户`,
            `last transaction ${days} days ago (within ${currentDays}) → Current customer`,
          ),
        };
      }
      if (evidence.openDeal) {
        return {
          customerId: a.customerId,
          class: 'current' as const,
          evidence,
          explanation: text('正在洽谈交易（无论是否成交）→ 现在型客户', 'in a deal right now, won or not → Current customer'),
        };
      }
      if (days !== null) {
        return {
          customerId: a.customerId,
          class: 'past' as const,
          evidence,
          explanation: text(
            `有交易记录，最近一次在 ${days} 天前（超过 ${currentDays} 天）→ 过去型客户`,
            `last transaction ${days} days ago (more than ${currentDays}) → Past customer`,
          ),
        };
      }
      return {
        customerId: a.customerId,
        class: 'future' as const,
        evidence,
        explanation: text('尚无交易记录 → 未来型客户（潜在客户）', 'no transaction yet → Future customer (a potential one)'),
      };
    }),
  );
}
