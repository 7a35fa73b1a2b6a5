import { INVALID_SCALE_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import { AMOUNT_OUT_OF_RANGE_MESSAGE } from './messages.js';

/**
 * The largest scale (digits after the decimal point) a money amount can have.
 *
 * @example
 * ```ts
 * import { MAX_MONEY_SCALE } from 'logistics-customer/core';
 * MAX_MONEY_SCALE;
 * // => 15
 * ```
 * @category Money
 */
export const MAX_MONEY_SCALE = 15;

const POWERS_OF_TEN: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * Tells whether a value is a valid money scale: a whole number from 0 to {@link MAX_MONEY_SCALE}.
 *
 * @param scale - The value to check.
 * @returns `true` for 0, 1, …, 15.
 *
 * @example
 * ```ts
 * import { isMoneyScale } from 'logistics-customer/core';
 * [isMoneyScale(2), isMoneyScale(16), isMoneyScale(1.5)];
 * // => [true, false, false]
 * ```
 * @category Money
 */
export function isMoneyScale(scale: unknown): scale is number {
  return typeof scale === 'number' && Number.isInteger(scale) && scale >= 0 && scale <= MAX_MONEY_SCALE;
}

/**
 * Converts an amount in minor units from one scale to a larger (or equal) one exactly:
 * 12345 at scale 2 is 1234500 at scale 4.
 *
 * @param amount - The amount in minor units at `from` (a safe integer).
 * @param from - The current scale.
 * @param to - The target scale, at least `from`.
 * @returns The amount in minor units at `to`.
 * @throws {@link LogisticsCustomerError} `INVALID_SCALE` when `to` is smaller than `from` or
 *   either is not a valid scale; `AMOUNT_OUT_OF_RANGE` when the result is not a safe integer.
 *
 * @example
 * ```ts
 * import { rescaleMinorUnits } from 'logistics-customer/core';
 * rescaleMinorUnits(12345, 2, 4);
 * // => 1234500
 * ```
 * @category Money
 */
export function rescaleMinorUnits(amount: number, from: number, to: number): number {
  if (from === to) return amount;
  const factor = POWERS_OF_TEN[to - from];
  if (factor === undefined || !isMoneyScale(from) || !isMoneyScale(to)) {
    throw new LogisticsCustomerError('INVALID_SCALE', INVALID_SCALE_MESSAGE, { from, to });
  }
  // A product of a safe integer and a power of ten is exact whenever it is itself safe, and any
  // product beyond 2^53 − 1 rounds to at least 2^53, so this check cannot be fooled by rounding.
  const out = amount * factor;
  if (!Number.isSafeInteger(out)) {
    throw new LogisticsCustomerError('AMOUNT_OUT_OF_RANGE', AMOUNT_OUT_OF_RANGE_MESSAGE, { amount, from, to });
  }
  return out;
}
