import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { type DomainError, domainError } from './domain-error.js';
import type { LocalizedText } from './locale.js';
import { err, ok, type Result } from './result.js';

const zhCNMap = zhCN().localeError;
const enMap = en().localeError;

/**
 * Parameters a schema's custom check puts on its issue so the library can render it in both
 * locales with a stable code: `ctx.addIssue({ code: 'custom', message, params: customIssue(...) })`.
 *
 * @category Errors
 */
export interface CustomIssueParams {
  /** The stable code of the problem, e.g. `DUPLICATE_ID`. */
  readonly domainCode: string;
  /** The message in both locales. */
  readonly messages: LocalizedText;
  /** Structured details. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Builds the `params` of a custom zod issue that renders in both locales.
 *
 * @param domainCode - The stable code.
 * @param messages - The message in both locales.
 * @param details - Structured details.
 * @returns The params object.
 *
 * @example
 * ```ts
 * import { customIssue, text } from 'logistics-customer/core';
 * customIssue('DUPLICATE_ID', text('编号重复', 'duplicate id')).domainCode;
 * // => 'DUPLICATE_ID'
 * ```
 * @category Errors
 */
export function customIssue(
  domainCode: string,
  messages: LocalizedText,
  details: Readonly<Record<string, unknown>> = {},
): CustomIssueParams {
  return { domainCode, messages, details };
}

function render(map: typeof enMap, issue: z.core.$ZodIssue, fallback: string): string {
  const out = map(issue as unknown as Parameters<typeof enMap>[0]);
  if (typeof out === 'string') return out;
  if (out !== undefined && out !== null && typeof out.message === 'string') return out.message;
  return fallback;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Custom params as {@link customIssue} builds them: a string code, both texts, details an object if given. */
function isCustomParams(value: unknown): value is CustomIssueParams {
  if (!isObject(value) || !('domainCode' in value) || !('messages' in value)) return false;
  const { domainCode, messages } = value;
  const details: unknown = 'details' in value ? value.details : undefined;
  return (
    typeof domainCode === 'string' &&
    isObject(messages) &&
    'zh-CN' in messages &&
    typeof messages['zh-CN'] === 'string' &&
    'en' in messages &&
    typeof messages.en === 'string' &&
    (details === undefined || isObject(details))
  );
}

/**
 * Converts one zod issue into a {@link DomainError} with its message in both locales (zod's own
 * zh-CN and en texts; custom issues built with {@link customIssue} keep their code and texts).
 * No global zod configuration is read or changed.
 *
 * @param issue - The zod issue.
 * @returns The domain error, with code `INVALID_INPUT` (or the custom issue's code) and the
 *   issue's path. A custom issue whose params are not as {@link customIssue} builds them (no
 *   string code, `messages` that is not `{ 'zh-CN': string, en: string }`, `details` that is not an
 *   object) gets zod's generic texts and `INVALID_INPUT`, never a `TypeError`.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { zodIssueToError } from 'logistics-customer/core';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'x' }, { reportInput: true });
 * const e = zodIssueToError(r.error!.issues[0]!);
 * [e.code, e.path, e.messages['zh-CN']];
 * // => ['INVALID_INPUT', ['n'], '无效输入：期望 数字，实际接收 string']
 * ```
 * @category Errors
 */
export function zodIssueToError(issue: z.core.$ZodIssue): DomainError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'custom' && isCustomParams(issue.params)) {
    const params = issue.params;
    return domainError(params.domainCode, params.messages, { path, details: params.details ?? {} });
  }
  const { input: _input, path: _path, message, code, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  const messages: LocalizedText = {
    'zh-CN': render(zhCNMap, issue, message),
    en: render(enMap, issue, message),
  };
  return domainError('INVALID_INPUT', messages, { path, details: { zodCode: code, ...rest } });
}

/**
 * Parses untrusted input with a zod schema and returns every problem as a {@link DomainError}
 * with its path, renderable in both locales, instead of throwing.
 *
 * @param schema - The schema.
 * @param input - The untrusted input.
 * @returns The parsed value, or every issue.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { safeParseWith } from 'logistics-customer/core';
 * safeParseWith(z.object({ n: z.number() }), { n: 1 });
 * // => { ok: true, value: { n: 1 } }
 * ```
 * @category Errors
 */
export function safeParseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, readonly DomainError[]> {
  const parsed = z.safeParse(schema, input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map(zodIssueToError));
}
