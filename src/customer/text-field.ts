import * as z from 'zod/mini';
import { text } from '../core/locale.js';
import { customIssue } from '../core/zod-issues.js';

const BLANK = text('不能为空或只含空白', 'must not be empty or only whitespace');

/**
 * The schema of a free-text field in a customer record (a name, a title, a city): a string with
 * at least one non-whitespace character, kept exactly as given (no silent trimming). Blank text
 * fails with the code `BLANK_TEXT` and a message in both locales.
 *
 * @example
 * ```ts
 * import { NonBlankTextSchema } from 'logistics-customer/customer';
 * [NonBlankTextSchema.safeParse('广西昊晟物流').success, NonBlankTextSchema.safeParse('  ').success];
 * // => [true, false]
 * ```
 * @category Customer
 */
export const NonBlankTextSchema = z.string().check(
  z.refine((value) => /\S/u.test(value), {
    message: BLANK.en,
    params: customIssue('BLANK_TEXT', BLANK),
  }),
);
