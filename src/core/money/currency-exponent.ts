import type { CurrencyCode } from '../currency.js';

/**
 * The currencies whose ISO 4217 exponent is not 2. Kept apart from the full currency table so
 * that `sumMoney` can name the scale of an empty sum without pulling the table into a bundle;
 * a test checks it against `CURRENCIES`.
 */
const NOT_TWO: Readonly<Partial<Record<CurrencyCode, number>>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0,
  UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/**
 * The ISO 4217 minor-unit exponent of a currency (digits after the decimal point), from a
 * compact table that is cheap to bundle.
 *
 * @param currency - The currency code.
 * @returns 2 for most currencies, 0 for JPY, 3 for KWD, 4 for CLF, ….
 *
 * @example
 * ```ts
 * import { currencyExponent } from 'logistics-customer/core';
 * [currencyExponent('CNY'), currencyExponent('JPY'), currencyExponent('KWD')];
 * // => [2, 0, 3]
 * ```
 * @category Money
 */
export function currencyExponent(currency: CurrencyCode): number {
  return NOT_TWO[currency] ?? 2;
}
