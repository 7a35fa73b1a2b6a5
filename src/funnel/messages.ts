/**
 * The messages of the errors the funnel module throws when it is misused (a bad rule or option,
 * not bad data), exported so tests and callers can match them. Bad data is returned as a value.
 *
 * @example
 * ```ts
 * import { FUNNEL_MESSAGES } from 'logistics-customer/funnel';
 * FUNNEL_MESSAGES.INVALID_QUALIFICATION_RULE;
 * // => 'A weighted qualification rule needs finite, non-negative weights that are not all zero, whose sum times 100 is finite, and a threshold from 0 to 100.'
 * ```
 * @category Funnel
 */
export const FUNNEL_MESSAGES = {
  INVALID_QUALIFICATION_RULE:
    'A weighted qualification rule needs finite, non-negative weights that are not all zero, whose sum times 100 is finite, and a threshold from 0 to 100.',
  INVALID_PERIOD: 'The period needs two valid dates with start before end.',
  INVALID_PROBABILITY: 'A stage probability must be a number from 0 to 1.',
  INVALID_MIN_SAMPLE: 'The minimum sample size must be a whole number of at least 1.',
  INVALID_CONFIDENCE: 'The confidence level must be strictly between 0 and 1, and at most 1 − 2⁻⁵².',
  INVALID_DEALS: 'The deals must be an array of deal logs.',
  INVALID_DURATIONS: 'The durations must be an array or typed array of numbers.',
  INVALID_UNIT: 'The unit must be a finite number greater than 0.',
  UNKNOWN_CHECKLIST_ITEM: 'The checklist item is not one of the customer-management practices.',
} as const;
