import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The ways to lead a customer to close (引导物流客户成交的方法, DOMAIN.md §5 [practice]):
 * 请求 direct request, 假定 assumptive, 选择 alternative choice, 小点 minor point, 优惠 concession,
 * 保证 guarantee, 从众 social proof, 机会 last chance, 试用 trial.
 *
 * @example
 * ```ts
 * import { ClosingMethodSchema } from 'logistics-customer/funnel';
 * ClosingMethodSchema.options.length;
 * // => 9
 * ```
 * @category Reference data
 */
export const ClosingMethodSchema = z.enum([
  'request',
  'assumptive',
  'alternative-choice',
  'minor-point',
  'concession',
  'guarantee',
  'social-proof',
  'last-chance',
  'trial',
]);

/**
 * One closing method (成交方法, DOMAIN.md §5).
 *
 * @category Reference data
 */
export type ClosingMethod = z.infer<typeof ClosingMethodSchema>;

/**
 * The zh-CN and en labels of the nine closing methods; extend it with a spread like any label table.
 *
 * @example
 * ```ts
 * import { closingMethodLabels } from 'logistics-customer/funnel';
 * closingMethodLabels['minor-point']['zh-CN'];
 * // => '小点成交法'
 * ```
 * @category Reference data
 */
export const closingMethodLabels = {
  request: { 'zh-CN': '请求成交法', en: 'Direct request' },
  assumptive: { 'zh-CN': '假定成交法', en: 'Assumptive close' },
  'alternative-choice': { 'zh-CN': '选择成交法', en: 'Alternative choice' },
  'minor-point': { 'zh-CN': '小点成交法', en: 'Minor-point close' },
  concession: { 'zh-CN': '优惠成交法', en: 'Concession' },
  guarantee: { 'zh-CN': '保证成交法', en: 'Guarantee' },
  'social-proof': { 'zh-CN': '从众成交法', en: 'Social proof' },
  'last-chance': { 'zh-CN': '机会成交法', en: 'Last chance' },
  trial: { 'zh-CN': '试用成交法', en: 'Trial' },
} as const satisfies LabelTable<ClosingMethod>;
