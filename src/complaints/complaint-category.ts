import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The typical categories of logistics complaints (投诉类别, DOMAIN.md §7): delay 延误, damage 破损,
 * loss 丢失, wrong or short delivery 错发漏发, staff attitude 服务态度, billing 费用, information and
 * tracking 信息, and other.
 *
 * @example
 * ```ts
 * import { ComplaintCategorySchema } from 'logistics-customer/complaints';
 * ComplaintCategorySchema.options;
 * // => ['delay', 'damage', 'loss', 'wrong-delivery', 'staff-attitude', 'billing', 'information', 'other']
 * ```
 * @category Complaints
 */
export const ComplaintCategorySchema = z.enum([
  'delay',
  'damage',
  'loss',
  'wrong-delivery',
  'staff-attitude',
  'billing',
  'information',
  'other',
]);

/**
 * A complaint category.
 *
 * @category Complaints
 */
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

/**
 * The zh-CN and en labels of the complaint categories.
 *
 * @example
 * ```ts
 * import { complaintCategoryLabels } from 'logistics-customer/complaints';
 * complaintCategoryLabels['wrong-delivery']['zh-CN'];
 * // => '错发漏发'
 * ```
 * @category Complaints
 */
export const complaintCategoryLabels = {
  delay: { 'zh-CN': '延误', en: 'Delay' },
  damage: { 'zh-CN': '破损', en: 'Damage' },
  loss: { 'zh-CN': '丢失', en: 'Loss' },
  'wrong-delivery': { 'zh-CN': '错发漏发', en: 'Wrong or short delivery' },
  'staff-attitude': { 'zh-CN': '服务态度', en: 'Staff attitude' },
  billing: { 'zh-CN': '费用', en: 'Billing' },
  information: { 'zh-CN': '信息', en: 'Information and tracking' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies LabelTable<ComplaintCategory>;
