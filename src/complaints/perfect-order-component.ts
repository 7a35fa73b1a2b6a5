import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';
import type { ComplaintCategory } from './complaint-category.js';

/**
 * The component of the perfect order (完美订单) a complaint says was broken: on time, in full,
 * condition (undamaged) or documents (DOMAIN.md §8). A plain string union the quality module's
 * measures can be matched against.
 *
 * @example
 * ```ts
 * import { PerfectOrderComponentSchema } from 'logistics-customer/complaints';
 * PerfectOrderComponentSchema.options;
 * // => ['on-time', 'in-full', 'condition', 'documents']
 * ```
 * @category Complaints
 */
export const PerfectOrderComponentSchema = z.enum(['on-time', 'in-full', 'condition', 'documents']);

/**
 * A component of the perfect order.
 *
 * @category Complaints
 */
export type PerfectOrderComponent = z.infer<typeof PerfectOrderComponentSchema>;

/**
 * The zh-CN and en labels of the perfect-order components.
 *
 * @example
 * ```ts
 * import { perfectOrderComponentLabels } from 'logistics-customer/complaints';
 * perfectOrderComponentLabels.condition['zh-CN'];
 * // => '货物完好'
 * ```
 * @category Complaints
 */
export const perfectOrderComponentLabels = {
  'on-time': { 'zh-CN': '准时', en: 'On time' },
  'in-full': { 'zh-CN': '完整（足量）', en: 'In full' },
  condition: { 'zh-CN': '货物完好', en: 'Condition' },
  documents: { 'zh-CN': '单证准确', en: 'Documents' },
} as const satisfies LabelTable<PerfectOrderComponent>;

/**
 * Which perfect-order component each category usually breaks, used when a receipt names none (a
 * [practice] default): delay → on time, damage → condition, loss and wrong/short delivery → in full,
 * billing → documents; staff attitude, information and other break none (`undefined`).
 *
 * @example
 * ```ts
 * import { DEFAULT_CATEGORY_COMPONENTS } from 'logistics-customer/complaints';
 * [DEFAULT_CATEGORY_COMPONENTS.damage, DEFAULT_CATEGORY_COMPONENTS['staff-attitude']];
 * // => ['condition', undefined]
 * ```
 * @category Complaints
 */
export const DEFAULT_CATEGORY_COMPONENTS: { readonly [C in ComplaintCategory]: PerfectOrderComponent | undefined } = {
  delay: 'on-time',
  damage: 'condition',
  loss: 'in-full',
  'wrong-delivery': 'in-full',
  'staff-attitude': undefined,
  billing: 'documents',
  information: undefined,
  other: undefined,
};
