import type { CurrencyCode } from '../currency.js';
import type { DomainError } from '../domain-error.js';
import { err, type Result } from '../result.js';
import { currencyExponent } from './currency-exponent.js';
import { money, type Money } from './money.js';
import { moneyError, type MoneyErrorCode } from './money-errors.js';
import { moneyToString } from './money-to-string.js';

/**
 * The JSON form of a {@link Money}: the amount as an exact decimal string; `scale` only when it
 * differs from the currency's exponent.
 *
 * @typeParam C - The currency code.
 * @category Money
 */
export interface MoneyJSON<C extends CurrencyCode = CurrencyCode> {
  /** The amount in major units as a decimal string, e.g. `'123.45'`. */
  readonly amount: string;
  /** The ISO 4217 currency code. */
  readonly currency: C;
  /** The scale, when it is not the currency's exponent. */
  readonly scale?: number;
}

/**
 * Converts an amount to its JSON form (safe for any JSON parser: no float).
 *
 * @typeParam C - The currency code.
 * @param m - The amount.
 * @returns `{ amount, currency }`, plus `scale` when it is not the currency's exponent.
 * @throws {@link LogisticsCustomerError} `INVALID_SCALE` or `INVALID_AMOUNT`, as
 *   {@link moneyToString}, for a value that is not a valid {@link Money} (never `'N.aN'`).
 *
 * @example
 * ```ts
 * import { money, moneyToJSON, unwrap } from 'logistics-customer/core';
 * moneyToJSON(unwrap(money('123.4', 'CNY')));
 * // => { amount: '123.40', currency: 'CNY' }
 * ```
 * @category Money
 */
export function moneyToJSON<C extends CurrencyCode>(m: Money<C>): MoneyJSON<C> {
  const amount = moneyToString(m);
  return m.scale === currencyExponent(m.currency)
    ? { amount, currency: m.currency }
    : { amount, currency: m.currency, scale: m.scale };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an amount back from its JSON form (or any untrusted `{ amount, currency, scale? }`);
 * `moneyFromJSON(moneyToJSON(m))` gives `m` back.
 *
 * @param json - The parsed JSON value.
 * @returns The money, or a {@link DomainError} with its path: `INVALID_INPUT` (not an object),
 *   `INVALID_AMOUNT`, `TOO_MANY_DECIMALS`, `AMOUNT_OUT_OF_RANGE` (path `amount`),
 *   `UNKNOWN_CURRENCY` (path `currency`) or `INVALID_SCALE` (path `scale`).
 *
 * @example
 * ```ts
 * import { moneyFromJSON } from 'logistics-customer/core';
 * moneyFromJSON({ amount: '123.40', currency: 'CNY' });
 * // => { ok: true, value: { amount: 12340, scale: 2, currency: 'CNY' } }
 * ```
 * @category Money
 */
export function moneyFromJSON(json: unknown): Result<Money, DomainError<MoneyErrorCode>> {
  if (!isRecord(json)) return err(moneyError('INVALID_INPUT', { received: json }));
  const { amount, currency, scale } = json;
  if (typeof currency !== 'string') {
    return err(moneyError('UNKNOWN_CURRENCY', { received: currency, path: ['currency'] }));
  }
  if (scale !== undefined && typeof scale !== 'number') {
    return err(moneyError('INVALID_SCALE', { received: scale, currency, path: ['scale'] }));
  }
  if (typeof amount !== 'string' && typeof amount !== 'number') {
    return err(moneyError('INVALID_AMOUNT', { received: amount, currency, path: ['amount'] }));
  }
  const result = money(amount, currency as CurrencyCode, scale === undefined ? {} : { scale });
  if (result.ok) return result;
  const error = result.error;
  return err({ ...error, path: [fieldOf(error.code)] });
}

function fieldOf(code: MoneyErrorCode): 'amount' | 'currency' | 'scale' {
  switch (code) {
    case 'UNKNOWN_CURRENCY':
      return 'currency';
    case 'INVALID_SCALE':
      return 'scale';
    case 'INVALID_AMOUNT':
    case 'TOO_MANY_DECIMALS':
    case 'AMOUNT_OUT_OF_RANGE':
    case 'INVALID_INPUT':
      return 'amount';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
