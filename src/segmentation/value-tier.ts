import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The customer-value tiers (客户价值, DOMAIN.md §2 [seed 001]): 高价值 (large orders, stable
 * cooperation, high contribution), 中价值 (moderate orders, cooperation not yet stable),
 * 低价值 (small, unstable).
 *
 * @example
 * ```ts
 * import { ValueTierSchema } from 'logistics-customer/segmentation';
 * ValueTierSchema.options;
 * // => ['high', 'medium', 'low']
 * ```
 * @category Classifications
 */
export const ValueTierSchema = z.enum(['high', 'medium', 'low']);

/**
 * `'high'` 高价值, `'medium'` 中价值 or `'low'` 低价值 (DOMAIN.md §2).
 *
 * @category Classifications
 */
export type ValueTier = z.infer<typeof ValueTierSchema>;

/**
 * The zh-CN and en labels of {@link ValueTier}.
 *
 * @example
 * ```ts
 * import { valueTierLabels } from 'logistics-customer/segmentation';
 * valueTierLabels.high['zh-CN'];
 * // => '高价值客户'
 * ```
 * @category Classifications
 */
export const valueTierLabels = {
  high: { 'zh-CN': '高价值客户', en: 'High-value customer' },
  medium: { 'zh-CN': '中价值客户', en: 'Medium-value customer' },
  low: { 'zh-CN': '低价值客户', en: 'Low-value customer' },
} as const satisfies LabelTable<ValueTier>;
