import * as z from 'zod/mini';
import { text } from '../core/locale.js';
import { customIssue } from '../core/zod-issues.js';
import { NonBlankTextSchema } from './text-field.js';

const INVALID_PHONE = text(
  '电话号码无效：应为 5 到 20 位数字，可含开头的 +、空格、连字符或括号（例如 0771-1234567、+86 138 0000 0000）',
  'invalid phone number: expected 5 to 20 digits, optionally with a leading +, spaces, hyphens or brackets (e.g. 0771-1234567, +86 138 0000 0000)',
);

function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s()-]+$/u.test(value)) return false;
  const digits = value.replace(/\D/gu, '').length;
  return digits >= 5 && digits <= 20;
}

/**
 * The schema of a phone number as people write it: 5 to 20 digits, with an optional leading `+`
 * and spaces, hyphens or brackets. Kept as written; failures have the code `INVALID_PHONE`.
 *
 * @example
 * ```ts
 * import { PhoneNumberSchema } from 'logistics-customer/customer';
 * [PhoneNumberSchema.safeParse('0771-1234567').success, PhoneNumberSchema.safeParse('call me').success];
 * // => [true, false]
 * ```
 * @category Customer
 */
export const PhoneNumberSchema = z.string().check(
  z.refine(isPhoneNumber, {
    message: INVALID_PHONE.en,
    params: customIssue('INVALID_PHONE', INVALID_PHONE),
  }),
);

/**
 * The schema of a contact person at a customer (客户联系人, DOMAIN.md §1 [seed 002]): a name,
 * optionally the job title, phone, e-mail and whether the person takes the buying decision.
 * Contact details are optional here so partial records can be kept; `profileCompleteness`
 * reports a contact without a phone or e-mail. Unknown fields are rejected.
 *
 * @example
 * ```ts
 * import { ContactSchema } from 'logistics-customer/customer';
 * ContactSchema.parse({ name: '王经理', title: '物流部经理', phone: '0771-1234567', decisionMaker: true });
 * // => { name: '王经理', title: '物流部经理', phone: '0771-1234567', decisionMaker: true }
 * ```
 * @category Customer
 */
export const ContactSchema = z.readonly(
  z.strictObject({
    /** The person's name (姓名). */
    name: NonBlankTextSchema,
    /** The job title (职务), e.g. 物流部经理. */
    title: z.exactOptional(NonBlankTextSchema),
    /** A phone number as written. */
    phone: z.exactOptional(PhoneNumberSchema),
    /** An e-mail address. */
    email: z.exactOptional(z.email()),
    /** Whether this person takes or signs off the buying decision (决策人). */
    decisionMaker: z.exactOptional(z.boolean()),
  }),
);

/**
 * A contact person at a customer.
 *
 * @category Customer
 */
export type Contact = z.infer<typeof ContactSchema>;
