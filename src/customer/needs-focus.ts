import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * What the customer's needs centre on (客户需求, DOMAIN.md §2 [seed 001]): 时间需求 speed and
 * punctuality (fresh food, urgent parcels), 价格需求 a low price, 服务需求 quality and extra
 * services (custom solutions, technical support).
 *
 * @example
 * ```ts
 * import { NeedsFocusSchema } from 'logistics-customer/customer';
 * NeedsFocusSchema.options;
 * // => ['time', 'price', 'service']
 * ```
 * @category Dimensions
 */
export const NeedsFocusSchema = z.enum(['time', 'price', 'service']);

/**
 * 时间需求, 价格需求 or 服务需求 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type NeedsFocus = z.infer<typeof NeedsFocusSchema>;

/**
 * The zh-CN and en labels of {@link NeedsFocus}.
 *
 * @example
 * ```ts
 * import { needsFocusLabels } from 'logistics-customer/customer';
 * needsFocusLabels.price['zh-CN'];
 * // => '价格需求'
 * ```
 * @category Dimensions
 */
export const needsFocusLabels = {
  time: { 'zh-CN': '时间需求', en: 'Time-focused' },
  price: { 'zh-CN': '价格需求', en: 'Price-focused' },
  service: { 'zh-CN': '服务需求', en: 'Service-focused' },
} as const satisfies LabelTable<NeedsFocus>;
