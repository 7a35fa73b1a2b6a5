import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The two ABC rules the textbook states (DOMAIN.md §3 [seed 003]): by cumulative value share
 * (A up to ≈80% of the value, B up to ≈95%) or by customer count (the top ≈5% of customers are
 * A, the next ≈15% B, the rest C).
 *
 * @example
 * ```ts
 * import { AbcRuleSchema } from 'logistics-customer/segmentation';
 * AbcRuleSchema.options;
 * // => ['value', 'count']
 * ```
 * @category ABC analysis
 */
export const AbcRuleSchema = z.enum(['value', 'count']);

/**
 * `'value'` (按业绩累计占比) or `'count'` (按客户数占比).
 *
 * @category ABC analysis
 */
export type AbcRule = z.infer<typeof AbcRuleSchema>;

/**
 * The zh-CN and en labels of {@link AbcRule}.
 *
 * @example
 * ```ts
 * import { abcRuleLabels } from 'logistics-customer/segmentation';
 * abcRuleLabels.count.en;
 * // => 'by share of customers'
 * ```
 * @category ABC analysis
 */
export const abcRuleLabels = {
  value: { 'zh-CN': '按业绩累计占比', en: 'by cumulative share of value' },
  count: { 'zh-CN': '按客户数占比', en: 'by share of customers' },
} as const satisfies LabelTable<AbcRule>;
