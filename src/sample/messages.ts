/**
 * The messages of the errors the sample generator throws for API misuse (a seed that is not a
 * whole number, a size or a number of years out of range, an invalid "now"), exported so tests
 * and callers can match them.
 *
 * @example
 * ```ts
 * import { SAMPLE_MESSAGES } from 'logistics-customer/sample';
 * SAMPLE_MESSAGES.INVALID_SEED;
 * // => 'The seed must be a safe integer.'
 * ```
 * @category Sample data
 */
export const SAMPLE_MESSAGES = {
  INVALID_SEED: 'The seed must be a safe integer.',
  INVALID_CUSTOMERS: 'The number of customers must be a whole number from 1 to 10,000,000.',
  INVALID_YEARS: 'The number of years of history must be a whole number from 1 to 5.',
  INVALID_NOW: '"now" must be a valid Date.',
  INVALID_INDEX: 'The customer index must be a whole number below the number of customers.',
  INVALID_BOUND: 'The upper bound must be a positive safe integer.',
  EMPTY_CHOICE: 'Cannot pick from an empty list or from weights that are all zero.',
} as const;
