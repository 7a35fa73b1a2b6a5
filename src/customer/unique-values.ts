import type * as z from 'zod/mini';
import { type LocalizedText, text } from '../core/locale.js';
import { customIssue } from '../core/zod-issues.js';

/**
 * Builds a `z.superRefine` check for a list that is a set (cargo traits, services bought): every
 * repeated value is reported at its own index with the index of its first occurrence, never
 * dropped silently.
 *
 * @typeParam T - The type of the values.
 * @param code - The stable code of the issue, e.g. `DUPLICATE_SERVICE`.
 * @param what - What the list holds, in both locales (a noun: 服务项目 / service).
 * @returns The check.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { text } from 'logistics-customer/core';
 * import { rejectDuplicateValues } from 'logistics-customer/customer';
 * const Tags = z.array(z.string()).check(z.superRefine(rejectDuplicateValues('DUPLICATE_TAG', text('标签', 'tag'))));
 * Tags.safeParse(['a', 'b', 'a']).error?.issues[0]?.path;
 * // => [2]
 * ```
 * @category Customer
 */
export function rejectDuplicateValues<T extends string | number>(
  code: string,
  what: LocalizedText,
): (values: readonly T[], ctx: z.core.$RefinementCtx) => void {
  return (values, ctx) => {
    const seen = new Map<T, number>();
    values.forEach((value, index) => {
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      const messages = text(
        `${what['zh-CN']}重复：「${value}」已在索引 ${first} 处出现`,
        `duplicate ${what.en}: "${value}" already appears at index ${first}`,
      );
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: messages.en,
        params: customIssue(code, messages, { value, firstIndex: first, index }),
      });
    });
  };
}
