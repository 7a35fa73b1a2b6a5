import { LogisticsCustomerError } from '../core/invariant.js';
import type { PercentileMode } from './duration-digest.js';
import { QUALITY_MESSAGES } from './messages.js';
import { type OnTimeRule, onTimeRule } from './on-time-rule.js';

/**
 * Options of the quality accumulators; every field has a default.
 *
 * @category Streaming
 */
export interface QualityAccumulatorOptions {
  /** Percentiles of cycle and response time: `exact` (default, memory grows) or `sketch` (constant memory). */
  readonly percentiles?: PercentileMode;
  /** The sketch's relative error bound α (default 0.01). */
  readonly relativeError?: number;
  /** When a delivery is on time (default: no tolerance, early counts). */
  readonly onTime?: Partial<OnTimeRule>;
  /** Whether to keep order-level measures (perfect order, order fill rate); one small entry per order (default `true`). */
  readonly orders?: boolean;
  /** How many rejected records to keep with their problems (default 100; all are counted). */
  readonly maxRejectionSamples?: number;
}

/**
 * Quality accumulator options with every default filled in; stored in the accumulator's JSON,
 * and accumulators only merge when theirs are equal.
 *
 * @category Streaming
 */
export interface ResolvedQualityOptions {
  /** `exact` or `sketch`. */
  readonly percentiles: PercentileMode;
  /** The sketch's relative error bound α. */
  readonly relativeError: number;
  /** The on-time rule. */
  readonly onTime: OnTimeRule;
  /** Whether order-level measures are kept. */
  readonly orders: boolean;
  /** How many rejected records are kept with their problems. */
  readonly maxRejectionSamples: number;
}

/**
 * Fills in and checks quality accumulator options.
 *
 * @param options - The options.
 * @returns The options with every default.
 * @throws LogisticsCustomerError `INVALID_ACCUMULATOR_OPTIONS`, `INVALID_RELATIVE_ERROR`
 *   or `INVALID_TOLERANCE` for values outside their range.
 *
 * @example
 * ```ts
 * import { resolveQualityOptions } from 'logistics-customer/quality';
 * resolveQualityOptions({ percentiles: 'sketch' });
 * // => { percentiles: 'sketch', relativeError: 0.01, onTime: { toleranceMs: 0, earlyIsOnTime: true },
 * //      orders: true, maxRejectionSamples: 100 }
 * ```
 * @category Streaming
 */
export function resolveQualityOptions(options: QualityAccumulatorOptions = {}): ResolvedQualityOptions {
  const percentiles = options.percentiles ?? 'exact';
  const relativeError = options.relativeError ?? 0.01;
  const orders = options.orders ?? true;
  const maxRejectionSamples = options.maxRejectionSamples ?? 100;
  if (
    (percentiles !== 'exact' && percentiles !== 'sketch') ||
    typeof orders !== 'boolean' ||
    !Number.isSafeInteger(maxRejectionSamples) ||
    maxRejectionSamples < 0
  ) {
    throw new LogisticsCustomerError('INVALID_ACCUMULATOR_OPTIONS', QUALITY_MESSAGES.INVALID_ACCUMULATOR_OPTIONS, {
      percentiles,
      orders,
      maxRejectionSamples,
    });
  }
  if (!(typeof relativeError === 'number' && relativeError >= 0.0001 && relativeError <= 0.1)) {
    throw new LogisticsCustomerError('INVALID_RELATIVE_ERROR', QUALITY_MESSAGES.INVALID_RELATIVE_ERROR, { relativeError });
  }
  return { percentiles, relativeError, onTime: onTimeRule(options.onTime), orders, maxRejectionSamples };
}

/**
 * Whether two resolved option sets are equal (so their accumulators can merge).
 *
 * @param a - The first options.
 * @param b - The second options.
 * @returns `true` when equal.
 *
 * @example
 * ```ts
 * import { resolveQualityOptions, sameQualityOptions } from 'logistics-customer/quality';
 * sameQualityOptions(resolveQualityOptions(), resolveQualityOptions({ percentiles: 'sketch' }));
 * // => false
 * ```
 * @category Streaming
 */
export function sameQualityOptions(a: ResolvedQualityOptions, b: ResolvedQualityOptions): boolean {
  return (
    a.percentiles === b.percentiles &&
    a.relativeError === b.relativeError &&
    a.onTime.toleranceMs === b.onTime.toleranceMs &&
    a.onTime.earlyIsOnTime === b.onTime.earlyIsOnTime &&
    a.orders === b.orders &&
    a.maxRejectionSamples === b.maxRejectionSamples
  );
}
