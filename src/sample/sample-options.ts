import { LogisticsCustomerError } from '../core/invariant.js';
import { SAMPLE_MESSAGES } from './messages.js';

/**
 * Options of the sample firm generator. The seed, the size and "now" are required: nothing is
 * read from the clock or from a global random source, so the same options always give the same
 * firm.
 *
 * @category Sample data
 */
export interface SampleFirmOptions {
  /** The seed (any safe integer). */
  readonly seed: number;
  /** How many customers the firm has, from 1 to 10,000,000. */
  readonly customers: number;
  /** The end of the history: nothing happens after it (open deals and complaints stay open). */
  readonly now: Date;
  /** Years of history before `now` (default 2, at most 5). */
  readonly years?: number;
}

/**
 * {@link SampleFirmOptions} with every default applied and the start of the history.
 *
 * @category Sample data
 */
export interface ResolvedSampleFirmOptions {
  /** The seed. */
  readonly seed: number;
  /** How many customers. */
  readonly customers: number;
  /** The end of the history. */
  readonly now: Date;
  /** Years of history. */
  readonly years: number;
  /** The start of the history: `now` − years × 365 days. */
  readonly start: Date;
}

/**
 * The defaults of the sample firm used by the report command: 2,000 customers, two years of
 * history up to 2026-04-01 00:00 Beijing time, seed 2014 (the year of the textbook).
 *
 * @example
 * ```ts
 * import { SAMPLE_DEFAULTS } from 'logistics-customer/sample';
 * [SAMPLE_DEFAULTS.customers, SAMPLE_DEFAULTS.now.toISOString()];
 * // => [2000, '2026-03-31T16:00:00.000Z']
 * ```
 * @category Sample data
 */
export const SAMPLE_DEFAULTS: { readonly seed: number; readonly customers: number; readonly years: number; readonly now: Date } = Object.freeze({
  seed: 2014,
  customers: 2000,
  years: 2,
  now: new Date('2026-04-01T00:00:00+08:00'),
});

const DAY_MS = 86_400_000;
const MAX_CUSTOMERS = 10_000_000;

/**
 * Checks the options of the sample generator and applies the defaults.
 *
 * @param options - The options.
 * @returns The resolved options, with the start of the history.
 * @throws `LogisticsCustomerError` `INVALID_SEED`, `INVALID_CUSTOMERS`, `INVALID_YEARS` or
 *   `INVALID_NOW` for options out of range.
 *
 * @example
 * ```ts
 * import { resolveSampleFirmOptions } from 'logistics-customer/sample';
 * resolveSampleFirmOptions({ seed: 1, customers: 10, now: new Date('2026-04-01T00:00:00Z') }).start;
 * // => new Date('2024-04-01T00:00:00Z')
 * ```
 * @category Sample data
 */
export function resolveSampleFirmOptions(options: SampleFirmOptions): ResolvedSampleFirmOptions {
  const { seed, customers } = options;
  const years = options.years ?? 2;
  if (!Number.isSafeInteger(seed)) throw new LogisticsCustomerError('INVALID_SEED', SAMPLE_MESSAGES.INVALID_SEED, { seed });
  if (!Number.isInteger(customers) || customers < 1 || customers > MAX_CUSTOMERS) {
    throw new LogisticsCustomerError('INVALID_CUSTOMERS', SAMPLE_MESSAGES.INVALID_CUSTOMERS, { customers });
  }
  if (!Number.isInteger(years) || years < 1 || years > 5) {
    throw new LogisticsCustomerError('INVALID_YEARS', SAMPLE_MESSAGES.INVALID_YEARS, { years });
  }
  const nowMs = options.now instanceof Date ? options.now.getTime() : Number.NaN;
  if (Number.isNaN(nowMs)) throw new LogisticsCustomerError('INVALID_NOW', SAMPLE_MESSAGES.INVALID_NOW, { now: options.now });
  return { seed, customers, years, now: new Date(nowMs), start: new Date(nowMs - years * 365 * DAY_MS) };
}
