import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';
import type { ComplaintSeverity } from './complaint-severity.js';

/**
 * How fast a complaint must be handled (处理优先级): urgent 特急, high 紧急, normal 普通, low 低.
 * Service-level targets are set per priority (DOMAIN.md §7).
 *
 * @example
 * ```ts
 * import { ComplaintPrioritySchema } from 'logistics-customer/complaints';
 * ComplaintPrioritySchema.options;
 * // => ['urgent', 'high', 'normal', 'low']
 * ```
 * @category Complaints
 */
export const ComplaintPrioritySchema = z.enum(['urgent', 'high', 'normal', 'low']);

/**
 * The priority of a complaint.
 *
 * @category Complaints
 */
export type ComplaintPriority = z.infer<typeof ComplaintPrioritySchema>;

/**
 * The zh-CN and en labels of the priorities.
 *
 * @example
 * ```ts
 * import { complaintPriorityLabels } from 'logistics-customer/complaints';
 * complaintPriorityLabels.urgent['zh-CN'];
 * // => '特急'
 * ```
 * @category Complaints
 */
export const complaintPriorityLabels = {
  urgent: { 'zh-CN': '特急', en: 'Urgent' },
  high: { 'zh-CN': '紧急', en: 'High' },
  normal: { 'zh-CN': '普通', en: 'Normal' },
  low: { 'zh-CN': '低', en: 'Low' },
} as const satisfies LabelTable<ComplaintPriority>;

/**
 * The priority a complaint gets from its severity when the receipt names none [practice]:
 * critical → urgent, serious → high, moderate → normal, minor → low. Overridable per machine.
 *
 * @example
 * ```ts
 * import { DEFAULT_PRIORITY_BY_SEVERITY } from 'logistics-customer/complaints';
 * DEFAULT_PRIORITY_BY_SEVERITY.serious;
 * // => 'high'
 * ```
 * @category Complaints
 */
export const DEFAULT_PRIORITY_BY_SEVERITY = {
  minor: 'low',
  moderate: 'normal',
  serious: 'high',
  critical: 'urgent',
} as const satisfies { readonly [S in ComplaintSeverity]: ComplaintPriority };
