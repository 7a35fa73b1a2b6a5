import { type CurrencyCode, isCurrencyCode } from '../currency.js';
import type { DomainError } from '../domain-error.js';
import { err, ok, type Result } from '../result.js';
import { currencyExponent } from './currency-exponent.js';
import type { Money } from './money.js';
import { moneyError, type MoneyErrorCode } from './money-errors.js';
import { isMoneyScale } from './scale.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Builds a money amount from a whole number of minor units (fen, cents): 12345 CNY fen is
 * 123.45 CNY.
 *
 * @typeParam C - The currency code.
 * @param minor - The amount in minor units at `scale`, a safe integer or a bigint.
 * @param currency - The ISO 4217 currency code.
 * @param scale - Digits after the decimal point; defaults to the currency's exponent.
 * @returns The money, or a {@link DomainError} with code `INVALID_AMOUNT` (not a whole number),
 *   `AMOUNT_OUT_OF_RANGE`, `UNKNOWN_CURRENCY` or `INVALID_SCALE`.
 *
 * @example
 * ```ts
 * import { moneyFromMinor } from 'logistics-customer/core';
 * moneyFromMinor(12345, 'CNY');
 * // => { ok: true, value: { amount: 12345, scale: 2, currency: 'CNY' } }
 * ```
 * @category Money
 */
export function moneyFromMinor<C extends CurrencyCode>(
  minor: number | bigint,
  currency: C,
  scale?: number,
): Result<Money<C>, DomainError<MoneyErrorCode>> {
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    return err(moneyError('UNKNOWN_CURRENCY', { received: currency }));
  }
  const resolved = scale ?? currencyExponent(currency);
  if (!isMoneyScale(resolved)) return err(moneyError('INVALID_SCALE', { received: scale, currency }));
  const context = { received: minor, currency, scale: resolved };
  if (typeof minor === 'bigint') {
    if (minor > MAX || minor < -MAX) return err(moneyError('AMOUNT_OUT_OF_RANGE', context));
    return ok({ amount: Number(minor), scale: resolved, currency });
  }
  if (typeof minor !== 'number' || !Number.isInteger(minor)) return err(moneyError('INVALID_AMOUNT', context));
  if (!Number.isSafeInteger(minor)) return err(moneyError('AMOUNT_OUT_OF_RANGE', context));
  return ok({ amount: minor === 0 ? 0 : minor, scale: resolved, currency });
}
