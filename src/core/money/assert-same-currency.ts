import { CURRENCY_MISMATCH_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import type { Money } from './money.js';

/**
 * Throws unless two amounts are in the same currency: the run-time guard behind `add`,
 * `subtract`, `compareMoney` and the other two-amount functions (the type parameter catches the
 * mistake at compile time where the currencies are literal types).
 *
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns Nothing; it only checks.
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ.
 *
 * @example
 * ```ts
 * import { assertSameCurrency, zeroMoney } from 'logistics-customer/core';
 * assertSameCurrency(zeroMoney('CNY'), zeroMoney('CNY'));
 * // => undefined
 * ```
 * @category Money
 */
export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new LogisticsCustomerError('CURRENCY_MISMATCH', CURRENCY_MISMATCH_MESSAGE, {
      expected: a.currency,
      received: b.currency,
    });
  }
}
