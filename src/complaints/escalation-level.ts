import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Where a complaint is escalated to: a higher level inside the firm (上级主管), or external
 * dispute resolution (外部争议解决: consumer association, arbitration, court).
 *
 * @example
 * ```ts
 * import { EscalationLevelSchema } from 'logistics-customer/complaints';
 * EscalationLevelSchema.options;
 * // => ['management', 'external']
 * ```
 * @category Complaints
 */
export const EscalationLevelSchema = z.enum(['management', 'external']);

/**
 * The level a complaint is escalated to.
 *
 * @category Complaints
 */
export type EscalationLevel = z.infer<typeof EscalationLevelSchema>;

/**
 * The zh-CN and en labels of the escalation levels.
 *
 * @example
 * ```ts
 * import { escalationLevelLabels } from 'logistics-customer/complaints';
 * escalationLevelLabels.external['zh-CN'];
 * // => '外部争议解决'
 * ```
 * @category Complaints
 */
export const escalationLevelLabels = {
  management: { 'zh-CN': '上级主管', en: 'Higher management' },
  external: { 'zh-CN': '外部争议解决', en: 'External dispute resolution' },
} as const satisfies LabelTable<EscalationLevel>;
