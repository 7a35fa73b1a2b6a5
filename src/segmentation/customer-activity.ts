import type { CurrencyCode } from '../core/currency.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { err, ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import { type ServiceKind, ServiceKindSchema } from '../customer/service-kind.js';
import { indexHistory } from './history-index.js';
import { SEGMENTATION_MESSAGES } from './messages.js';
import { checkedDays, checkedNow, MAX_WINDOW_DAYS } from './option-checks.js';

/**
 * One transaction as the classifications read it: a full `Transaction` of the customer module
 * fits, and so does any record with these fields.
 *
 * @category Customer activity
 */
export interface HistoryTransaction {
  /** The customer it was with. */
  readonly customerId: CustomerId;
  /** When it took place. */
  readonly date: Date;
  /** The revenue (销售额). */
  readonly revenue: Money;
  /** The profit (利润额), when known. */
  readonly profit?: Money;
  /** The services bought, when recorded. */
  readonly services?: readonly ServiceKind[];
}

/**
 * Options of {@link customerActivity}.
 *
 * @category Customer activity
 */
export interface ActivityOptions {
  /** The moment of analysis; transactions after it are ignored. */
  readonly now: Date;
  /** The length of the current window in whole days, 1 to 100,000,000 (default 365: a year). */
  readonly windowDays?: number;
  /** Equal periods the current window is cut into, 1 to `windowDays`, to measure regularity (default 4: quarters). */
  readonly periods?: number;
  /** The currency of every amount; default the first transaction's (CNY when there is none). */
  readonly currency?: CurrencyCode;
}

/**
 * What one customer's history says at `now`: when it first and last ordered, what it bought in
 * the current window and in the window before, and in how many periods of the current window it
 * ordered. Every derived classification reads these.
 *
 * @category Customer activity
 */
export interface CustomerActivity {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The first order up to `now`, or `null` if it never ordered. */
  readonly firstOrderAt: Date | null;
  /** The last order up to `now`, or `null` if it never ordered. */
  readonly lastOrderAt: Date | null;
  /** Whole days from the last order to `now`, or `null` if it never ordered. */
  readonly daysSinceLastOrder: number | null;
  /** Orders in the current window (`now` − windowDays, `now`]. */
  readonly orders: number;
  /** Revenue in the current window. */
  readonly revenue: Money;
  /** Profit in the current window, or `null` when an order in it has no profit recorded. */
  readonly profit: Money | null;
  /** Orders in the window before the current one. */
  readonly previousOrders: number;
  /** Revenue in the window before the current one. */
  readonly previousRevenue: Money;
  /** Orders per period of the current window, oldest period first. */
  readonly periodOrders: readonly number[];
  /** Periods of the current window with at least one order. */
  readonly activePeriods: number;
  /** The distinct services bought in the current window, in the order of `ServiceKindSchema`. */
  readonly services: readonly ServiceKind[];
}

/**
 * The codes of the errors {@link customerActivity} (and every classification reading history)
 * can fail with.
 *
 * @category Customer activity
 */
export type ActivityErrorCode = 'CURRENCY_MISMATCH' | 'UNKNOWN_CUSTOMER' | 'DUPLICATE_CUSTOMER_ID' | 'INVALID_DATE' | 'AMOUNT_OUT_OF_RANGE';

/** A day in milliseconds: windows and "days since" are whole 24-hour days from `now`, in no time zone. */
const DAY_MS = 86_400_000;

const TOTAL_NAMES = {
  revenue: text('销售额', 'revenue'),
  profit: text('利润额', 'profit'),
  previousRevenue: text('上一期销售额', 'previous revenue'),
} as const;

const SERVICE_BITS = new Map(ServiceKindSchema.options.map((s, i) => [s, 1 << i] as const));

/**
 * Summarises every customer's transaction history at `now` (the evidence behind the derived
 * classifications of DOMAIN.md §2): first and last order, days since the last order, orders and
 * revenue in the current window (default the last 365 days) and in the window before, orders per
 * period (default quarters) and the services bought. Amounts are exact integer sums of minor
 * units; a transaction in another currency, of a customer not in the list, or with an invalid
 * date is reported, never skipped. Transactions dated after `now` are ignored.
 *
 * @param customers - The customers (only `id` is read); one activity each, in this order.
 * @param transactions - Their transactions, in any order.
 * @param options - `now`, window and periods.
 * @returns One activity per customer, or every error (`CURRENCY_MISMATCH`, `UNKNOWN_CUSTOMER`,
 *   `DUPLICATE_CUSTOMER_ID`, `INVALID_DATE`, `AMOUNT_OUT_OF_RANGE`) with its path.
 * @throws LogisticsCustomerError `INVALID_NOW` when `now` is not a valid `Date`;
 *   `INVALID_DAYS` unless `windowDays` is a whole number from 1 to 100,000,000 (a longer window,
 *   8.64e15 ms, would leave the range of a `Date`); `INVALID_PERIODS` unless `periods` is a whole
 *   number from 1 to `windowDays`.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { customerActivity } from 'logistics-customer/segmentation';
 * const id = customerId('C-1');
 * const order = (iso: string) => ({ customerId: id, date: new Date(iso), revenue: unwrap(moneyFromMinor(10000, 'CNY')) });
 * const [activity] = unwrap(customerActivity([{ id }], [order('2025-06-01T00:00:00Z'), order('2026-03-01T00:00:00Z')], {
 *   now: new Date('2026-03-31T00:00:00Z'),
 * }));
 * [activity!.orders, activity!.daysSinceLastOrder, activity!.activePeriods, activity!.revenue.amount];
 * // => [2, 30, 2, 20000]
 * ```
 * @category Customer activity
 */
