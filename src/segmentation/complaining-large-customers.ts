import type { DomainError } from '../core/domain-error.js';
import { type LocalizedText, text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { ComplaintRecord } from './complaint-record.js';
import { checkedCount, checkedDays, checkedNow } from './option-checks.js';
import { checkRecords } from './record-checks.js';

/** A day in milliseconds (whole 24-hour days from `now`, in no time zone). */
const DAY_MS = 86_400_000;

/**
 * Options of {@link complainingLargeCustomers}.
 *
 * @category Differentiation analysis
 */
export interface ComplainingLargeCustomersOptions {
  /** The moment of analysis; last year is the window ending here. */
  readonly now: Date;
  /** The length of "last year" in days (default 365). */
  readonly windowDays?: number;
  /** Complaints that count as "several times" (多次, default 2). */
  readonly minComplaints?: number;
  /** The large customers, if not those of scale `large` (e.g. last year's class A). */
  readonly largeCustomers?: readonly CustomerId[];
}

/**
 * A large customer that complained several times.
 *
 * @category Differentiation analysis
 */
export interface ComplainingCustomer {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Its complaints in the window. */
  readonly complaints: number;
  /** Its latest complaint in the window. */
  readonly lastComplaintAt: Date;
  /** What to do, in both locales. */
  readonly explanation: LocalizedText;
}

/**
 * Differentiation question 4 (上年度有哪些大客户对本企业的产品或服务多次提出了抱怨, DOMAIN.md §3
 * [seed 003]): the large customers (scale `large`, or the given list) with at least 2 complaints
 * in the last year — keep close to them and send a capable salesperson to solve their problems
 * soon. Most complaints first, ties by customer id.
 *
 * @param customers - The customers (`id` and `scale` are read).
 * @param complaints - The complaints (any customer's).
 * @param options - `now`, the window and the count.
 * @returns The complaining large customers, or `UNKNOWN_CUSTOMER` / `INVALID_DATE` errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { complainingLargeCustomers } from 'logistics-customer/segmentation';
 * const big = customerId('BIG');
 * const at = (iso: string) => ({ customerId: big, at: new Date(iso) });
 * unwrap(complainingLargeCustomers([{ id: big, scale: 'large' }], [at('2025-09-01T00:00:00Z'), at('2026-01-15T00:00:00Z')], {
 *   now: new Date('2026-03-31T00:00:00Z'),
 * })).map((c) => [c.customerId, c.complaints]);
 * // => [['BIG', 2]]
 * ```
 * @category Differentiation analysis
 */
export function complainingLargeCustomers(
  customers: readonly Pick<Customer, 'id' | 'scale'>[],
  complaints: readonly ComplaintRecord[],
  options: ComplainingLargeCustomersOptions,
): Result<readonly ComplainingCustomer[], readonly DomainError<'UNKNOWN_CUSTOMER' | 'INVALID_DATE'>[]> {
  const now = checkedNow(options.now);
  const windowDays = checkedDays(options.windowDays ?? 365, 'windowDays');
  const minComplaints = checkedCount(options.minComplaints ?? 2, 'minComplaints');
  const errors = checkRecords(new Set(customers.map((c) => c.id)), complaints, 'complaints', ['at']);
  if (errors.length > 0) return err(errors);
  const large = new Set<string>(options.largeCustomers ?? customers.filter((c) => c.scale === 'large').map((c) => c.id));
  const start = now - windowDays * DAY_MS;
  const tally = new Map<string, { count: number; last: number }>();
  for (const c of complaints) {
    const t = c.at.getTime();
    if (t <= start || t > now || !large.has(c.customerId)) continue;
    const entry = tally.get(c.customerId) ?? { count: 0, last: t };
    tally.set(c.customerId, { count: entry.count + 1, last: Math.max(entry.last, t) });
  }
  const out: ComplainingCustomer[] = [];
  for (const c of customers) {
    const entry = tally.get(c.id);
    if (entry === undefined || entry.count < minComplaints) continue;
    out.push({
      customerId: c.id,
      complaints: entry.count,
      lastComplaintAt: new Date(entry.last),
      explanation: text(
        `大客户近 ${windowDays} 天投诉 ${entry.count} 次（${minComplaints} 次及以上）：保持往来，派得力人员尽快联系并解决问题`,
        `large customer with ${entry.count} complaints in ${windowDays} days (${minComplaints} or more): keep close, send a capable salesperson to solve them soon`,
      ),
    });
  }
  return ok(out.sort((x, y) => y.complaints - x.complaints || (x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : 0)));
}
