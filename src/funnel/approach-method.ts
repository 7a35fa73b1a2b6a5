import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Ways to open the first meeting with a prospect (接近物流客户的方法, DOMAIN.md §5 [practice]):
 * introduction, the product itself, a benefit, curiosity, a question, a compliment, asking for
 * advice, a gift, a survey.
 *
 * @example
 * ```ts
 * import { ApproachMethodSchema } from 'logistics-customer/funnel';
 * ApproachMethodSchema.options;
 * // => ['introduction', 'product', 'benefit', 'curiosity', 'question', 'compliment', 'advice-seeking', 'gift', 'survey']
 * ```
 * @category Reference data
 */
export const ApproachMethodSchema = z.enum([
  'introduction',
  'product',
  'benefit',
  'curiosity',
  'question',
  'compliment',
  'advice-seeking',
  'gift',
  'survey',
]);

/**
 * One approach method (接近方法, DOMAIN.md §5).
 *
 * @category Reference data
 */
export type ApproachMethod = z.infer<typeof ApproachMethodSchema>;

/**
 * The zh-CN and en labels of the approach methods; extend it with a spread like any label table.
 *
 * @example
 * ```ts
 * import { approachMethodLabels } from 'logistics-customer/funnel';
 * approachMethodLabels.benefit['zh-CN'];
 * // => '利益接近法'
 * ```
 * @category Reference data
 */
export const approachMethodLabels = {
  introduction: { 'zh-CN': '介绍接近法', en: 'Introduction' },
  product: { 'zh-CN': '产品接近法', en: 'Product demonstration' },
  benefit: { 'zh-CN': '利益接近法', en: 'Benefit' },
  curiosity: { 'zh-CN': '好奇接近法', en: 'Curiosity' },
  question: { 'zh-CN': '问题接近法', en: 'Question' },
  compliment: { 'zh-CN': '赞美接近法', en: 'Compliment' },
  'advice-seeking': { 'zh-CN': '求教接近法', en: 'Asking for advice' },
  gift: { 'zh-CN': '馈赠接近法', en: 'Gift' },
  survey: { 'zh-CN': '调查接近法', en: 'Survey' },
} as const satisfies LabelTable<ApproachMethod>;
