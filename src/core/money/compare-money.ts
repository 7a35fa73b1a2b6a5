import type { CurrencyCode } from '../currency.js';
import { INVALID_SCALE_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import { assertMoney } from './assert-money.js';
import { assertSameCurrency } from './assert-same-currency.js';
import type { Money } from './money.js';

const POWERS_OF_TEN: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

function powerOfTen(exponent: number): number {
  const factor = POWERS_OF_TEN[exponent];
  if (factor === undefined) throw new LogisticsCustomerError('INVALID_SCALE', INVALID_SCALE_MESSAGE, { exponent });
  return factor;
}

/**
 * Compares two amounts of the same currency exactly, across scales (1.5 at scale 1 equals 1.50
 * at scale 2). Suitable as an `Array.prototype.sort` comparator.
 *
 * @typeParam C - The currency code; `b` must have the same one.
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns `-1` if `a < b`, `0` if equal, `1` if `a > b`.
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `INVALID_SCALE` for a scale outside 0–15; `INVALID_AMOUNT` for an amount that is not a safe
 *   integer (built by hand: `NaN` compared equal to everything before).
 *
 * @example
 * ```ts
 * import { compareMoney, money, unwrap } from 'logistics-customer/core';
 * compareMoney(unwrap(money('9.99', 'CNY')), unwrap(money('10', 'CNY')));
 * // => -1
 * ```
 * @category Money
 */
export function compareMoney<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  assertMoney(a);
  assertMoney(b);
  let x = a.amount;
  let y = b.amount;
  // Scaling a safe integer by a power of ten may round past 2^53, but never across an integer
  // the other side can hold, so the comparison stays exact.
  if (a.scale < b.scale) x *= powerOfTen(b.scale - a.scale);
  else if (b.scale < a.scale) y *= powerOfTen(a.scale - b.scale);
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
}
