import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * What ABC analysis ranks customers by (分析口径, DOMAIN.md §3 [seed 003]): the revenue
 * (销售额) or the profit (利润额) they bring.
 *
 * @example
 * ```ts
 * import { AbcBasisSchema } from 'logistics-customer/segmentation';
 * AbcBasisSchema.options;
 * // => ['revenue', 'profit']
 * ```
 * @category ABC analysis
 */
export const AbcBasisSchema = z.enum(['revenue', 'profit']);

/**
 * `'revenue'` (销售额) or `'profit'` (利润额).
 *
 * @category ABC analysis
 */
export type AbcBasis = z.infer<typeof AbcBasisSchema>;

/**
 * The zh-CN and en labels of {@link AbcBasis}.
 *
 * @example
 * ```ts
 * import { abcBasisLabels } from 'logistics-customer/segmentation';
 * abcBasisLabels.profit['zh-CN'];
 * // => '利润额'
 * ```
 * @category ABC analysis
 */
export const abcBasisLabels = {
  revenue: { 'zh-CN': '销售额', en: 'revenue' },
  profit: { 'zh-CN': '利润额', en: 'profit' },
} as const satisfies LabelTable<AbcBasis>;
