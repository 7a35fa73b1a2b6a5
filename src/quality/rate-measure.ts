import type { NoData } from '../core/rate/no-data.js';
import { rate, type Rate } from '../core/rate/rate.js';
import { type RateInterval, wilsonInterval } from '../core/rate/wilson-interval.js';

/**
 * A measured rate as the quality module reports it: the counts ("37 of 40 orders"), the value
 * and its Wilson score interval. Over zero observations it is no data — `value` and `interval`
 * are `null`, never `NaN`.
 *
 * @category Measures
 */
export interface RateMeasure {
  /** The counts: a `Rate`, or `NoData` over zero observations. */
  readonly rate: Rate | NoData;
  /** numerator ÷ denominator, or `null` for no data. */
  readonly value: number | null;
  /** The Wilson score interval at the report's confidence, or `null` for no data. */
  readonly interval: RateInterval | null;
}

/**
 * Measures a rate from counts, with its Wilson score interval.
 *
 * @param successes - The count of successes.
 * @param trials - The count of trials.
 * @param confidence - The confidence level of the interval (default 0.95).
 * @returns The measure.
 * @throws LogisticsCustomerError `INVALID_RATE` for counts that are not whole with
 *   0 ≤ successes ≤ trials; `INVALID_CONFIDENCE` for a confidence outside (0, 1).
 *
 * @example
 * ```ts
 * import { measureRate } from 'logistics-customer/quality';
 * const m = measureRate(37, 40);
 * [m.value, m.interval?.lower.toFixed(4), m.interval?.upper.toFixed(4)];
 * // => [0.925, '0.8014', '0.9742']
 * ```
 * @category Measures
 */
export function measureRate(successes: number, trials: number, confidence = 0.95): RateMeasure {
  const r = rate(successes, trials);
  const interval = wilsonInterval(r, confidence);
  return { rate: r, value: r.kind === 'rate' ? r.numerator / r.denominator : null, interval };
}
