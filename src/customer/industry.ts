import * as z from 'zod/mini';
import type { LabelTable, LocalizedText } from '../core/locale.js';

/**
 * The customer's industry (按所属行业, DOMAIN.md §2 [seed 000]); each industry stresses
 * different logistics needs, listed in {@link industryTypicalNeeds}.
 *
 * @example
 * ```ts
 * import { IndustrySchema } from 'logistics-customer/customer';
 * IndustrySchema.safeParse('pharma').success;
 * // => true
 * ```
 * @category Dimensions
 */
export const IndustrySchema = z.enum(['manufacturing', 'e-commerce', 'fmcg', 'pharma', 'cross-border', 'other']);

/**
 * 制造业, 电商, 快消品, 医药, 跨境贸易 or another industry (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type Industry = z.infer<typeof IndustrySchema>;

/**
 * The zh-CN and en labels of {@link Industry}.
 *
 * @example
 * ```ts
 * import { industryLabels } from 'logistics-customer/customer';
 * industryLabels['cross-border'].en;
 * // => 'Cross-border trade'
 * ```
 * @category Dimensions
 */
export const industryLabels = {
  manufacturing: { 'zh-CN': '制造业', en: 'Manufacturing' },
  'e-commerce': { 'zh-CN': '电商', en: 'E-commerce' },
  fmcg: { 'zh-CN': '快消品', en: 'Fast-moving consumer goods' },
  pharma: { 'zh-CN': '医药', en: 'Pharmaceuticals' },
  'cross-border': { 'zh-CN': '跨境贸易', en: 'Cross-border trade' },
  other: { 'zh-CN': '其他行业', en: 'Other industry' },
} as const satisfies LabelTable<Industry>;

/**
 * The logistics needs each industry typically stresses (按所属行业, DOMAIN.md §2 [seed 000]), as
 * labelled data: a starting point for a solution, not a rule. `other` has none.
 *
 * @example
 * ```ts
 * import { industryTypicalNeeds } from 'logistics-customer/customer';
 * industryTypicalNeeds.pharma.map((need) => need['zh-CN']);
 * // => ['冷链物流（温控）', '合规性（GSP）', '医药仓储']
 * ```
 * @category Dimensions
 */
export const industryTypicalNeeds = {
  manufacturing: [
    { 'zh-CN': 'JIT（准时制）配送', en: 'Just-in-time (JIT) delivery' },
    { 'zh-CN': '仓储管理与库存控制', en: 'Warehouse management and inventory control' },
    { 'zh-CN': '采购、生产、销售物流一体化', en: 'Integrated inbound, production and outbound logistics' },
  ],
  'e-commerce': [
    { 'zh-CN': '末端配送时效（最后一公里）', en: 'Last-mile delivery speed' },
    { 'zh-CN': '逆向物流（退换货）', en: 'Reverse logistics (returns and exchanges)' },
    { 'zh-CN': '信息化跟踪', en: 'Shipment tracking' },
  ],
  fmcg: [
    { 'zh-CN': '物流网络广泛覆盖', en: 'Wide network coverage' },
    { 'zh-CN': '配送稳定性', en: 'Stable, reliable distribution' },
  ],
  pharma: [
    { 'zh-CN': '冷链物流（温控）', en: 'Cold chain (temperature control)' },
    { 'zh-CN': '合规性（GSP）', en: 'Compliance (GSP)' },
    { 'zh-CN': '医药仓储', en: 'Pharmaceutical warehousing' },
  ],
  'cross-border': [
    { 'zh-CN': '国际物流', en: 'International logistics' },
    { 'zh-CN': '关务代理', en: 'Customs brokerage' },
    { 'zh-CN': '多式联运', en: 'Multimodal transport' },
  ],
  other: [],
} as const satisfies { readonly [I in Industry]: readonly LocalizedText[] };
