/** The message of the `CURRENCY_MISMATCH` invariant error. @category Errors */
export const CURRENCY_MISMATCH_MESSAGE = 'Cannot combine amounts in different currencies.';

/** The message of the `INVALID_AMOUNT` invariant error. @category Errors */
export const INVALID_AMOUNT_MESSAGE = 'The amount must be a finite number of minor units within the safe integer range.';

/** The message of the `INVALID_SCALE` invariant error. @category Errors */
export const INVALID_SCALE_MESSAGE = 'The scale must be an integer from 0 to 15.';

/** The message of the `INVALID_RATE` invariant error. @category Errors */
export const INVALID_RATE_MESSAGE = 'A rate needs whole counts with 0 ≤ numerator ≤ denominator.';

/** The message of the `INVALID_RATIO` invariant error. @category Errors */
export const INVALID_RATIO_MESSAGE = 'A ratio needs finite numbers and a non-zero denominator.';

/** The message of the `INVALID_CONFIDENCE` invariant error. @category Errors */
export const INVALID_CONFIDENCE_MESSAGE = 'The confidence level must be strictly between 0 and 1.';

/** The message of the `INVALID_ALLOCATION` invariant error. @category Errors */
export const INVALID_ALLOCATION_MESSAGE = 'Allocation needs at least one non-negative ratio and a positive total.';

/** The message of the `DIVISION_BY_ZERO` invariant error. @category Errors */
export const DIVISION_BY_ZERO_MESSAGE = 'Cannot divide by zero.';

/** The message of the `UNWRAP_FAILED` invariant error. @category Errors */
export const UNWRAP_FAILED_MESSAGE = 'Called unwrap on a failed result.';

/** The message of the `INVALID_CALENDAR` invariant error. @category Errors */
export const INVALID_CALENDAR_MESSAGE = 'The business calendar is not valid.';

/** The message of the `INVALID_DATE` invariant error. @category Errors */
export const INVALID_DATE_MESSAGE = 'The date is not a valid instant.';

/** The message of the `INVALID_DURATION` invariant error. @category Errors */
export const INVALID_DURATION_MESSAGE = 'The duration must be a finite, non-negative number of milliseconds.';

/** The message of the `INVALID_MACHINE` invariant error. @category Errors */
export const INVALID_MACHINE_MESSAGE = 'The machine definition is not valid.';

/** The message of the `INVALID_LOCALE` invariant error. @category Errors */
export const INVALID_LOCALE_MESSAGE = "The locale must be one of the library's locales: 'zh-CN' or 'en'.";

/** The message of the `UNKNOWN_LABEL` invariant error. @category Errors */
export const UNKNOWN_LABEL_MESSAGE = 'The value has no label in the table.';

/**
 * The messages of the core's thrown errors, keyed by code, exported so tests and callers can
 * match them. Each is also exported on its own (`CURRENCY_MISMATCH_MESSAGE`, …) so a function
 * that throws one does not bundle them all.
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
  CURRENCY_MISMATCH: CURRENCY_MISMATCH_MESSAGE,
  INVALID_AMOUNT: INVALID_AMOUNT_MESSAGE,
  INVALID_SCALE: INVALID_SCALE_MESSAGE,
  INVALID_RATE: INVALID_RATE_MESSAGE,
  INVALID_RATIO: INVALID_RATIO_MESSAGE,
  INVALID_CONFIDENCE: INVALID_CONFIDENCE_MESSAGE,
  INVALID_ALLOCATION: INVALID_ALLOCATION_MESSAGE,
  DIVISION_BY_ZERO: DIVISION_BY_ZERO_MESSAGE,
  UNWRAP_FAILED: UNWRAP_FAILED_MESSAGE,
  INVALID_CALENDAR: INVALID_CALENDAR_MESSAGE,
  INVALID_DATE: INVALID_DATE_MESSAGE,
  INVALID_DURATION: INVALID_DURATION_MESSAGE,
  INVALID_MACHINE: INVALID_MACHINE_MESSAGE,
  INVALID_LOCALE: INVALID_LOCALE_MESSAGE,
  UNKNOWN_LABEL: UNKNOWN_LABEL_MESSAGE,
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
