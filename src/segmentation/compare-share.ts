import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import type { Ratio } from '../core/rate/ratio.js';
import { exactFraction } from './exact-fraction.js';

/**
 * Compares a share `part / whole` with a threshold exactly, in integer arithmetic: is a
 * customer's 80.00% at, below or above an 80% line? Used for every threshold of this module
 * (growth rates, drops in volume); no float division is involved.
 *
 * @param part - The numerator, a safe integer (e.g. minor units of money, or a count).
 * @param whole - The denominator, a positive safe integer.
 * @param threshold - The threshold as a number (read exactly, see {@link exactFraction}) or a
 *   {@link Ratio} of safe integers.
 * @returns `-1` if the share is below the threshold, `0` if equal, `1` if above.
 * @throws LogisticsCustomerError `INVALID_RATIO` when `part` or `whole` is not a safe
 *   integer or `whole` is not positive; `INVALID_FRACTION` for an unreadable threshold.
 *
 * @example
 * ```ts
 * import { compareShare } from 'logistics-customer/segmentation';
 * [compareShare(80, 100, 0.8), compareShare(7999, 10000, 0.8), compareShare(1, 3, 0.3333)];
 * // => [0, -1, 1]
 * ```
 * @category Segmentation
 */
export function compareShare(part: number, whole: number, threshold: number | Ratio): -1 | 0 | 1 {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0) {
    throw new LogisticsCustomerError('INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO, { part, whole });
  }
  const t = typeof threshold === 'number' ? exactFraction(threshold) : threshold;
  if (!Number.isSafeInteger(t.numerator) || !Number.isSafeInteger(t.denominator) || t.denominator === 0) {
    throw new LogisticsCustomerError('INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO, { threshold });
  }
  const sign = t.denominator < 0 ? -1n : 1n;
  const left = BigInt(part) * BigInt(t.denominator) * sign;
  const right = BigInt(t.numerator) * BigInt(whole) * sign;
  return left < right ? -1 : left > right ? 1 : 0;
}
