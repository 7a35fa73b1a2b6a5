import type { Money } from './money.js';
import { compareMoney } from './compare-money.js';

/**
 * Tells whether two amounts are the same money: same currency and same value (1.5 CNY at
 * scale 1 equals 1.50 CNY at scale 2). Amounts in different currencies are never equal.
 *
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns `true` when both are the same amount of the same currency.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand
 *   that its constructors would refuse (a `NaN` or fractional amount, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { equalsMoney, money, unwrap } from 'logistics-customer/core';
 * equalsMoney(unwrap(money('1.5', 'CNY', { scale: 1 })), unwrap(money('1.50', 'CNY')));
 * // => true
 * ```
 * @category Money
 */
export function equalsMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && compareMoney(a, b) === 0;
}
