import type { CurrencyCode } from '../core/currency.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import { currencyExponent } from '../core/money/currency-exponent.js';
import type { Money } from '../core/money/money.js';
import { err, ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { ActivityErrorCode, HistoryTransaction } from './customer-activity.js';

/**
 * A transaction history checked against its customer list: where each customer is in the list,
 * the currency of every amount, and the largest scale (every sum is taken at it).
 *
 * @category Customer activity
 */
export interface HistoryIndex {
  /** The position of each customer id in the customer list. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The largest scale among the amounts (the currency's exponent when there are none). */
  readonly scale: number;
}

/**
 * Checks a transaction history against its customer list before anything is summed: every
 * customer id once, every transaction with a listed customer, a valid date and amounts in one
 * currency (default the first transaction's, CNY when there is none). Every problem is reported
 * with its path — nothing is skipped.
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param currency - The currency every amount must be in.
 * @returns The index, or every `DUPLICATE_CUSTOMER_ID`, `UNKNOWN_CUSTOMER`, `INVALID_DATE` and
 *   `CURRENCY_MISMATCH` error.
 *
 * @example
 * ```ts
 * import { moneyFromMinor, unwrap } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { indexHistory } from 'logistics-customer/segmentation';
 * const id = customerId('C-1');
 * const t = { customerId: id, date: new Date('2026-01-01T00:00:00Z'), revenue: unwrap(moneyFromMinor(1, 'USD')) };
 * const r = indexHistory([{ id }], [t], 'CNY');
 * r.ok ? [] : r.error.map((e) => [e.code, e.path]);
 * // => [['CURRENCY_MISMATCH', ['transactions', 0, 'revenue', 'currency']]]
 * ```
 * @category Customer activity
 */
export function indexHistory(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  currency: CurrencyCode = transactions[0]?.revenue.currency ?? 'CNY',
): Result<HistoryIndex, readonly DomainError<ActivityErrorCode>[]> {
  const errors: DomainError<ActivityErrorCode>[] = [];
  const indexOf = new Map<string, number>();
  customers.forEach((customer, i) => {
    if (indexOf.has(customer.id)) {
      errors.push(
        domainError(
          'DUPLICATE_CUSTOMER_ID',
          text(`第 ${i} 个客户的编号 ${customer.id} 重复`, `customer ${i} repeats the id ${customer.id}`),
          { path: ['customers', i, 'id'], details: { index: i, customerId: customer.id } },
        ),
      );
      return;
    }
    indexOf.set(customer.id, i);
  });

  let scale = -1;
  transactions.forEach((t, i) => {
    const time = t.date instanceof Date ? t.date.getTime() : Number.NaN;
    if (!indexOf.has(t.customerId)) {
      errors.push(
        domainError(
          'UNKNOWN_CUSTOMER',
          text(`第 ${i} 笔交易的客户 ${t.customerId} 不在客户名单中`, `transaction ${i} is with ${t.customerId}, who is not in the customer list`),
          { path: ['transactions', i, 'customerId'], details: { index: i, customerId: t.customerId } },
        ),
      );
    } else if (Number.isNaN(time)) {
      errors.push(
        domainError('INVALID_DATE', text(`第 ${i} 笔交易的日期无效`, `transaction ${i} has an invalid date`), {
          path: ['transactions', i, 'date'],
          details: { index: i },
        }),
      );
    } else if (t.revenue.currency !== currency || (t.profit !== undefined && t.profit.currency !== currency)) {
      const received = t.revenue.currency !== currency ? t.revenue.currency : (t.profit as Money).currency;
      errors.push(
        domainError(
          'CURRENCY_MISMATCH',
          text(`第 ${i} 笔交易的币种为 ${received}，与分析币种 ${currency} 不一致`, `transaction ${i} is in ${received}, not in ${currency}`),
          {
            path: ['transactions', i, t.revenue.currency !== currency ? 'revenue' : 'profit', 'currency'],
            details: { index: i, expected: currency, received },
          },
        ),
      );
    } else {
      if (t.revenue.scale > scale) scale = t.revenue.scale;
      if (t.profit !== undefined && t.profit.scale > scale) scale = t.profit.scale;
    }
  });
  if (errors.length > 0) return err(errors);
  return ok({ indexOf, currency, scale: scale === -1 ? currencyExponent(currency) : scale });
}
