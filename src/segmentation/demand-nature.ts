import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The nature of the customer's demand (按需求性质, DOMAIN.md §2 [seed 000]): 核心 core (the main
 * source of revenue, large and stable orders), 潜力 potential (small but growing fast, or an
 * industry showcase), 临时 temporary (one-off or seasonal needs: promotions, trade shows),
 * 流失 lost (gone: analyse why — service, price, a competitor).
 *
 * @example
 * ```ts
 * import { DemandNatureSchema } from 'logistics-customer/segmentation';
 * DemandNatureSchema.options;
 * // => ['core', 'potential', 'temporary', 'lost']
 * ```
 * @category Classifications
 */
export const DemandNatureSchema = z.enum(['core', 'potential', 'temporary', 'lost']);

/**
 * `'core'` 核心, `'potential'` 潜力, `'temporary'` 临时 or `'lost'` 流失 (DOMAIN.md §2).
 *
 * @category Classifications
 */
export type DemandNature = z.infer<typeof DemandNatureSchema>;

/**
 * The zh-CN and en labels of {@link DemandNature}.
 *
 * @example
 * ```ts
 * import { demandNatureLabels } from 'logistics-customer/segmentation';
 * demandNatureLabels.temporary['zh-CN'];
 * // => '临时客户'
 * ```
 * @category Classifications
 */
export const demandNatureLabels = {
  core: { 'zh-CN': '核心客户', en: 'Core customer' },
  potential: { 'zh-CN': '潜力客户', en: 'Potential customer' },
  temporary: { 'zh-CN': '临时客户', en: 'Temporary customer' },
  lost: { 'zh-CN': '流失客户', en: 'Lost customer' },
} as const satisfies LabelTable<DemandNature>;
