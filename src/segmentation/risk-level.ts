import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The level of a customer risk warning (风险预警, DOMAIN.md §6 [seed 002]): by default the number
 * of warning signals — none, one (low), two (medium), three or more (high) [practice].
 *
 * @example
 * ```ts
 * import { RiskLevelSchema } from 'logistics-customer/segmentation';
 * RiskLevelSchema.options;
 * // => ['none', 'low', 'medium', 'high']
 * ```
 * @category Risk warning
 */
export const RiskLevelSchema = z.enum(['none', 'low', 'medium', 'high']);

/**
 * A risk level.
 *
 * @category Risk warning
 */
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/**
 * The zh-CN and en labels of {@link RiskLevel}.
 *
 * @example
 * ```ts
 * import { riskLevelLabels } from 'logistics-customer/segmentation';
 * riskLevelLabels.high['zh-CN'];
 * // => '高风险'
 * ```
 * @category Risk warning
 */
export const riskLevelLabels = {
  none: { 'zh-CN': '无风险', en: 'No risk' },
  low: { 'zh-CN': '低风险', en: 'Low risk' },
  medium: { 'zh-CN': '中风险', en: 'Medium risk' },
  high: { 'zh-CN': '高风险', en: 'High risk' },
} as const satisfies LabelTable<RiskLevel>;
