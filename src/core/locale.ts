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
