import { LogisticsCustomerError } from '../invariant.js';
import { assertLocale, type Locale, text } from '../locale.js';
import { INVALID_DIGITS_MESSAGE } from '../money/messages.js';
import { assertShare } from './assert-share.js';
import type { NoData } from './no-data.js';
import type { Rate } from './rate.js';
import { ratioToDecimal } from './ratio-to-decimal.js';

const NO_DATA_TEXT = text('无数据', 'no data');

/**
 * Options of {@link formatRate}.
 *
 * @category Rate
 */
export interface FormatRateOptions {
  /** Digits after the decimal point of the percentage, 0 to 20 (default 1). */
  readonly fractionDigits?: number;
}

/**
 * Formats a rate for a person with its counts and percentage: en `'37 of 40 (92.5%)'`, zh-CN
 * `'40 中 37（92.5%）'`; no data is `'no data'` / `'无数据'`. The percentage is formatted from the
 * exact decimal quotient, never from a float.
 *
 * @param r - The rate, or no data.
 * @param locale - The locale.
 * @param options - Digits of the percentage.
 * @returns The text.
 * @throws {@link LogisticsCustomerError} `INVALID_DIGITS` for `fractionDigits` outside 0–20;
 *   `INVALID_LOCALE` for a locale other than `'zh-CN'` and `'en'`; `INVALID_RATE` for a rate built
 *   by hand that `rate` would refuse (5 of 2, `NaN` counts).
 *
 * @example
 * ```ts
 * import { formatRate, rate } from 'logistics-customer/core';
 * [formatRate(rate(37, 40), 'en'), formatRate(rate(37, 40), 'zh-CN'), formatRate(rate(0, 0), 'zh-CN')];
 * // => ['37 of 40 (92.5%)', '40 中 37（92.5%）', '无数据']
 * ```
 * @category Rate
 */
export function formatRate(r: Rate | NoData, locale: Locale, options: FormatRateOptions = {}): string {
  assertLocale(locale);
  const digits = options.fractionDigits ?? 1;
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new LogisticsCustomerError('INVALID_DIGITS', INVALID_DIGITS_MESSAGE, { fractionDigits: digits });
  }
  if (r.kind === 'no-data') return NO_DATA_TEXT[locale];
  assertShare(r);
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratioToDecimal(r).toFixed() as `${number}`);
  const successes = counts.format(r.numerator);
  const trials = counts.format(r.denominator);
  switch (locale) {
    case 'zh-CN':
      return `${trials} 中 ${successes}（${percent}）`;
    case 'en':
      return `${successes} of ${trials} (${percent})`;
    default: {
      const unreachable: never = locale;
      return unreachable;
    }
  }
}
