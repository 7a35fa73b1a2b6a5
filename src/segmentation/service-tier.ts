import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The tiers of differentiated service (客户分层与差异化服务, DOMAIN.md §6 [seed 000, 002]): core and
 * high-value customers, potential customers, general and temporary customers — plus lost
 * customers to win back (流失客户: 分析原因, 针对性挽回 [seed 000]).
 *
 * @example
 * ```ts
 * import { ServiceTierSchema } from 'logistics-customer/segmentation';
 * ServiceTierSchema.options;
 * // => ['core', 'potential', 'general', 'win-back']
 * ```
 * @category Service policy
 */
export const ServiceTierSchema = z.enum(['core', 'potential', 'general', 'win-back']);

/**
 * One service tier (DOMAIN.md §6).
 *
 * @category Service policy
 */
export type ServiceTier = z.infer<typeof ServiceTierSchema>;

/**
 * The zh-CN and en labels of {@link ServiceTier}.
 *
 * @example
 * ```ts
 * import { serviceTierLabels } from 'logistics-customer/segmentation';
 * serviceTierLabels.core['zh-CN'];
 * // => '核心/高价值客户'
 * ```
 * @category Service policy
 */
export const serviceTierLabels = {
  core: { 'zh-CN': '核心/高价值客户', en: 'Core and high-value customers' },
  potential: { 'zh-CN': '潜力客户', en: 'Potential customers' },
  general: { 'zh-CN': '一般/临时客户', en: 'General and temporary customers' },
  'win-back': { 'zh-CN': '流失客户（挽回）', en: 'Lost customers (win back)' },
} as const satisfies LabelTable<ServiceTier>;
