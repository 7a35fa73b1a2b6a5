import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The customer seen from marketing (从市场营销角度, DOMAIN.md §2 [seed 004]): 经济型 looks for the
 * best value for money, 道德型 feels bound to support a firm it trusts, 个性化 wants personal
 * attention, 方便型 chooses what is most convenient.
 *
 * @example
 * ```ts
 * import { MarketingTypeSchema } from 'logistics-customer/customer';
 * MarketingTypeSchema.options;
 * // => ['economic', 'ethical', 'personalized', 'convenience']
 * ```
 * @category Dimensions
 */
export const MarketingTypeSchema = z.enum(['economic', 'ethical', 'personalized', 'convenience']);

/**
 * 经济型, 道德型, 个性化 or 方便型 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type MarketingType = z.infer<typeof MarketingTypeSchema>;

/**
 * The zh-CN and en labels of {@link MarketingType}.
 *
 * @example
 * ```ts
 * import { marketingTypeLabels } from 'logistics-customer/customer';
 * marketingTypeLabels.convenience['zh-CN'];
 * // => '方便型客户'
 * ```
 * @category Dimensions
 */
export const marketingTypeLabels = {
  economic: { 'zh-CN': '经济型客户', en: 'Economic customer' },
  ethical: { 'zh-CN': '道德型客户', en: 'Ethical customer' },
  personalized: { 'zh-CN': '个性化客户', en: 'Personalising customer' },
  convenience: { 'zh-CN': '方便型客户', en: 'Convenience customer' },
} as const satisfies LabelTable<MarketingType>;
