import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * What a complainant seeks (投诉心态, DOMAIN.md §7): to vent 求发泄, to be respected 求尊重, to be
 * compensated 求补偿.
 *
 * @example
 * ```ts
 * import { ComplainantMotiveSchema } from 'logistics-customer/complaints';
 * ComplainantMotiveSchema.options;
 * // => ['venting', 'respect', 'compensation']
 * ```
 * @category Complaint handling
 */
export const ComplainantMotiveSchema = z.enum(['venting', 'respect', 'compensation']);

/**
 * A complainant's motive.
 *
 * @category Complaint handling
 */
export type ComplainantMotive = z.infer<typeof ComplainantMotiveSchema>;

/**
 * The zh-CN and en labels of the motives.
 *
 * @example
 * ```ts
 * import { complainantMotiveLabels } from 'logistics-customer/complaints';
 * complainantMotiveLabels.venting['zh-CN'];
 * // => '求发泄'
 * ```
 * @category Complaint handling
 */
export const complainantMotiveLabels = {
  venting: { 'zh-CN': '求发泄', en: 'Venting' },
  respect: { 'zh-CN': '求尊重', en: 'Respect' },
  compensation: { 'zh-CN': '求补偿', en: 'Compensation' },
} as const satisfies LabelTable<ComplainantMotive>;
