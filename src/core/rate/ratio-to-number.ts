import type { NoData } from './no-data.js';
import type { Rate } from './rate.js';
import type { Ratio } from './ratio.js';

/**
 * The value of a ratio or rate as a floating-point number, for charts and statistics (use
 * `ratioToDecimal` where exactness matters).
 *
 * @param r - The ratio, rate or no-data value.
 * @returns `numerator / denominator`, or `null` for no data (never `NaN`).
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
  return r.numerator / r.denominator;
}
