import type { CurrencyCode } from '../currency.js';
import { LogisticsCustomerError } from '../invariant.js';
import { assertSameCurrency } from './assert-same-currency.js';
import { AMOUNT_OUT_OF_RANGE_MESSAGE } from './messages.js';
import type { Money } from './money.js';
import { rescaleMinorUnits } from './scale.js';

/**
 * Adds two amounts of the same currency exactly, in integer minor units. Amounts at different
 * scales are added at the larger scale (1.5 CNY at scale 1 + 0.25 CNY at scale 2 = 1.75 at
 * scale 2).
 *
 * @typeParam C - The currency code; `b` must have the same one (a compile error for two
 *   different literal currencies).
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns The exact sum.
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ at run
 *   time; `AMOUNT_OUT_OF_RANGE` when the sum leaves the safe integer range of minor units.
 *
 * @example
 * ```ts
 * import { add, money, moneyToString, unwrap } from 'logistics-customer/core';
 * moneyToString(add(unwrap(money('0.1', 'CNY')), unwrap(money('0.2', 'CNY'))));
 * // => '0.30'
 * ```
 * @category Money
 */
export function add<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  const scale = a.scale >= b.scale ? a.scale : b.scale;
  const amount = rescaleMinorUnits(a.amount, a.scale, scale) + rescaleMinorUnits(b.amount, b.scale, scale);
  // The sum of two safe integers is exact when it is safe, and rounds past 2^53 − 1 otherwise.
  if (!Number.isSafeInteger(amount)) {
    throw new LogisticsCustomerError('AMOUNT_OUT_OF_RANGE', AMOUNT_OUT_OF_RANGE_MESSAGE, { a, b });
  }
  return { amount, scale, currency: a.currency };
}
