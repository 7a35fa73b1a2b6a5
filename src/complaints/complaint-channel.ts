import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * How a complaint came in (投诉方式): phone 电话, online 网上, email 电子邮件, letter 信函,
 * visit 来访.
 *
 * @example
 * ```ts
 * import { ComplaintChannelSchema } from 'logistics-customer/complaints';
 * ComplaintChannelSchema.options;
 * // => ['phone', 'online', 'email', 'letter', 'visit']
 * ```
 * @category Complaints
 */
export const ComplaintChannelSchema = z.enum(['phone', 'online', 'email', 'letter', 'visit']);

/**
 * The channel a complaint came in through.
 *
 * @category Complaints
 */
export type ComplaintChannel = z.infer<typeof ComplaintChannelSchema>;

/**
 * The zh-CN and en labels of the channels.
 *
 * @example
 * ```ts
 * import { complaintChannelLabels } from 'logistics-customer/complaints';
 * complaintChannelLabels.visit['zh-CN'];
 * // => '来访'
 * ```
 * @category Complaints
 */
export const complaintChannelLabels = {
  phone: { 'zh-CN': '电话', en: 'Phone' },
  online: { 'zh-CN': '网上', en: 'Online' },
  email: { 'zh-CN': '电子邮件', en: 'Email' },
  letter: { 'zh-CN': '信函', en: 'Letter' },
  visit: { 'zh-CN': '来访', en: 'Visit' },
} as const satisfies LabelTable<ComplaintChannel>;
