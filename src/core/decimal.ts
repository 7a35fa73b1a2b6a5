import { Decimal } from 'decimal.js';

/**
 * The library's own decimal.js constructor: 40 significant digits and banker's rounding
 * (half-even), cloned so the caller's global `Decimal` settings are neither read nor changed.
 * At decimal.js's default 20 digits large sums would round silently.
 *
 * @example
 * ```ts
 * import { LcDecimal } from 'logistics-customer/core';
 * new LcDecimal('0.1').plus('0.2').toString();
 * // => '0.3'
 * ```
 * @category Money
 */
export const LcDecimal: typeof Decimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/**
 * A decimal value as the library's functions accept it: a decimal.js instance, a decimal string
 * or a finite number.
 *
 * @category Money
 */
export type DecimalInput = Decimal | string | number;
