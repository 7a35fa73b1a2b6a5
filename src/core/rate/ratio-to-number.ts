import type { NoData } from './no-data.js';
import type { Rate } from './rate.js';
import type { Ratio } from './ratio.js';
import { assertShare } from './assert-share.js';

/**
 * The value of a ratio or rate as a floating-point number, for charts and statistics (use
 * `ratioToDecimal` where exactness matters).
 *
 * @param r - The ratio, rate or no-data value.
 * @returns `numerator / denominator`, or `null` for no data (never `NaN`).
 * @throws {@link LogisticsCustomerError} `INVALID_RATE` / `INVALID_RATIO` for a value built by hand
 *   that `rate` / `ratio` would refuse (a zero denominator, a `NaN` part, 5 of 2).
 *
 * @example
 * ```ts
 * import { rate, ratioToNumber } from 'logistics-customer/core';
 * [ratioToNumber(rate(37, 40)), ratioToNumber(rate(0, 0))];
 * // => [0.925, null]
 * ```
 * @category Rate
 */
export function ratioToNumber(r: Ratio | Rate | NoData): number | null {
  if (r.kind === 'no-data') return null;
  assertShare(r);
  return r.numerator / r.denominator;
}
