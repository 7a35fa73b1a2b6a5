import { type CurrencyCode, isCurrencyCode } from '../currency.js';
import { INVALID_SCALE_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import { currencyExponent } from './currency-exponent.js';
import type { Money } from './money.js';
import { UNKNOWN_CURRENCY_MESSAGE } from './messages.js';
import { isMoneyScale } from './scale.js';

/**
 * Zero in a currency: the neutral start of a sum.
 *
 * @typeParam C - The currency code.
 * @param currency - The ISO 4217 currency code.
 * @param scale - Digits after the decimal point; defaults to the currency's exponent.
 * @returns `{ amount: 0, scale, currency }`.
 * @throws {@link LogisticsCustomerError} `UNKNOWN_CURRENCY` for a code the library does not know,
 *   `INVALID_SCALE` for a scale outside 0–15.
 *
 * @example
 * ```ts
 * import { zeroMoney } from 'logistics-customer/core';
 * zeroMoney('JPY');
 * // => { amount: 0, scale: 0, currency: 'JPY' }
 * ```
 * @category Money
 */
export function zeroMoney<C extends CurrencyCode>(currency: C, scale?: number): Money<C> {
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    throw new LogisticsCustomerError('UNKNOWN_CURRENCY', UNKNOWN_CURRENCY_MESSAGE, { currency });
  }
  const resolved = scale ?? currencyExponent(currency);
  if (!isMoneyScale(resolved)) {
    throw new LogisticsCustomerError('INVALID_SCALE', INVALID_SCALE_MESSAGE, { scale });
  }
  return { amount: 0, scale: resolved, currency };
}
