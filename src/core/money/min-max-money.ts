import type { CurrencyCode } from '../currency.js';
import { compareMoney } from './compare-money.js';
import type { Money } from './money.js';

/**
 * The smaller of two amounts of the same currency (the first on a tie), as a new value.
 *
 * @typeParam C - The currency code; `b` must have the same one.
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns A copy of the smaller amount, at its own scale.
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand that its constructors would refuse.
 *
 * @example
 * ```ts
 * import { minMoney, money, moneyToString, unwrap } from 'logistics-customer/core';
 * moneyToString(minMoney(unwrap(money('12', 'CNY')), unwrap(money('9.5', 'CNY'))));
 * // => '9.50'
 * ```
 * @category Money
 */
export function minMoney<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  const pick = compareMoney(a, b) <= 0 ? a : b;
  return { amount: pick.amount, scale: pick.scale, currency: a.currency };
}

/**
 * The larger of two amounts of the same currency (the first on a tie), as a new value.
 *
 * @typeParam C - The currency code; `b` must have the same one.
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns A copy of the larger amount, at its own scale.
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand that its constructors would refuse.
 *
 * @example
 * ```ts
 * import { maxMoney, money, moneyToString, unwrap } from 'logistics-customer/core';
 * moneyToString(maxMoney(unwrap(money('12', 'CNY')), unwrap(money('9.5', 'CNY'))));
 * // => '12.00'
 * ```
 * @category Money
 */
export function maxMoney<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  const pick = compareMoney(a, b) >= 0 ? a : b;
  return { amount: pick.amount, scale: pick.scale, currency: a.currency };
}
