import type { CurrencyCode } from '../currency.js';
import { add } from './add.js';
import type { Money } from './money.js';
import { negate } from './negate.js';

/**
 * Subtracts one amount from another of the same currency exactly, at the larger scale.
 *
 * @typeParam C - The currency code; `b` must have the same one.
 * @param a - The amount to subtract from.
 * @param b - The amount to subtract.
 * @returns `a − b`.
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ at run
 *   time; `AMOUNT_OUT_OF_RANGE` when the result leaves the safe integer range of minor units.
 *
 * @example
 * ```ts
 * import { money, moneyToString, subtract, unwrap } from 'logistics-customer/core';
 * moneyToString(subtract(unwrap(money('100', 'CNY')), unwrap(money('0.01', 'CNY'))));
 * // => '99.99'
 * ```
 * @category Money
 */
export function subtract<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return add(a, negate(b));
}
