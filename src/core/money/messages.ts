/**
 * Thrown when an amount in minor units would leave the safe integer range.
 *
 * @example
 * ```ts
 * import { AMOUNT_OUT_OF_RANGE_MESSAGE } from 'logistics-customer/core';
 * AMOUNT_OUT_OF_RANGE_MESSAGE;
 * // => 'The amount in minor units must stay within the safe integer range (±9007199254740991).'
 * ```
 * @category Errors
 */
export const AMOUNT_OUT_OF_RANGE_MESSAGE =
  'The amount in minor units must stay within the safe integer range (±9007199254740991).';

/**
 * Thrown when a currency code is not one the library knows.
 *
 * @example
 * ```ts
 * import { UNKNOWN_CURRENCY_MESSAGE } from 'logistics-customer/core';
 * UNKNOWN_CURRENCY_MESSAGE;
 * // => 'The currency must be an active ISO 4217 code with a minor unit, such as CNY.'
 * ```
 * @category Errors
 */
export const UNKNOWN_CURRENCY_MESSAGE = 'The currency must be an active ISO 4217 code with a minor unit, such as CNY.';

/**
 * Thrown when a multiplication factor is not a finite decimal or ratio.
 *
 * @example
 * ```ts
 * import { INVALID_FACTOR_MESSAGE } from 'logistics-customer/core';
 * INVALID_FACTOR_MESSAGE;
 * // => 'The factor must be a finite decimal number or a ratio.'
 * ```
 * @category Errors
 */
export const INVALID_FACTOR_MESSAGE = 'The factor must be a finite decimal number or a ratio.';

/**
 * Thrown when a count of digits is out of its allowed range.
 *
 * @example
 * ```ts
 * import { INVALID_DIGITS_MESSAGE } from 'logistics-customer/core';
 * INVALID_DIGITS_MESSAGE;
 * // => 'The number of digits must be a whole number in the allowed range.'
 * ```
 * @category Errors
 */
export const INVALID_DIGITS_MESSAGE = 'The number of digits must be a whole number in the allowed range.';

/**
 * Thrown when a rounding mode is not one of the known ones.
 *
 * @example
 * ```ts
 * import { INVALID_ROUNDING_MESSAGE } from 'logistics-customer/core';
 * INVALID_ROUNDING_MESSAGE;
 * // => 'The rounding mode must be one of half-even, half-up, down, up, floor, ceil.'
 * ```
 * @category Errors
 */
export const INVALID_ROUNDING_MESSAGE = 'The rounding mode must be one of half-even, half-up, down, up, floor, ceil.';

/**
 * All messages of the errors thrown by the money and rate functions beyond those in
 * `CORE_MESSAGES`, keyed by code, so tests and callers can match them. (The functions import
 * the single constants, so a bundle only carries the texts it can throw.)
 *
 * @example
 * ```ts
 * import { MONEY_MESSAGES } from 'logistics-customer/core';
 * MONEY_MESSAGES.INVALID_FACTOR;
 * // => 'The factor must be a finite decimal number or a ratio.'
 * ```
 * @category Errors
 */
export const MONEY_MESSAGES = {
  AMOUNT_OUT_OF_RANGE: AMOUNT_OUT_OF_RANGE_MESSAGE,
  UNKNOWN_CURRENCY: UNKNOWN_CURRENCY_MESSAGE,
  INVALID_FACTOR: INVALID_FACTOR_MESSAGE,
  INVALID_DIGITS: INVALID_DIGITS_MESSAGE,
  INVALID_ROUNDING: INVALID_ROUNDING_MESSAGE,
} as const;
