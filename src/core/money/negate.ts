import type { CurrencyCode } from '../currency.js';
import { assertMoney } from './assert-money.js';
import type { Money } from './money.js';

/**
 * The amount with the opposite sign (a refund for a charge).
 *
 * @typeParam C - The currency code.
 * @param m - The amount.
 * @returns `-m`, at the same scale; zero stays zero (never `-0`).
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand
 *   that its constructors would refuse (a `NaN` or fractional amount, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { money, moneyToString, negate, unwrap } from 'logistics-customer/core';
 * moneyToString(negate(unwrap(money('12.50', 'CNY'))));
 * // => '-12.50'
 * ```
 * @category Money
 */
export function negate<C extends CurrencyCode>(m: Money<C>): Money<C> {
  assertMoney(m);
  return { amount: 0 - m.amount, scale: m.scale, currency: m.currency };
}
