import { INVALID_LOCALE_MESSAGE, LogisticsCustomerError, UNKNOWN_LABEL_MESSAGE } from './invariant.js';

/**
 * The locales every label and message of the library is written in.
 *
 * @category Labels
 */
export type Locale = 'zh-CN' | 'en';

/**
 * All supported locales, in a stable order.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'logistics-customer/core';
 * LOCALES;
 * // => ['zh-CN', 'en']
 * ```
 * @category Labels
 */
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

/**
 * Whether a value is one of the library's locales — for a locale read from untrusted input (a
 * query string, a user setting) before it is passed to a function that renders text.
 *
 * @param value - Any value.
 * @returns `true` for `'zh-CN'` and `'en'`.
 *
 * @example
 * ```ts
 * import { isLocale } from 'logistics-customer/core';
 * [isLocale('zh-CN'), isLocale('en'), isLocale('en-US'), isLocale(undefined)];
 * // => [true, true, false, false]
 * ```
 * @category Labels
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/**
 * Checks a locale (the library's functions that render text call it, as untyped callers may pass
 * anything), so that no function renders `undefined` or a half-localised text.
 *
 * @param locale - Any value.
 * @returns The locale.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for anything but `'zh-CN'` and `'en'`.
 *
 * @example
 * ```ts
 * import { assertLocale, LogisticsCustomerError } from 'logistics-customer/core';
 * let code = '';
 * try {
 *   assertLocale('en-US');
 * } catch (e) {
 *   if (e instanceof LogisticsCustomerError) code = e.code;
 * }
 * [assertLocale('en'), code];
 * // => ['en', 'INVALID_LOCALE']
 * ```
 * @category Labels
 */
export function assertLocale(locale: unknown): Locale {
  if (!isLocale(locale)) {
    throw new LogisticsCustomerError('INVALID_LOCALE', INVALID_LOCALE_MESSAGE, { received: String(locale), allowed: LOCALES });
  }
  return locale;
}

/**
 * A text in every supported locale.
 *
 * @category Labels
 */
export type LocalizedText = { readonly [L in Locale]: string };

/**
 * A label table: for each value of the literal union `K`, its text in every locale. Written
 * `as const satisfies LabelTable<K>`, the compiler checks that no value is missing and none is
 * extra.
 *
 * @typeParam K - The literal union the table labels.
 * @category Labels
 */
export type LabelTable<K extends string> = { readonly [P in K]: LocalizedText };

/**
 * Looks up the label of a value in a label table.
 *
 * @param table - The label table.
 * @param value - The value to label.
 * @param locale - The locale to render in.
 * @returns The label text.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for a locale other than `'zh-CN'` and
 *   `'en'`; `UNKNOWN_LABEL` for a value the table has no label for (untyped callers).
 *
 * @example
 * ```ts
 * import { label, type LabelTable } from 'logistics-customer/core';
 * const sizes = { large: { 'zh-CN': '大型', en: 'Large' } } as const satisfies LabelTable<'large'>;
 * label(sizes, 'large', 'zh-CN');
 * // => '大型'
 * ```
 * @category Labels
 */
export function label<K extends string>(table: LabelTable<K>, value: K, locale: Locale): string {
  assertLocale(locale);
  if (!Object.hasOwn(table, value)) throw new LogisticsCustomerError('UNKNOWN_LABEL', UNKNOWN_LABEL_MESSAGE, { value: String(value) });
  return table[value][locale];
}

/**
 * The values of a label table, in declaration order, as a typed tuple-like array.
 *
 * @param table - The label table.
 * @returns The keys of the table.
 *
 * @example
 * ```ts
 * import { labelKeys } from 'logistics-customer/core';
 * labelKeys({ a: { 'zh-CN': '甲', en: 'A' }, b: { 'zh-CN': '乙', en: 'B' } });
 * // => ['a', 'b']
 * ```
 * @category Labels
 */
export function labelKeys<K extends string>(table: LabelTable<K>): readonly K[] {
  return Object.keys(table) as K[];
}

/**
 * Builds a {@link LocalizedText} from its two versions.
 *
 * @param zhCN - The Simplified Chinese text.
 * @param en - The English text.
 * @returns The localized text.
 *
 * @example
 * ```ts
 * import { text } from 'logistics-customer/core';
 * text('客户', 'customer');
 * // => { 'zh-CN': '客户', en: 'customer' }
 * ```
 * @category Labels
 */
export function text(zhCN: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, en };
}
