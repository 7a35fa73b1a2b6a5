import type { Decimal } from 'decimal.js';
import { LcDecimal } from '../decimal.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import { INVALID_DIGITS_MESSAGE } from '../money/messages.js';
import { assertShare } from './assert-share.js';
import type { Rate } from './rate.js';
import type { Ratio } from './ratio.js';

/**
 * The value of a ratio or rate as a decimal: the division done with `LcDecimal` (40 significant
 * digits, half-even), optionally rounded to fewer significant digits.
 *
 * @param r - The ratio or rate.
 * @param significantDigits - Significant digits to round to, 1 to 40 (default 40).
 * @returns The quotient, e.g. `0.925` for 37 of 40.
 * @throws {@link LogisticsCustomerError} `INVALID_DIGITS` for digits outside 1–40;
 *   `DIVISION_BY_ZERO` for a zero denominator (a no-data value passed in by mistake);
 *   `INVALID_RATE` / `INVALID_RATIO` for another value built by hand that `rate` / `ratio` would
 *   refuse (5 of 2, a `NaN` part).
 *
 * @example
 * ```ts
 * import { rate, ratio, ratioToDecimal } from 'logistics-customer/core';
 * [ratioToDecimal(rate(37, 40)).toString(), ratioToDecimal(ratio(1, 3), 4).toString()];
 * // => ['0.925', '0.3333']
 * ```
 * @category Rate
 */
export function ratioToDecimal(r: Ratio | Rate, significantDigits = 40): Decimal {
  if (!Number.isInteger(significantDigits) || significantDigits < 1 || significantDigits > 40) {
    throw new LogisticsCustomerError('INVALID_DIGITS', INVALID_DIGITS_MESSAGE, { significantDigits });
  }
  if (r.denominator === 0) {
    throw new LogisticsCustomerError('DIVISION_BY_ZERO', CORE_MESSAGES.DIVISION_BY_ZERO, { ratio: r });
  }
  assertShare(r);
  return new LcDecimal(r.numerator).div(r.denominator).toSignificantDigits(significantDigits);
}
