/**
 * The messages of the errors the segmentation module throws for API misuse (thresholds out of
 * range, an invalid "now"), exported so tests and callers can match them. Bad data (mixed
 * currencies, unknown customers) is never thrown: it comes back as a `DomainError`.
 *
 * @example
 * ```ts
 * import { SEGMENTATION_MESSAGES } from 'logistics-customer/segmentation';
 * SEGMENTATION_MESSAGES.INVALID_NOW;
 * // => '"now" must be a valid Date.'
 * ```
 * @category Segmentation
 */
export const SEGMENTATION_MESSAGES = {
  INVALID_NOW: '"now" must be a valid Date.',
  INVALID_THRESHOLDS: 'ABC thresholds need 0 < a ≤ b ≤ 1 and a margin of at least 0, each a decimal number with at most 15 significant digits.',
  INVALID_FRACTION: 'The value must be a finite decimal number with at most 15 significant digits (at least 0 for a growth threshold).',
  INVALID_DAYS: 'A number of days must be a whole number of at least 1 (at least 0 for a grace period); a window at most 100000000 days, so that it stays within the range of a Date.',
  INVALID_COUNT: 'A count threshold must be a whole number (at least 1, or at least 0 for a number of contacts).',
  INVALID_PERIODS: 'The number of periods must be a whole number from 1 to the number of days in the window.',
  INVALID_SHARE: 'A share must be a decimal number from 0 to 1 (above 0 for a drop threshold).',
  INVALID_RFM_GRID: 'The RFM segment grid must have 5 rows of 5 segments.',
} as const;
