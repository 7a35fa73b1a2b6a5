import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The logistics services a customer can buy (物流客户服务的内容, DOMAIN.md §8 [seed 004, 000]):
 * the basic functions — transport, distribution, warehousing, handling, packaging, distribution
 * processing, information — and the value-added services customers ask for.
 *
 * @example
 * ```ts
 * import { ServiceKindSchema } from 'logistics-customer/customer';
 * ServiceKindSchema.safeParse('warehousing').success;
 * // => true
 * ```
 * @category Dimensions
 */
export const ServiceKindSchema = z.enum([
  'transport',
  'distribution',
  'warehousing',
  'handling',
  'packaging',
  'distribution-processing',
  'information',
  'supply-chain-finance',
  'reverse-logistics',
  'consulting',
]);

/**
 * One kind of logistics service (DOMAIN.md §8).
 *
 * @category Dimensions
 */
export type ServiceKind = z.infer<typeof ServiceKindSchema>;

/**
 * The zh-CN and en labels of {@link ServiceKind}.
 *
 * @example
 * ```ts
 * import { serviceKindLabels } from 'logistics-customer/customer';
 * serviceKindLabels['distribution-processing']['zh-CN'];
 * // => '流通加工'
 * ```
 * @category Dimensions
 */
export const serviceKindLabels = {
  transport: { 'zh-CN': '运输', en: 'Transport' },
  distribution: { 'zh-CN': '配送', en: 'Distribution' },
  warehousing: { 'zh-CN': '仓储', en: 'Warehousing' },
  handling: { 'zh-CN': '装卸搬运', en: 'Handling' },
  packaging: { 'zh-CN': '包装', en: 'Packaging' },
  'distribution-processing': { 'zh-CN': '流通加工', en: 'Distribution processing' },
  information: { 'zh-CN': '物流信息', en: 'Logistics information' },
  'supply-chain-finance': { 'zh-CN': '供应链金融', en: 'Supply-chain finance' },
  'reverse-logistics': { 'zh-CN': '逆向物流', en: 'Reverse logistics' },
  consulting: { 'zh-CN': '咨询与方案设计', en: 'Consulting and solution design' },
} as const satisfies LabelTable<ServiceKind>;
