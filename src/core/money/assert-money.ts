import { INVALID_AMOUNT_MESSAGE, INVALID_SCALE_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import type { Money } from './money.js';
import { isMoneyScale } from './scale.js';

/**
 * Refuses an amount of money its constructors would not have made — one built by hand or read
 * from storage without a parser: the scale must be a whole number from 0 to 15 and the amount a
 * safe integer of minor units. The functions that read an amount's value call it, so such a value
 * is an error, never `'N.aN'`, a comparison that calls `NaN` equal, or a sign that is none of
 * zero, positive and negative.
 *
 * @param m - The amount.
 * @throws {@link LogisticsCustomerError} `INVALID_SCALE` with the `scale`, then `INVALID_AMOUNT`
 *   with the `amount`.
 *
 * @example
 * ```ts no-run
 * assertMoney({ amount: Number.NaN, scale: 2, currency: 'CNY' }); // throws INVALID_AMOUNT
 * ```
 * @internal
 */
export function assertMoney(m: Money): void {
  if (!isMoneyScale(m.scale)) {
    throw new LogisticsCustomerError('INVALID_SCALE', INVALID_SCALE_MESSAGE, { scale: m.scale });
  }
  if (!Number.isSafeInteger(m.amount)) {
    throw new LogisticsCustomerError('INVALID_AMOUNT', INVALID_AMOUNT_MESSAGE, { amount: m.amount });
  }
}
