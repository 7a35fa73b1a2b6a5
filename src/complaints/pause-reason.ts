import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Why a complaint waits on the customer (the service-level clocks pause, DOMAIN.md §7): more
 * information or evidence is needed, the customer is to confirm a remedy, the customer cannot
 * be reached, or another reason given in the note.
 *
 * @example
 * ```ts
 * import { PauseReasonSchema } from 'logistics-customer/complaints';
 * PauseReasonSchema.options;
 * // => ['awaiting-information', 'awaiting-confirmation', 'customer-unreachable', 'other']
 * ```
 * @category Service levels
 */
export const PauseReasonSchema = z.enum(['awaiting-information', 'awaiting-confirmation', 'customer-unreachable', 'other']);

/**
 * A reason to wait on the customer.
 *
 * @category Service levels
 */
export type PauseReason = z.infer<typeof PauseReasonSchema>;

/**
 * The zh-CN and en labels of the pause reasons.
 *
 * @example
 * ```ts
 * import { pauseReasonLabels } from 'logistics-customer/complaints';
 * pauseReasonLabels['awaiting-information']['zh-CN'];
 * // => '等待客户补充资料'
 * ```
 * @category Service levels
 */
export const pauseReasonLabels = {
  'awaiting-information': { 'zh-CN': '等待客户补充资料', en: 'Awaiting information from the customer' },
  'awaiting-confirmation': { 'zh-CN': '等待客户确认方案', en: 'Awaiting the customer’s confirmation' },
  'customer-unreachable': { 'zh-CN': '联系不上客户', en: 'Customer unreachable' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies LabelTable<PauseReason>;
