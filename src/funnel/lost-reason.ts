import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Why a deal was lost (流失原因, DOMAIN.md §2 and §5: analyse why — service, price, competitor):
 * price, service, a competitor, no need, no budget, no decision authority, credit, or another
 * reason (which then needs a free-text note).
 *
 * @example
 * ```ts
 * import { LostReasonSchema } from 'logistics-customer/funnel';
 * LostReasonSchema.options;
 * // => ['price', 'service', 'competitor', 'no-need', 'no-budget', 'no-authority', 'credit', 'other']
 * ```
 * @category Reference data
 */
export const LostReasonSchema = z.enum([
  'price',
  'service',
  'competitor',
  'no-need',
  'no-budget',
  'no-authority',
  'credit',
  'other',
]);

/**
 * One lost-reason code.
 *
 * @category Reference data
 */
export type LostReason = z.infer<typeof LostReasonSchema>;

/**
 * The zh-CN and en labels of the lost reasons; extend it with a spread like any label table.
 *
 * @example
 * ```ts
 * import { lostReasonLabels } from 'logistics-customer/funnel';
 * lostReasonLabels.competitor['zh-CN'];
 * // => '被竞争对手抢走'
 * ```
 * @category Reference data
 */
export const lostReasonLabels = {
  price: { 'zh-CN': '价格因素', en: 'Price' },
  service: { 'zh-CN': '服务因素', en: 'Service' },
  competitor: { 'zh-CN': '被竞争对手抢走', en: 'Lost to a competitor' },
  'no-need': { 'zh-CN': '无需求', en: 'No need' },
  'no-budget': { 'zh-CN': '无预算', en: 'No budget' },
  'no-authority': { 'zh-CN': '无决策权', en: 'No decision authority' },
  credit: { 'zh-CN': '信誉问题', en: 'Credit' },
  other: { 'zh-CN': '其他原因', en: 'Other' },
} as const satisfies LabelTable<LostReason>;
