import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * How serious a complaint is (严重程度): minor 轻微, moderate 一般, serious 严重, critical 重大.
 *
 * @example
 * ```ts
 * import { ComplaintSeveritySchema } from 'logistics-customer/complaints';
 * ComplaintSeveritySchema.options;
 * // => ['minor', 'moderate', 'serious', 'critical']
 * ```
 * @category Complaints
 */
export const ComplaintSeveritySchema = z.enum(['minor', 'moderate', 'serious', 'critical']);

/**
 * The severity of a complaint.
 *
 * @category Complaints
 */
export type ComplaintSeverity = z.infer<typeof ComplaintSeveritySchema>;

/**
 * The zh-CN and en labels of the severities.
 *
 * @example
 * ```ts
 * import { complaintSeverityLabels } from 'logistics-customer/complaints';
 * complaintSeverityLabels.critical['zh-CN'];
 * // => '重大'
 * ```
 * @category Complaints
 */
export const complaintSeverityLabels = {
  minor: { 'zh-CN': '轻微', en: 'Minor' },
  moderate: { 'zh-CN': '一般', en: 'Moderate' },
  serious: { 'zh-CN': '严重', en: 'Serious' },
  critical: { 'zh-CN': '重大', en: 'Critical' },
} as const satisfies LabelTable<ComplaintSeverity>;
