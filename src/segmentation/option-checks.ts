import { LogisticsCustomerError } from '../core/invariant.js';
import { SEGMENTATION_MESSAGES } from './messages.js';

/**
 * Checks a "now" parameter.
 *
 * @param now - The value.
 * @returns Its time in milliseconds.
 * @throws LogisticsCustomerError `INVALID_NOW` unless it is a valid `Date`.
 *
 * @example
 * ```ts
 * import { checkedNow } from 'logistics-customer/segmentation';
 * checkedNow(new Date('2026-03-31T00:00:00Z'));
 * // => 1774915200000
 * ```
 * @category Segmentation
 */
export function checkedNow(now: Date): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new LogisticsCustomerError('INVALID_NOW', SEGMENTATION_MESSAGES.INVALID_NOW, { now });
  return ms;
}

/**
 * The longest window of days a window option may give (`windowDays`, `periodDays`, `idleDays`):
 * 100,000,000 days is 8.64e15 ms, the range of a `Date` on either side of 1970.
 *
 * @example
 * ```ts
 * import { MAX_WINDOW_DAYS } from 'logistics-customer/segmentation';
 * MAX_WINDOW_DAYS * 86_400_000;
 * // => 8640000000000000
 * ```
 * @category Segmentation
 */
export const MAX_WINDOW_DAYS = 100_000_000;

/**
 * Checks a number-of-days parameter: a whole number from `min` to `max`.
 *
 * @param value - The value.
 * @param name - The option's name, for the error details.
 * @param min - The smallest value allowed (default 1; 0 for a grace period).
 * @param max - The largest value allowed (default no limit; a window that must stay within the
 *   range of a `Date` passes 100,000,000).
 * @returns The value.
 * @throws LogisticsCustomerError `INVALID_DAYS` otherwise.
 *
 * @example
 * ```ts
 * import { checkedDays } from 'logistics-customer/segmentation';
 * checkedDays(90, 'currentDays');
 * // => 90
 * ```
 * @category Segmentation
 */
export function checkedDays(value: number, name: string, min = 1, max = Number.POSITIVE_INFINITY): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.POSITIVE_INFINITY ? { min } : { min, max };
    throw new LogisticsCustomerError('INVALID_DAYS', SEGMENTATION_MESSAGES.INVALID_DAYS, { option: name, received: value, ...range });
  }
  return value;
}

/**
 * Checks a count parameter (contacts, complaints, services, periods): a whole number of at least
 * `min`.
 *
 * @param value - The value.
 * @param name - The option's name, for the error details.
 * @param min - The smallest value allowed (default 1).
 * @returns The value.
 * @throws LogisticsCustomerError `INVALID_COUNT` otherwise.
 *
 * @example
 * ```ts
 * import { checkedCount } from 'logistics-customer/segmentation';
 * checkedCount(3, 'minContacts', 0);
 * // => 3
 * ```
 * @category Segmentation
 */
export function checkedCount(value: number, name: string, min = 1): number {
  if (!Number.isInteger(value) || value < min) {
    throw new LogisticsCustomerError('INVALID_COUNT', SEGMENTATION_MESSAGES.INVALID_COUNT, { option: name, received: value, min });
  }
  return value;
}
