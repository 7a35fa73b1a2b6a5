import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import { NO_DATA, type NoData } from './no-data.js';

/**
 * A proportion of whole counts, "37 of 40 orders on time": the form of the service-quality
 * measures (on-time rate 准时率, damage rate 破损率, fill rate 满足率 — DOMAIN.md §8).
 *
 * @category Rate
 */
export interface Rate {
  /** Tells a rate from a ratio or no-data value. */
  readonly kind: 'rate';
  /** The count of successes, a whole number from 0 to `denominator`. */
  readonly numerator: number;
  /** The count of trials, a whole number above 0. */
  readonly denominator: number;
}

/**
 * Builds a {@link Rate} from counts, or {@link NoData} when there were no trials.
 *
 * @param successes - The count of successes (orders on time, shipments undamaged, …).
 * @param trials - The count of trials (orders, shipments, …).
 * @returns The rate, or `NO_DATA` when `trials` is 0.
 * @throws {@link LogisticsCustomerError} `INVALID_RATE` unless both are safe whole numbers with
 *   0 ≤ successes ≤ trials.
 *
 * @example
 * ```ts
 * import { rate } from 'logistics-customer/core';
 * rate(37, 40);
 * // => { kind: 'rate', numerator: 37, denominator: 40 }
 * rate(0, 0).kind;
 * // => 'no-data'
 * ```
 * @category Rate
 */
export function rate(successes: number, trials: number): Rate | NoData {
  if (!Number.isSafeInteger(successes) || !Number.isSafeInteger(trials) || successes < 0 || successes > trials) {
    throw new LogisticsCustomerError('INVALID_RATE', CORE_MESSAGES.INVALID_RATE, { successes, trials });
  }
  if (trials === 0) return NO_DATA;
  return { kind: 'rate', numerator: successes === 0 ? 0 : successes, denominator: trials };
}
