import { type DomainError, domainError } from '../core/domain-error.js';
import { type LocalizedText, text } from '../core/locale.js';
import type { NoData } from '../core/rate/no-data.js';
import { rate, type Rate } from '../core/rate/rate.js';
import { err, ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { checkedDays, checkedNow, MAX_WINDOW_DAYS } from './option-checks.js';

/** A day in milliseconds (whole 24-hour days from `now`, in no time zone). */
const DAY_MS = 86_400_000;

/**
 * Options of {@link costDrags}.
 *
 * @category Differentiation analysis
 */
export interface CostDragOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** Days without a signed order that make a customer a drag (default 365: "一年多"). */
  readonly idleDays?: number;
}

/**
 * One customer that costs without signing (拉后腿的客户).
 *
 * @category Differentiation analysis
 */
export interface CostDrag {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Its last order, or `null` if it never ordered (then idleness counts from its record's creation). */
  readonly lastOrderAt: Date | null;
  /** Whole days without an order (since the last order, or since the record was created). */
  readonly daysIdle: number;
  /** Why, and what to do, in both locales. */
  readonly explanation: LocalizedText;
}

/**
 * The cost drags of a customer base.
 *
 * @category Differentiation analysis
 */
export interface CostDragReport {
  /** The drags, longest idle first (ties by customer id). */
  readonly drags: readonly CostDrag[];
  /** Drags out of all customers; the textbook expects about 20%. */
  readonly share: Rate | NoData;
}

/**
 * Differentiation question 2, finding the customers that cause cost (找出哪些客户导致了企业成本的
 * 发生, DOMAIN.md §3 [seed 003]): the "拉后腿的客户" — by the textbook about 20% of all — who have
 * not signed an order for over a year (`idleDays`, default 365); send them fewer letters and
 * materials. A customer that never ordered counts from the creation of its record, so a new
 * prospect is not a drag.
 *
 * @param customers - The customers (`id` and `createdAt` are read).
 * @param transactions - Their transactions.
 * @param options - `now` and the idle days.
 * @returns The drags and their share of all customers, or every error: an `INVALID_DATE` at
 *   `['customers', i, 'createdAt']` for a customer whose `createdAt` is not a valid `Date`
 *   (idleness could not be counted), then the history's errors (see {@link customerActivity}).
 * @throws LogisticsCustomerError for bad options: `INVALID_NOW`; `INVALID_DAYS` unless
 *   `idleDays` is a whole number from 1 to 100,000,000.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { costDrags } from 'logistics-customer/segmentation';
 * const old = { id: customerId('OLD'), createdAt: new Date('2023-01-01T00:00:00Z') };
 * const fresh = { id: customerId('NEW'), createdAt: new Date('2026-02-01T00:00:00Z') };
 * const report = unwrap(costDrags([old, fresh], [], { now: new Date('2026-03-31T00:00:00Z') }));
 * [report.drags.map((d) => [d.customerId, d.daysIdle]), report.share];
 * // => [[['OLD', 1185]], { kind: 'rate', numerator: 1, denominator: 2 }]
 * ```
 * @category Differentiation analysis
 */
export function costDrags(
  customers: readonly Pick<Customer, 'id' | 'createdAt'>[],
  transactions: readonly HistoryTransaction[],
  options: CostDragOptions,
): Result<CostDragReport, readonly DomainError<ActivityErrorCode>[]> {
  const now = checkedNow(options.now);
  const idleDays = checkedDays(options.idleDays ?? 365, 'idleDays', 1, MAX_WINDOW_DAYS);
  const created = new Float64Array(customers.length);
  const dateErrors: DomainError<ActivityErrorCode>[] = [];
  customers.forEach((customer, i) => {
    const time = customer.createdAt instanceof Date ? customer.createdAt.getTime() : Number.NaN;
    created[i] = time;
    if (Number.isNaN(time)) {
      dateErrors.push(
        domainError('INVALID_DATE', text(`第 ${i} 个客户的建档日期无效`, `customer ${i} has an invalid creation date`), {
          path: ['customers', i, 'createdAt'],
          details: { index: i, customerId: customer.id },
        }),
      );
    }
  });
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: idleDays, periods: 1 });
  if (!activity.ok) return err([...dateErrors, ...activity.error]);
  if (dateErrors.length > 0) return err(dateErrors);
  const drags: CostDrag[] = [];
  activity.value.forEach((a, i) => {
    const daysIdle = a.daysSinceLastOrder ?? Math.floor((now - (created[i] as number)) / DAY_MS);
    if (daysIdle <= idleDays) return;
    const since =
      a.lastOrderAt === null
        ? text(`建档 ${daysIdle} 天以来从未签单`, `no order signed in the ${daysIdle} days since the record was created`)
        : text(`已 ${daysIdle} 天没有签单`, `no order signed for ${daysIdle} days`);
    drags.push({
      customerId: a.customerId,
      lastOrderAt: a.lastOrderAt,
      daysIdle,
      explanation: text(
        `${since['zh-CN']}（超过 ${idleDays} 天）：减少寄送信函等资料`,
        `${since.en} (more than ${idleDays}): cut the letters and materials sent`,
      ),
    });
  });
  drags.sort((x, y) => y.daysIdle - x.daysIdle || (x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : 0));
  return ok({ drags, share: rate(drags.length, customers.length) });
}
