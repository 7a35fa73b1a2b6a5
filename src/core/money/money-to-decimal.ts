import type { Decimal } from 'decimal.js';
import { LcDecimal } from '../decimal.js';
import type { Money } from './money.js';
import { moneyToString } from './money-to-string.js';

/**
 * The amount in major units as an exact `LcDecimal` (the library's decimal.js clone), for
 * calculations that leave integer minor units, such as tax or currency conversion.
 *
 * @param m - The amount.
 * @returns The decimal value, e.g. 123.45 for 12345 fen.
 * @throws {@link LogisticsCustomerError} `INVALID_SCALE` or `INVALID_AMOUNT`, as
 *   {@link moneyToString}, for a value that is not a valid {@link Money} (never a raw
 *   `DecimalError`).
 *
 * @example
 * ```ts
 * import { money, moneyToDecimal, unwrap } from 'logistics-customer/core';
 * moneyToDecimal(unwrap(money('123.45', 'CNY'))).times(3).toString();
 * // => '370.35'
 * ```
 * @category Money
 */
export function moneyToDecimal(m: Money): Decimal {
  return new LcDecimal(moneyToString(m));
}
