import type { CurrencyCode } from '../currency.js';
import { assertMoney } from './assert-money.js';
import type { Money } from './money.js';

/**
 * The amount without its sign.
 *
 * @typeParam C - The currency code.
 * @param m - The amount.
 * @returns `|m|`, at the same scale.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand
 *   that its constructors would refuse (a `NaN` or fractional amount, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { absolute, money, moneyToString, unwrap } from 'logistics-customer/core';
 * moneyToString(absolute(unwrap(money('-0.5', 'CNY'))));
 * // => '0.50'
 * ```
 * @category Money
 */
export function absolute<C extends CurrencyCode>(m: Money<C>): Money<C> {
  assertMoney(m);
  return { amount: m.amount < 0 ? 0 - m.amount : m.amount, scale: m.scale, currency: m.currency };
}
