/**
 * A rate over zero observations ("0 of 0 orders"): explicit, never `NaN`.
 *
 * @category Rate
 */
export interface NoData {
  /** Tells no-data from a rate or ratio. */
  readonly kind: 'no-data';
  /** Always 0. */
  readonly numerator: 0;
  /** Always 0. */
  readonly denominator: 0;
}

/**
 * The one {@link NoData} value.
 *
 * @example
 * ```ts
 * import { NO_DATA } from 'logistics-customer/core';
 * NO_DATA;
 * // => { kind: 'no-data', numerator: 0, denominator: 0 }
 * ```
 * @category Rate
 */
export const NO_DATA: NoData = Object.freeze({ kind: 'no-data', numerator: 0, denominator: 0 });

/**
 * Tells whether a value is {@link NoData}.
 *
 * @param value - A rate, ratio or no-data value.
 * @returns `true` for no-data.
 *
 * @example
 * ```ts
 * import { isNoData, rate } from 'logistics-customer/core';
 * [isNoData(rate(0, 0)), isNoData(rate(0, 5))];
 * // => [true, false]
 * ```
 * @category Rate
 */
export function isNoData(value: { readonly kind: string }): value is NoData {
  return value.kind === 'no-data';
}