export function customerActivity(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: ActivityOptions,
): Result<readonly CustomerActivity[], readonly DomainError<ActivityErrorCode>[]> {
  const now = checkedNow(options.now);
  const windowDays = checkedDays(options.windowDays ?? 365, 'windowDays', 1, MAX_WINDOW_DAYS);
  const periods = options.periods ?? 4;
  if (!Number.isInteger(periods) || periods < 1 || periods > windowDays) {
    throw new LogisticsCustomerError('INVALID_PERIODS', SEGMENTATION_MESSAGES.INVALID_PERIODS, { periods, windowDays });
  }
  const windowMs = windowDays * DAY_MS;
  const start = now - windowMs;
  const previousStart = start - windowMs;
  const periodMs = windowMs / periods;

  const index = indexHistory(customers, transactions, options.currency);
  if (!index.ok) return index;
  const { indexOf, currency, scale } = index.value;
  const errors: DomainError<ActivityErrorCode>[] = [];

  // Accumulate into typed arrays (one slot per customer): no object per customer until the end.
  const n = customers.length;
  const first = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const last = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const orders = new Uint32Array(n);
  const revenue = new Float64Array(n);
  const profit = new Float64Array(n);
  const profitUnknown = new Uint8Array(n);
  const previousOrders = new Uint32Array(n);
  const previousRevenue = new Float64Array(n);
  const periodOrders = new Uint32Array(n * periods);
  const services = new Uint16Array(n);
  for (const t of transactions) {
    const time = t.date.getTime();
    if (time > now) continue;
    const i = indexOf.get(t.customerId) as number;
    if (time < (first[i] as number)) first[i] = time;
    if (time > (last[i] as number)) last[i] = time;
    const amount = t.revenue.scale === scale ? t.revenue.amount : t.revenue.amount * 10 ** (scale - t.revenue.scale);
    if (time > start) {
      orders[i]! += 1;
      revenue[i]! += amount;
      if (t.profit === undefined) profitUnknown[i] = 1;
      else profit[i]! += t.profit.amount * 10 ** (scale - t.profit.scale);
      periodOrders[i * periods + Math.min(periods - 1, Math.floor((time - start) / periodMs))]! += 1;
      if (t.services !== undefined) for (const kind of t.services) services[i]! |= SERVICE_BITS.get(kind) ?? 0;
    } else if (time > previousStart) {
      previousOrders[i]! += 1;
      previousRevenue[i]! += amount;
    }
  }

  const money = (amount: number): Money => ({ amount: amount === 0 ? 0 : amount, scale, currency });
  const out: CustomerActivity[] = [];
  for (let i = 0; i < n; i++) {
    const id = (customers[i] as Pick<Customer, 'id'>).id;
    for (const [key, total] of [
      ['revenue', revenue[i] as number],
      ['profit', profit[i] as number],
      ['previousRevenue', previousRevenue[i] as number],
    ] as const) {
      if (!Number.isSafeInteger(total)) {
        errors.push(
          domainError('AMOUNT_OUT_OF_RANGE', text(`客户 ${id} 的${TOTAL_NAMES[key]['zh-CN']}合计超出精确范围`, `the ${TOTAL_NAMES[key].en} total of ${id} is beyond the exact range`), {
            path: ['customers', i],
            details: { customerId: id, field: key },
          }),
        );
      }
    }
    const lastAt = last[i] as number;
    const ordered = lastAt !== Number.NEGATIVE_INFINITY;
    const perPeriod = Array.from(periodOrders.subarray(i * periods, (i + 1) * periods));
    const bits = services[i] as number;
    out.push({
      customerId: id,
      firstOrderAt: ordered ? new Date(first[i] as number) : null,
      lastOrderAt: ordered ? new Date(lastAt) : null,
      daysSinceLastOrder: ordered ? Math.floor((now - lastAt) / DAY_MS) : null,
      orders: orders[i] as number,
      revenue: money(revenue[i] as number),
      profit: profitUnknown[i] === 1 ? null : money(profit[i] as number),
      previousOrders: previousOrders[i] as number,
      previousRevenue: money(previousRevenue[i] as number),
      periodOrders: perPeriod,
      activePeriods: perPeriod.filter((k) => k > 0).length,
      services: bits === 0 ? [] : ServiceKindSchema.options.filter((_, bit) => (bits & (1 << bit)) !== 0),
    });
  }
  return errors.length > 0 ? err(errors) : ok(out);
}
