import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The components of total customer cost (客户总成本, DOMAIN.md §4): 货币成本 monetary (the price,
 * 物流产品成本), 时间成本 time (travel, waiting, service duration), 精力成本 energy [seed 004],
 * 信息搜寻成本 information search, 便利成本 convenience and 心理成本 psychological cost [seed 003].
 *
 * @example
 * ```ts
 * import { CustomerCostComponentSchema } from 'logistics-customer/value';
 * CustomerCostComponentSchema.options;
 * // => ['monetary', 'time', 'energy', 'informationSearch', 'convenience', 'psychological']
 * ```
 * @category Customer value
 */
export const CustomerCostComponentSchema = z.enum([
  'monetary',
  'time',
  'energy',
  'informationSearch',
  'convenience',
  'psychological',
]);

/**
 * One component of total customer cost: monetary, time, energy, information search,
 * convenience or psychological (DOMAIN.md §4).
 *
 * @category Customer value
 */
export type CustomerCostComponent = z.infer<typeof CustomerCostComponentSchema>;

/**
 * The zh-CN and en labels of {@link CustomerCostComponent}.
 *
 * @example
 * ```ts
 * import { customerCostComponentLabels } from 'logistics-customer/value';
 * customerCostComponentLabels.informationSearch['zh-CN'];
 * // => '信息搜寻成本'
 * ```
 * @category Customer value
 */
export const customerCostComponentLabels = {
  monetary: { 'zh-CN': '货币成本', en: 'Monetary cost' },
  time: { 'zh-CN': '时间成本', en: 'Time cost' },
  energy: { 'zh-CN': '精力成本', en: 'Energy cost' },
  informationSearch: { 'zh-CN': '信息搜寻成本', en: 'Information search cost' },
  convenience: { 'zh-CN': '便利成本', en: 'Convenience cost' },
  psychological: { 'zh-CN': '心理成本', en: 'Psychological cost' },
} as const satisfies LabelTable<CustomerCostComponent>;
