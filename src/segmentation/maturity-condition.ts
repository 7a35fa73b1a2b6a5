import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The four conditions of an actual customer (现实客户的四个条件, DOMAIN.md §2 [seed 003]):
 * 有足够的消费能力, 有购买的需求或动机, 了解物流产品或服务的购买渠道, 为物流企业带来即时收入.
 *
 * @example
 * ```ts
 * import { MaturityConditionSchema } from 'logistics-customer/segmentation';
 * MaturityConditionSchema.options;
 * // => ['purchasingPower', 'need', 'knowsChannel', 'immediateRevenue']
 * ```
 * @category Classifications
 */
export const MaturityConditionSchema = z.enum(['purchasingPower', 'need', 'knowsChannel', 'immediateRevenue']);

/**
 * One of the four conditions of an actual customer (DOMAIN.md §2).
 *
 * @category Classifications
 */
export type MaturityCondition = z.infer<typeof MaturityConditionSchema>;

/**
 * The zh-CN and en labels of {@link MaturityCondition}.
 *
 * @example
 * ```ts
 * import { maturityConditionLabels } from 'logistics-customer/segmentation';
 * maturityConditionLabels.knowsChannel['zh-CN'];
 * // => '了解购买渠道'
 * ```
 * @category Classifications
 */
export const maturityConditionLabels = {
  purchasingPower: { 'zh-CN': '有足够的消费能力', en: 'has the purchasing power' },
  need: { 'zh-CN': '有购买的需求或动机', en: 'has a need or motive to buy' },
  knowsChannel: { 'zh-CN': '了解购买渠道', en: 'knows where to buy' },
  immediateRevenue: { 'zh-CN': '带来即时收入', en: 'brings immediate revenue' },
} as const satisfies LabelTable<MaturityCondition>;
