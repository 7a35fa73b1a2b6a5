import { type CurrencyCode, isCurrencyCode } from '../currency.js';
import type { DomainError } from '../domain-error.js';
import { err, ok, type Result } from '../result.js';
import { currencyExponent } from './currency-exponent.js';
import { moneyError, type MoneyErrorCode } from './money-errors.js';
import { isMoneyScale } from './scale.js';

/**
 * An exact amount of money: a whole number of minor units at a scale, in one currency.
 * 123.45 CNY is `{ amount: 12345, scale: 2, currency: 'CNY' }`. Never a float of major units.
 *
 * @typeParam C - The currency code; a literal type keeps different currencies from being mixed
 *   at compile time.
 * @category Money
 */
export interface Money<C extends CurrencyCode = CurrencyCode> {
  /** The amount in minor units at `scale`: a safe integer (12345 for 123.45 at scale 2). */
  readonly amount: number;
  /** Digits after the decimal point, 0 to 15; by default the currency's ISO 4217 exponent. */
  readonly scale: number;
  /** The ISO 4217 currency code. */
  readonly currency: C;
}

/**
 * Options of {@link money}.
 *
 * @category Money
 */
export interface MoneyOptions {
  /** Digits after the decimal point (0 to 15); defaults to the currency's exponent. */
  readonly scale?: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Parses a decimal string into minor units at `scale`, exactly, or names what is wrong. */
function parseMinorUnits(source: string, scale: number): Result<number, MoneyErrorCode> {
  const match = DECIMAL.exec(source);
  if (match === null) return err('INVALID_AMOUNT');
  const [, sign = '', intDigits = '', fracDigits = '', expText = '0'] = match;
  if (intDigits === '' && fracDigits === '') return err('INVALID_AMOUNT');
  const significant = `${intDigits}${fracDigits}`.replace(/^0+/, '');
  if (significant === '') return ok(0);
  const digits = significant.replace(/0+$/, '');
  const exponent = Number(expText) - fracDigits.length + (significant.length - digits.length);
  const shift = scale + exponent;
  if (shift < 0) return err('TOO_MANY_DECIMALS');
  if (digits.length + shift > 16) return err('AMOUNT_OUT_OF_RANGE');
  const minor = BigInt(digits) * 10n ** BigInt(shift);
  if (minor > MAX) return err('AMOUNT_OUT_OF_RANGE');
  return ok(sign === '-' ? -Number(minor) : Number(minor));
}

/**
 * Builds a money amount from a decimal string or number, exactly: `'123.45'` CNY is 12345 fen.
 * Numbers are read through their shortest string form (`0.1` is `'0.1'`), strings may use an
 * exponent (`'1e3'`). Nothing is rounded: more decimals than the scale is an error.
 *
 * @typeParam C - The currency code.
 * @param value - The amount in major units, e.g. `'123.45'`, `-0.5` or `'1e3'`.
 * @param currency - The ISO 4217 currency code.
 * @param options - The scale, if not the currency's exponent.
 * @returns The money, or a {@link DomainError} with code `INVALID_AMOUNT` (not a decimal number,
 *   `NaN`, `Infinity`, `''`), `TOO_MANY_DECIMALS`, `AMOUNT_OUT_OF_RANGE` (beyond safe-integer minor
 *   units), `UNKNOWN_CURRENCY` or `INVALID_SCALE`.
 *
 * @example
 * ```ts
 * import { money } from 'logistics-customer/core';
 * money('123.45', 'CNY');
 * // => { ok: true, value: { amount: 12345, scale: 2, currency: 'CNY' } }
 * money('1.005', 'CNY').ok;
 * // => false
 * ```
 * @category Money
 */
export function money<C extends CurrencyCode>(
  value: string | number,
  currency: C,
  options: MoneyOptions = {},
): Result<Money<C>, DomainError<MoneyErrorCode>> {
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    return err(moneyError('UNKNOWN_CURRENCY', { received: currency }));
  }
  const scale = options.scale ?? currencyExponent(currency);
  if (!isMoneyScale(scale)) return err(moneyError('INVALID_SCALE', { received: scale, currency }));
  let source: string;
  if (typeof value === 'string') source = value;
  else if (typeof value === 'number' && Number.isFinite(value)) source = String(value);
  else return err(moneyError('INVALID_AMOUNT', { received: value, currency, scale }));
  const parsed = parseMinorUnits(source, scale);
  if (!parsed.ok) return err(moneyError(parsed.error, { received: value, currency, scale }));
  return ok({ amount: parsed.value, scale, currency });
}
