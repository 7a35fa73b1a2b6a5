import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import { HOUR_MS, MINUTE_MS } from './civil-date.js';

function toMs(amount: number, unitMs: number): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new LogisticsCustomerError('INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, { received: amount });
  }
  return Math.round(amount * unitMs);
}

/**
 * A duration of `n` hours in milliseconds, rounded to the nearest millisecond.
 *
 * @param n - The number of hours (finite, not negative; fractions allowed).
 * @returns The duration in milliseconds.
 * @throws {@link LogisticsCustomerError} `INVALID_DURATION` when `n` is negative or not finite.
 *
 * @example
 * ```ts
 * import { hours } from 'logistics-customer/core';
 * hours(1.5);
 * // => 5400000
 * ```
 * @category Time
 */
export function hours(n: number): number {
  return toMs(n, HOUR_MS);
}

/**
 * A duration of `n` minutes in milliseconds, rounded to the nearest millisecond.
 *
 * @param n - The number of minutes (finite, not negative; fractions allowed).
 * @returns The duration in milliseconds.
 * @throws {@link LogisticsCustomerError} `INVALID_DURATION` when `n` is negative or not finite.
 *
 * @example
 * ```ts
 * import { minutes } from 'logistics-customer/core';
 * minutes(30);
 * // => 1800000
 * ```
 * @category Time
 */
export function minutes(n: number): number {
  return toMs(n, MINUTE_MS);
}
