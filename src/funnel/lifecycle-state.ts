import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The stages of the customer relationship over time (按时间划分的客户, DOMAIN.md §2 and §6
 * [seed 003, 000, 002]): 未来型 `potential`, 现在型 `current`, `atRisk` (a risk warning, 风险预警),
 * 过去型 `past` (lost) and `winBack` (挽回).
 *
 * @example
 * ```ts
 * import { LifecycleStateSchema } from 'logistics-customer/funnel';
 * LifecycleStateSchema.options;
 * // => ['potential', 'current', 'atRisk', 'past', 'winBack']
 * ```
 * @category Lifecycle
 */
export const LifecycleStateSchema = z.enum(['potential', 'current', 'atRisk', 'past', 'winBack']);

/**
 * A stage of the customer relationship lifecycle.
 *
 * @category Lifecycle
 */
export type LifecycleState = z.infer<typeof LifecycleStateSchema>;

/**
 * The zh-CN and en labels of the lifecycle stages.
 *
 * @example
 * ```ts
 * import { lifecycleStateLabels } from 'logistics-customer/funnel';
 * lifecycleStateLabels.past['zh-CN'];
 * // => '过去型客户（已流失）'
 * ```
 * @category Lifecycle
 */
export const lifecycleStateLabels = {
  potential: { 'zh-CN': '未来型客户（潜在）', en: 'Potential (future) customer' },
  current: { 'zh-CN': '现在型客户', en: 'Current customer' },
  atRisk: { 'zh-CN': '流失预警', en: 'At risk' },
  past: { 'zh-CN': '过去型客户（已流失）', en: 'Past (lost) customer' },
  winBack: { 'zh-CN': '挽回中', en: 'Win-back' },
} as const satisfies LabelTable<LifecycleState>;
