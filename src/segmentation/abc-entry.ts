import type { CurrencyCode } from '../core/currency.js';
import type { Money } from '../core/money/money.js';
import type { CustomerId } from '../customer/customer-id.js';

/**
 * One customer's input to ABC analysis: the revenue and, when known, the profit it brought in
 * the period analysed (build these from the transaction history with `abcEntries`).
 *
 * @typeParam C - The currency code.
 * @category ABC analysis
 */
export interface AbcEntry<C extends CurrencyCode = CurrencyCode> {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The revenue (销售额) in the period. */
  readonly revenue: Money<C>;
  /** The profit (利润额) in the period, when known. */
  readonly profit?: Money<C>;
}
