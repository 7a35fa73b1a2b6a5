import { assertMoney } from './assert-money.js';
import type { Money } from './money.js';

/**
 * Tells whether an amount is zero.
 *
 * @param m - The amount.
 * @returns `true` for 0 at any scale.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand
 *   that its constructors would refuse (a `NaN` or fractional amount, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { isZeroMoney, zeroMoney } from 'logistics-customer/core';
 * isZeroMoney(zeroMoney('CNY'));
 * // => true
 * ```
 * @category Money
 */
export function isZeroMoney(m: Money): boolean {
  assertMoney(m);
  return m.amount === 0;
}

/**
 * Tells whether an amount is below zero (a refund, a credit, a loss).
 *
 * @param m - The amount.
 * @returns `true` when the amount is negative.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand
 *   that its constructors would refuse (a `NaN` or fractional amount, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { isNegativeMoney, money, unwrap } from 'logistics-customer/core';
 * isNegativeMoney(unwrap(money('-0.01', 'CNY')));
 * // => true
 * ```
 * @category Money
 */
export function isNegativeMoney(m: Money): boolean {
  assertMoney(m);
  return m.amount < 0;
}

/**
 * Tells whether an amount is above zero.
 *
 * @param m - The amount.
 * @returns `true` when the amount is positive.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` / `INVALID_SCALE` for an amount built by hand
 *   that its constructors would refuse (a `NaN` or fractional amount, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { isPositiveMoney, money, unwrap } from 'logistics-customer/core';
 * isPositiveMoney(unwrap(money('0.01', 'CNY')));
 * // => true
 * ```
 * @category Money
 */
export function isPositiveMoney(m: Money): boolean {
  assertMoney(m);
  return m.amount > 0;
}
