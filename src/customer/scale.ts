import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The size of the customer's business (按企业规模, DOMAIN.md §2 [seed 000]): 大型 large,
 * 中小型 small and medium-sized, 微型/个体 micro businesses and sole traders.
 *
 * @example
 * ```ts
 * import { CustomerScaleSchema } from 'logistics-customer/customer';
 * CustomerScaleSchema.options;
 * // => ['large', 'sme', 'micro']
 * ```
 * @category Dimensions
 */
export const CustomerScaleSchema = z.enum(['large', 'sme', 'micro']);

/**
 * 大型, 中小型 or 微型/个体 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type CustomerScale = z.infer<typeof CustomerScaleSchema>;

/**
 * The zh-CN and en labels of {@link CustomerScale}.
 *
 * @example
 * ```ts
 * import { customerScaleLabels } from 'logistics-customer/customer';
 * customerScaleLabels.sme['zh-CN'];
 * // => '中小型企业'
 * ```
 * @category Dimensions
 */
export const customerScaleLabels = {
  large: { 'zh-CN': '大型企业', en: 'Large enterprise' },
  sme: { 'zh-CN': '中小型企业', en: 'Small or medium-sized enterprise' },
  micro: { 'zh-CN': '微型企业或个体经营者', en: 'Micro business or sole trader' },
} as const satisfies LabelTable<CustomerScale>;
