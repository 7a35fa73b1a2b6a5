import { assertLocale, type Locale, type LocalizedText } from './locale.js';

/**
 * Where in the input something was wrong: object keys and array indexes from the root.
 *
 * @category Errors
 */
export type ErrorPath = readonly (string | number)[];

/**
 * An expected failure, as a value: bad input, a refused transition, mixed currencies in data.
 * Keyed on a stable `code` (for programs), with a message for people in both locales, the path
 * of what was wrong and structured details.
 *
 * @typeParam C - The literal union of codes this error can have.
 * @category Errors
 */
export interface DomainError<C extends string = string> {
  /** A stable, upper-snake-case identifier such as `CURRENCY_MISMATCH`. */
  readonly code: C;
  /** The message in English (the same as `messages.en`), so logs are readable as they are. */
  readonly message: string;
  /** The message in every supported locale. */
  readonly messages: LocalizedText;
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: ErrorPath;
  /** Structured facts about the problem (expected and received values, indexes, reasons). */
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * Options for {@link domainError}.
 *
 * @category Errors
 */
export interface DomainErrorOptions {
  /** Where in the input the problem is. */
  readonly path?: ErrorPath;
  /** Structured facts about the problem. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Creates a {@link DomainError}.
 *
 * @param code - The stable code.
 * @param messages - The message in both locales.
 * @param options - The path and details.
 * @returns The error value.
 *
 * @example
 * ```ts
 * import { domainError, text } from 'logistics-customer/core';
 * domainError('EMPTY_NAME', text('名称不能为空', 'name must not be empty'), { path: ['name'] }).message;
 * // => 'name must not be empty'
 * ```
 * @category Errors
 */
export function domainError<C extends string>(
  code: C,
  messages: LocalizedText,
  options: DomainErrorOptions = {},
): DomainError<C> {
  return {
    code,
    message: messages.en,
    messages,
    path: options.path ?? [],
    details: options.details ?? {},
  };
}

/**
 * Formats a path the way people read it: `contacts[2].phone`.
 *
 * @param path - The path.
 * @returns The dotted path, or an empty string for the root.
 *
 * @example
 * ```ts
 * import { formatPath } from 'logistics-customer/core';
 * formatPath(['contacts', 2, 'phone']);
 * // => 'contacts[2].phone'
 * ```
 * @category Errors
 */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Renders a {@link DomainError} for a person in the given locale, prefixed by its path.
 *
 * @param error - The error.
 * @param locale - The locale.
 * @returns One line of text.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for a locale other than `'zh-CN'` and `'en'`.
 *
 * @example
 * ```ts
 * import { domainError, renderError, text } from 'logistics-customer/core';
 * const e = domainError('EMPTY_NAME', text('名称不能为空', 'name must not be empty'), { path: ['name'] });
 * renderError(e, 'zh-CN');
 * // => 'name: 名称不能为空'
 * ```
 * @category Errors
 */
export function renderError(error: DomainError, locale: Locale): string {
  assertLocale(locale);
  const where = formatPath(error.path);
  return where === '' ? error.messages[locale] : `${where}: ${error.messages[locale]}`;
}
