import { assertLocale, type Locale } from '../locale.js';
import type { Money } from './money.js';
import { moneyToString } from './money-to-string.js';

/**
 * Options of {@link formatMoney}.
 *
 * @category Money
 */
export interface FormatMoneyOptions {
  /** How to show the currency: `'symbol'` (¥, default), `'code'` (CNY) or `'name'` (人民币). */
  readonly display?: 'symbol' | 'code' | 'name';
}

/**
 * Formats an amount for a person in a locale, exactly: the decimal string goes to
 * `Intl.NumberFormat` (which reads strings without a float round trip), with exactly `scale`
 * decimals.
 *
 * @param m - The amount.
 * @param locale - The locale.
 * @param options - How to show the currency.
 * @returns The text, e.g. `'¥1,234.50'`.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for a locale other than `'zh-CN'` and `'en'`;
 *   `INVALID_SCALE` or `INVALID_AMOUNT`, as {@link moneyToString}, for a value that is not a valid
 *   {@link Money} (never `'CN¥NaN'` or a `RangeError` from `Intl`).
 *
 * @example
 * ```ts
 * import { formatMoney, money, unwrap } from 'logistics-customer/core';
 * const m = unwrap(money('1234.5', 'CNY'));
 * [formatMoney(m, 'zh-CN'), formatMoney(m, 'en', { display: 'code' })];
 * // => ['¥1,234.50', 'CNY\u00a01,234.50']
 * ```
 * @category Money
 */
export function formatMoney(m: Money, locale: Locale, options: FormatMoneyOptions = {}): string {
  assertLocale(locale);
  // First, so that a bad scale is INVALID_SCALE, not a RangeError from Intl.NumberFormat.
  const amount = moneyToString(m);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    currencyDisplay: options.display ?? 'symbol',
    minimumFractionDigits: m.scale,
    maximumFractionDigits: m.scale,
  });
  return format.format(amount as `${number}`);
}
