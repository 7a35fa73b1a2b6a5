import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The customer's behaviour (客户行为, DOMAIN.md §2 [seed 001]): 忠诚 loyal (keeps choosing the
 * firm over the long term), 潜在 potential (not, or not yet regularly, choosing it but may),
 * 流失 lost (chose it once, no longer does).
 *
 * @example
 * ```ts
 * import { BehaviourSchema } from 'logistics-customer/segmentation';
 * BehaviourSchema.options;
 * // => ['loyal', 'potential', 'lost']
 * ```
 * @category Classifications
 */
export const BehaviourSchema = z.enum(['loyal', 'potential', 'lost']);

/**
 * `'loyal'` 忠诚, `'potential'` 潜在 or `'lost'` 流失 (DOMAIN.md §2).
 *
 * @category Classifications
 */
export type Behaviour = z.infer<typeof BehaviourSchema>;

/**
 * The zh-CN and en labels of {@link Behaviour}.
 *
 * @example
 * ```ts
 * import { behaviourLabels } from 'logistics-customer/segmentation';
 * behaviourLabels.loyal['zh-CN'];
 * // => '忠诚客户'
 * ```
 * @category Classifications
 */
export const behaviourLabels = {
  loyal: { 'zh-CN': '忠诚客户', en: 'Loyal customer' },
  potential: { 'zh-CN': '潜在客户', en: 'Potential customer' },
  lost: { 'zh-CN': '流失客户', en: 'Lost customer' },
} as const satisfies LabelTable<Behaviour>;
