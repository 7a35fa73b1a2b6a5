import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { summarizeChunks } from './duration-chunks.js';
import { FUNNEL_MESSAGES } from './messages.js';
import { kindOf } from './not-a-log.js';

/**
 * A summary of durations: how many, the median, the 90th percentile and the mean, in one unit
 * (days). Percentiles interpolate linearly between the closest ranks (the method of R's default
 * and NumPy's `linear`): the median of 1, 2, 3, 4 is 2.5.
 *
 * @category Funnel analytics
 */
export interface DurationStats {
  /** How many durations. */
  readonly count: number;
  /** The median. */
  readonly median: number;
  /** The 90th percentile. */
  readonly p90: number;
  /** The arithmetic mean. */
  readonly mean: number;
}

/** Refuses what is not a list of durations: a value that is not array-like, or the first entry that is not a finite, non-negative number. */
function checkDurations(values: unknown): void {
  const length: unknown = typeof values === 'object' && values !== null ? (values as { readonly length?: unknown }).length : undefined;
  if (!Number.isSafeInteger(length) || (length as number) < 0) {
    throw new LogisticsCustomerError('INVALID_DURATIONS', FUNNEL_MESSAGES.INVALID_DURATIONS, { received: kindOf(values) });
  }
  const list = values as ArrayLike<unknown>;
  for (let i = 0; i < (length as number); i++) {
    const v = list[i];
    if (typeof v !== 'number' || !(v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new LogisticsCustomerError('INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, { index: i, received: typeof v === 'number' ? v : kindOf(v) });
    }
  }
}

/**
 * Summarises durations — median, p90 (linear interpolation between the closest ranks) and mean —
 * exactly and without sorting: a histogram locates the ranks, then only their buckets are
 * selected, a few sequential passes in all. The funnel report runs it on millions of stage
 * durations. The input is only read.
 *
 * @param values - The durations (a plain array or a `Float64Array`).
 * @param unit - The length of one unit in the same measure as the values (e.g. 86 400 000 ms per
 *   day; default 1).
 * @returns The summary in units, or `null` for no durations.
 * @throws {@link LogisticsCustomerError} `INVALID_DURATIONS` when `values` is not an array (or
 *   typed array); `INVALID_DURATION` for the first entry that is not a finite, non-negative number
 *   (`NaN`, `Infinity`, `-5`, a string), with its `index` and the value `received`;
 *   `INVALID_UNIT` unless `unit` is a finite number greater than 0.
 *
 * @example
 * ```ts
 * import { summarizeDurations } from 'logistics-customer/funnel';
 * [summarizeDurations([4, 1, 3, 2, 10, 6, 5, 9, 8, 7]), summarizeDurations([2 * 86_400_000, 4 * 86_400_000, 9 * 86_400_000], 86_400_000)];
 * // => [{ count: 10, median: 5.5, p90: 9.1, mean: 5.5 }, { count: 3, median: 4, p90: 8, mean: 5 }]
 * ```
 * @category Funnel analytics
 */
export function summarizeDurations(values: ArrayLike<number>, unit = 1): DurationStats | null {
  checkDurations(values);
  if (typeof unit !== 'number' || !(unit > 0 && unit < Number.POSITIVE_INFINITY)) {
    throw new LogisticsCustomerError('INVALID_UNIT', FUNNEL_MESSAGES.INVALID_UNIT, { received: unit });
  }
  return summarizeChunks([values], unit);
}
