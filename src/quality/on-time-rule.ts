import { LogisticsCustomerError } from '../core/invariant.js';
import { QUALITY_MESSAGES } from './messages.js';

/**
 * When a delivery counts as on time (准时): against a commit date, delivered no later than the
 * date plus the tolerance (and, if early deliveries do not count, no earlier than the date minus
 * the tolerance); against a promised window, inside the window widened by the tolerance on both
 * sides. A line that was never delivered is not on time. [practice] (DOMAIN.md §8)
 *
 * @category Measures
 */
export interface OnTimeRule {
  /** Grace either side of the promise, in whole milliseconds (default 0). */
  readonly toleranceMs: number;
  /** Whether a delivery before a commit date is on time (default `true`); windows always bound early deliveries. */
  readonly earlyIsOnTime: boolean;
}

/**
 * The default on-time rule: no tolerance, early deliveries to a commit date count as on time.
 *
 * @example
 * ```ts
 * import { DEFAULT_ON_TIME_RULE } from 'logistics-customer/quality';
 * DEFAULT_ON_TIME_RULE;
 * // => { toleranceMs: 0, earlyIsOnTime: true }
 * ```
 * @category Measures
 */
export const DEFAULT_ON_TIME_RULE: OnTimeRule = Object.freeze({ toleranceMs: 0, earlyIsOnTime: true });

/**
 * Builds an {@link OnTimeRule} from partial options over the defaults, checked.
 *
 * @param options - The tolerance and early-delivery choice.
 * @returns The rule.
 * @throws LogisticsCustomerError `INVALID_TOLERANCE` unless the tolerance is a whole,
 *   non-negative number of milliseconds.
 *
 * @example
 * ```ts
 * import { onTimeRule } from 'logistics-customer/quality';
 * onTimeRule({ toleranceMs: 2 * 3_600_000 });
 * // => { toleranceMs: 7200000, earlyIsOnTime: true }
 * ```
 * @category Measures
 */
export function onTimeRule(options: Partial<OnTimeRule> = {}): OnTimeRule {
  const toleranceMs = options.toleranceMs ?? DEFAULT_ON_TIME_RULE.toleranceMs;
  const earlyIsOnTime = options.earlyIsOnTime ?? DEFAULT_ON_TIME_RULE.earlyIsOnTime;
  if (!Number.isSafeInteger(toleranceMs) || toleranceMs < 0 || typeof earlyIsOnTime !== 'boolean') {
    throw new LogisticsCustomerError('INVALID_TOLERANCE', QUALITY_MESSAGES.INVALID_TOLERANCE, { toleranceMs, earlyIsOnTime });
  }
  return { toleranceMs, earlyIsOnTime };
}
