import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The customer's place in time (按时间, DOMAIN.md §2 [seed 003, 004]): 过去型 past (has a
 * transaction record, none current), 现在型 current (transacting now, even for the first time,
 * won or not), 未来型 future (not yet a customer: a potential one).
 *
 * @example
 * ```ts
 * import { TimeTypeSchema } from 'logistics-customer/segmentation';
 * TimeTypeSchema.options;
 * // => ['past', 'current', 'future']
 * ```
 * @category Classifications
 */
export const TimeTypeSchema = z.enum(['past', 'current', 'future']);

/**
 * `'past'` 过去型, `'current'` 现在型 or `'future'` 未来型 (DOMAIN.md §2).
 *
 * @category Classifications
 */
export type TimeType = z.infer<typeof TimeTypeSchema>;

/**
 * The zh-CN and en labels of {@link TimeType}.
 *
 * @example
 * ```ts
 * import { timeTypeLabels } from 'logistics-customer/segmentation';
 * timeTypeLabels.past['zh-CN'];
 * // => '过去型客户'
 * ```
 * @category Classifications
 */
export const timeTypeLabels = {
  past: { 'zh-CN': '过去型客户', en: 'Past customer' },
  current: { 'zh-CN': '现在型客户', en: 'Current customer' },
  future: { 'zh-CN': '未来型客户', en: 'Future customer' },
} as const satisfies LabelTable<TimeType>;
