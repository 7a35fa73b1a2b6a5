/**
 * The messages of the errors the value module throws for API misuse (combining totals of
 * different kinds), exported so tests and callers can match them. Bad input is returned as a
 * `Result` instead.
 *
 * @example
 * ```ts
 * import { VALUE_MESSAGES } from 'logistics-customer/value';
 * VALUE_MESSAGES.MEASURE_MISMATCH;
 * // => 'Cannot combine an amount of money with a score.'
 * ```
 * @category Customer value
 */
export const VALUE_MESSAGES = {
  MEASURE_MISMATCH: 'Cannot combine an amount of money with a score.',
  SCALE_MISMATCH: 'Cannot combine scores on different scales.',
} as const;
