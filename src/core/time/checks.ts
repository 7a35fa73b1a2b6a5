/**
 * Guards for the arguments of the business-time functions: misuse throws
 * {@link LogisticsCustomerError}. Internal to `core/time`.
 *
 * @packageDocumentation
 */

import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';

/**
 * Returns the epoch milliseconds of a valid `Date`.
 *
 * @param value - The argument that should be a valid `Date`.
 * @param name - The parameter name, for the error details.
 * @returns The epoch milliseconds.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `value` is not a `Date` or is an
 *   Invalid Date.
 *
 * @example
 * ```ts
 * import { instantMs } from './checks.js';
 * instantMs(new Date('2026-01-01T00:00:00Z'), 'start');
 * // => 1767225600000
 * ```
 * @internal
 * @category Time
 */
export function instantMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: name, received: String(value) });
  }
  return ms;
}

/**
 * Checks a duration in milliseconds and rounds fractions of a millisecond up.
 *
 * @param value - The duration.
 * @returns The duration as whole milliseconds.
 * @throws {@link LogisticsCustomerError} `INVALID_DURATION` when `value` is negative, NaN or
 *   infinite.
 *
 * @example
 * ```ts
 * import { wholeDurationMs } from './checks.js';
 * wholeDurationMs(1.2);
 * // => 2
 * ```
 * @internal
 * @category Time
 */
export function wholeDurationMs(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new LogisticsCustomerError('INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, { received: value });
  }
  return Math.ceil(value);
}

/**
 * Builds the error thrown for a calendar that cannot be used.
 *
 * @param reason - What is wrong, in English.
 * @param details - Structured facts.
 * @returns The error to throw.
 *
 * @example
 * ```ts
 * import { invalidCalendar } from './checks.js';
 * invalidCalendar('no working time in the next 3660 days').code;
 * // => 'INVALID_CALENDAR'
 * ```
 * @internal
 * @category Time
 */
export function invalidCalendar(reason: string, details: Readonly<Record<string, unknown>> = {}): LogisticsCustomerError {
  return new LogisticsCustomerError('INVALID_CALENDAR', CORE_MESSAGES.INVALID_CALENDAR, { reason, ...details });
}
