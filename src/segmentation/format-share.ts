import { INVALID_RATIO_MESSAGE, LogisticsCustomerError } from '../core/invariant.js';
import { assertLocale, type Locale } from '../core/locale.js';
import { INVALID_DIGITS_MESSAGE } from '../core/money/messages.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Rate } from '../core/rate/rate.js';
import type { Ratio } from '../core/rate/ratio.js';

/**
 * Formats a share as a percentage for explanations: exact for fractions of safe integers
 * (rounded half away from zero at the last digit shown), `'无数据'` / `'no data'` for
 * {@link NoData}.
 *
 * @param share - The share.
 * @param locale - The locale (only the no-data text differs).
 * @param fractionDigits - Digits after the decimal point, 0 to 6 (default 1; a number outside is
 *   taken to the nearest end, a fraction truncated).
 * @returns E.g. `'78.5%'`.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for a locale other than `'zh-CN'` and
 *   `'en'`; `INVALID_DIGITS` when `fractionDigits` is `NaN` or not a number; `INVALID_RATIO` for a
 *   share built by hand with a zero denominator or a part that is not a finite number.
 *
 * @example
 * ```ts
 * import { ratio } from 'logistics-customer/core';
 * import { formatShare } from 'logistics-customer/segmentation';
 * [formatShare(ratio(785, 1000), 'en'), formatShare(ratio(1, 3), 'zh-CN', 2)];
 * // => ['78.5%', '33.33%']
 * ```
 * @category Segmentation
 */
export function formatShare(share: Ratio | Rate | NoData, locale: Locale, fractionDigits = 1): string {
  assertLocale(locale);
  if (share.kind === 'no-data') return locale === 'zh-CN' ? '无数据' : 'no data';
  if (typeof fractionDigits !== 'number' || Number.isNaN(fractionDigits)) {
    throw new LogisticsCustomerError('INVALID_DIGITS', INVALID_DIGITS_MESSAGE, { fractionDigits });
  }
  const digits = Math.min(6, Math.max(0, Math.trunc(fractionDigits)));
  const { numerator, denominator } = share;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) {
    throw new LogisticsCustomerError('INVALID_RATIO', INVALID_RATIO_MESSAGE, { numerator, denominator });
  }
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    return `${((numerator / denominator) * 100).toFixed(digits)}%`;
  }
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = BigInt(Math.abs(numerator)) * 100n * 10n ** BigInt(digits);
  const d = BigInt(Math.abs(denominator));
  const rounded = (n * 2n + d) / (2n * d);
  const text = rounded.toString().padStart(digits + 1, '0');
  const cut = text.length - digits;
  const body = digits === 0 ? text : `${text.slice(0, cut)}.${text.slice(cut)}`;
  return `${negative && rounded !== 0n ? '-' : ''}${body}%`;
}

/**
 * Formats a threshold (a plain number such as `0.8`) as a percentage without trailing zeros, for
 * explanations.
 *
 * @param value - The threshold.
 * @returns E.g. `'80%'`, `'2.5%'`.
 *
 * @example
 * ```ts
 * import { formatThreshold } from 'logistics-customer/segmentation';
 * [formatThreshold(0.8), formatThreshold(0.025)];
 * // => ['80%', '2.5%']
 * ```
 * @category Segmentation
 */
export function formatThreshold(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}
