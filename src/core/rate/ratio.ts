import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';

/**
 * A quotient of two finite numbers, kept as numerator and denominator so that nothing is lost
 * to division: an exact fraction when both are integers (counts, or minor units of money).
 *
 * @category Rate
 */
export interface Ratio {
  /** Tells a ratio from a rate or no-data value. */
  readonly kind: 'ratio';
  /** The numerator, a finite number. */
  readonly numerator: number;
  /** The denominator, a finite non-zero number. */
  readonly denominator: number;
}

/**
 * Builds a {@link Ratio}, e.g. a customer's share of revenue (part / total).
 *
 * @param numerator - The numerator, a finite number.
 * @param denominator - The denominator, a finite non-zero number.
 * @returns The ratio, unreduced (3/6 stays 3/6).
 * @throws {@link LogisticsCustomerError} `INVALID_RATIO` for a non-finite value or a zero
 *   denominator.
 *
 * @example
 * ```ts
 * import { ratio } from 'logistics-customer/core';
 * ratio(3, 4);
 * // => { kind: 'ratio', numerator: 3, denominator: 4 }
 * ```
 * @category Rate
 */
export function ratio(numerator: number, denominator: number): Ratio {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) {
    throw new LogisticsCustomerError('INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO, { numerator, denominator });
  }
  return { kind: 'ratio', numerator: numerator === 0 ? 0 : numerator, denominator };
}
