/**
 * The messages of the core's thrown errors, exported so tests and callers can match them.
 *
 * @example
 * ```ts
 * import { CORE_MESSAGES } from 'logistics-customer/core';
 * CORE_MESSAGES.CURRENCY_MISMATCH;
 * // => 'Cannot combine amounts in different currencies.'
 * ```
 * @category Errors
 */
export const CORE_MESSAGES = {
  CURRENCY_MISMATCH: 'Cannot combine amounts in different currencies.',
  INVALID_AMOUNT: 'The amount must be a finite number of minor units within the safe integer range.',
  INVALID_SCALE: 'The scale must be an integer from 0 to 15.',
  INVALID_RATE: 'A rate needs whole counts with 0 ≤ numerator ≤ denominator.',
  INVALID_RATIO: 'A ratio needs finite numbers and a non-zero denominator.',
  INVALID_CONFIDENCE: 'The confidence level must be strictly between 0 and 1.',
  INVALID_ALLOCATION: 'Allocation needs at least one non-negative ratio and a positive total.',
  DIVISION_BY_ZERO: 'Cannot divide by zero.',
  UNWRAP_FAILED: 'Called unwrap on a failed result.',
  INVALID_CALENDAR: 'The business calendar is not valid.',
  INVALID_DATE: 'The date is not a valid instant.',
  INVALID_DURATION: 'The duration must be a finite, non-negative number of milliseconds.',
  INVALID_MACHINE: 'The machine definition is not valid.',
} as const;

/**
 * The code of an error thrown for a broken invariant.
 *
 * @category Errors
 */
export type InvariantCode = string;

/**
 * The one error class the library throws: only for broken invariants, i.e. a caller misusing
 * the API (an expected failure is returned as a {@link Result} instead).
 *
 * @example
 * ```ts
 * import { LogisticsCustomerError } from 'logistics-customer/core';
 * const e = new LogisticsCustomerError('DIVISION_BY_ZERO', 'Cannot divide by zero.');
 * [e.code, e instanceof Error];
 * // => ['DIVISION_BY_ZERO', true]
 * ```
 * @category Errors
 */
export class LogisticsCustomerError extends Error {
  /** A stable code such as `CURRENCY_MISMATCH`. */
  readonly code: InvariantCode;
  /** Structured facts about what was wrong. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable code.
   * @param message - The message (use an exported message constant).
   * @param details - Structured facts.
   */
  constructor(code: InvariantCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'LogisticsCustomerError';
    this.code = code;
    this.details = details;
  }
}

/**
 * Returns the value of a successful result, or throws {@link LogisticsCustomerError} with the
 * failure as `details.error`. For tests, scripts and values known to be valid.
 *
 * @param result - The result.
 * @returns The value.
 * @throws {@link LogisticsCustomerError} `UNWRAP_FAILED` when the result is a failure.
 *
 * @example
 * ```ts
 * import { ok, unwrap } from 'logistics-customer/core';
 * unwrap(ok(7));
 * // => 7
 * ```
 * @category Result
 */
export function unwrap<T, E>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }): T {
  if (result.ok) return result.value;
  const error: unknown = result.error;
  const detail =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? ` ${error.message}`
      : '';
  throw new LogisticsCustomerError('UNWRAP_FAILED', `${CORE_MESSAGES.UNWRAP_FAILED}${detail}`, { error });
}
