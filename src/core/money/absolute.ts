import type { CurrencyCode } from '../currency.js';
import type { Money } from './money.js';

/**
 * The amount without its sign.
 *
 * @typeParam C - The currency code.
 * @param m - The amount.
 * @returns `|m|`, at the same scale.
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
  return { amount: m.amount < 0 ? 0 - m.amount : m.amount, scale: m.scale, currency: m.currency };
}
