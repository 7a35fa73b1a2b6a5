import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import type { NoData } from './no-data.js';
import { normalQuantile } from './normal-quantile.js';
import type { Rate } from './rate.js';
import { assertShare } from './assert-share.js';

/**
 * A confidence interval for a rate.
 *
 * @category Rate
 */
export interface RateInterval {
  /** The lower bound, in [0, 1]. */
  readonly lower: number;
  /** The upper bound, in [0, 1]. */
  readonly upper: number;
  /** The confidence level the interval was built for, e.g. 0.95. */
  readonly confidence: number;
}

/**
 * The Wilson score interval of a rate: where the true rate plausibly lies given the counts.
 * Unlike the naive p ± z·√(p(1−p)/n) it stays inside [0, 1] and is sound for small samples and
 * rates near 0 or 1 — the usual case for on-time and damage rates (DOMAIN.md §8).
 * With p = x/n and z = Φ⁻¹(1 − (1 − confidence)/2):
 * centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1 − p)/n + z²/4n²) / (1 + z²/n).
 *
 * @param r - The rate, or no data.
 * @param confidence - The confidence level, strictly between 0 and 1 (default 0.95).
 * @returns The interval (always containing x/n), or `null` for no data.
 * @throws {@link LogisticsCustomerError} `INVALID_CONFIDENCE` when `confidence` is not strictly
 *   between 0 and 1, or so close to 1 (1 − 2⁻⁵³, e.g. `1 - 1e-16`) that its normal quantile is
 *   infinite; `INVALID_RATE` for a rate built by hand that `rate` would refuse (5 of 2).
 *
 * @example
 * ```ts
 * import { rate, wilsonInterval } from 'logistics-customer/core';
 * const i = wilsonInterval(rate(37, 40));
 * [i?.lower.toFixed(4), i?.upper.toFixed(4)];
 * // => ['0.8014', '0.9742']
 * ```
 * @category Rate
 */
export function wilsonInterval(r: Rate | NoData, confidence = 0.95): RateInterval | null {
  if (!(confidence > 0 && confidence < 1 && 1 - (1 - confidence) / 2 < 1)) {
    throw new LogisticsCustomerError('INVALID_CONFIDENCE', CORE_MESSAGES.INVALID_CONFIDENCE, { confidence });
  }
  if (r.kind === 'no-data') return null;
  assertShare(r);
  const n = r.denominator;
  const p = r.numerator / n;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  const lower = r.numerator === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const upper = r.numerator === n ? 1 : Math.max(p, Math.min(1, centre + half));
  return { lower, upper, confidence };
}
