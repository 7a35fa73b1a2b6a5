/**
 * The messages of the errors the quality module throws for API misuse (never for bad records,
 * which are returned or counted as rejected), exported so tests and callers can match them.
 *
 * @example
 * ```ts
 * import { QUALITY_MESSAGES } from 'logistics-customer/quality';
 * QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS;
 * // => 'Only accumulators built with the same options can be merged.'
 * ```
 * @category Quality
 */
export const QUALITY_MESSAGES = {
  INCOMPATIBLE_ACCUMULATORS: 'Only accumulators built with the same options can be merged.',
  INVALID_DURATION_MS: 'A duration must be a whole number of milliseconds from 0 to 2^42 (about 139 years).',
  INVALID_ACCUMULATOR_OPTIONS: 'The accumulator options are not valid.',
  INVALID_RELATIVE_ERROR: 'The sketch relative error must be between 0.0001 and 0.1.',
  INVALID_QUANTILE: 'A quantile must be a number from 0 to 1.',
  INVALID_TOLERANCE: 'The on-time tolerance must be a whole, non-negative number of milliseconds.',
  INVALID_SCALE_OPTIONS: 'A survey scale needs whole points from 2 to 100 and a threshold inside the scale.',
  INVALID_WEIGHT: 'Weights must be finite, non-negative numbers.',
  INVALID_TARGET: 'Scorecard targets must be finite, non-negative numbers.',
  INVALID_GROUP_KEY: 'A grouping must return a string key for every record.',
  INVALID_TIME_ZONE: 'timeZone must be an IANA time zone name such as Asia/Shanghai.',
  INVALID_PERIOD: "The period must be 'day', 'week', 'month', 'quarter' or 'year'.",
} as const;
