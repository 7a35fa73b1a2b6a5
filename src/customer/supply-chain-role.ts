import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Where the customer sits along the supply chain (供应链客户关系, DOMAIN.md §1 [seed 003]):
 * every upstream and downstream firm is a possible logistics customer, as is another logistics
 * provider and the end consumer.
 *
 * @example
 * ```ts
 * import { SupplyChainRoleSchema } from 'logistics-customer/customer';
 * SupplyChainRoleSchema.options;
 * // => ['supplier', 'manufacturer', 'wholesaler', 'retailer', 'logistics-provider', 'end-consumer']
 * ```
 * @category Dimensions
 */
export const SupplyChainRoleSchema = z.enum([
  'supplier',
  'manufacturer',
  'wholesaler',
  'retailer',
  'logistics-provider',
  'end-consumer',
]);

/**
 * 供应商, 生产商, 批发商, 零售商, 其他物流商 or 最终消费者 (DOMAIN.md §1).
 *
 * @category Dimensions
 */
export type SupplyChainRole = z.infer<typeof SupplyChainRoleSchema>;

/**
 * The zh-CN and en labels of {@link SupplyChainRole}.
 *
 * @example
 * ```ts
 * import { supplyChainRoleLabels } from 'logistics-customer/customer';
 * supplyChainRoleLabels['logistics-provider']['zh-CN'];
 * // => '其他物流商'
 * ```
 * @category Dimensions
 */
export const supplyChainRoleLabels = {
  supplier: { 'zh-CN': '供应商', en: 'Supplier' },
  manufacturer: { 'zh-CN': '生产商', en: 'Manufacturer' },
  wholesaler: { 'zh-CN': '批发商', en: 'Wholesaler' },
  retailer: { 'zh-CN': '零售商', en: 'Retailer' },
  'logistics-provider': { 'zh-CN': '其他物流商', en: 'Other logistics provider' },
  'end-consumer': { 'zh-CN': '最终消费者', en: 'End consumer' },
} as const satisfies LabelTable<SupplyChainRole>;

/**
 * The tier of a wholesaler (一级批发商 / 二级批发商, DOMAIN.md §1 [seed 003]): 1 buys from the
 * manufacturer, 2 from a tier-1 wholesaler.
 *
 * @example
 * ```ts
 * import { WholesalerTierSchema } from 'logistics-customer/customer';
 * WholesalerTierSchema.safeParse(3).success;
 * // => false
 * ```
 * @category Dimensions
 */
export const WholesalerTierSchema = z.union([z.literal(1), z.literal(2)]);

/**
 * 1 (一级批发商) or 2 (二级批发商).
 *
 * @category Dimensions
 */
export type WholesalerTier = z.infer<typeof WholesalerTierSchema>;

/**
 * The zh-CN and en labels of {@link WholesalerTier}, keyed by the tier as a string.
 *
 * @example
 * ```ts
 * import { wholesalerTierLabels } from 'logistics-customer/customer';
 * wholesalerTierLabels[2]['zh-CN'];
 * // => '二级批发商'
 * ```
 * @category Dimensions
 */
export const wholesalerTierLabels = {
  1: { 'zh-CN': '一级批发商', en: 'Tier-1 wholesaler' },
  2: { 'zh-CN': '二级批发商', en: 'Tier-2 wholesaler' },
} as const satisfies LabelTable<`${WholesalerTier}`>;
