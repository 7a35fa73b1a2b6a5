import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Which rule of {@link DemandNature} classification applied, in the order they are tried:
 * `prospect` (no order yet: potential), `inactive` (no order for too long: lost),
 * `main-and-stable` (top of the revenue ranking and regular: core), `showcase` (an industry
 * showcase: potential), `growing` (revenue up by the growth threshold: potential),
 * `new-and-regular` (new, ordering in several periods: potential), `irregular` (one-off or
 * seasonal: temporary), `small-and-steady` (regular but small and not growing: potential, to be
 * nurtured).
 *
 * @example
 * ```ts
 * import { DemandNatureReasonSchema } from 'logistics-customer/segmentation';
 * DemandNatureReasonSchema.options.length;
 * // => 8
 * ```
 * @category Classifications
 */
export const DemandNatureReasonSchema = z.enum([
  'prospect',
  'inactive',
  'main-and-stable',
  'showcase',
  'growing',
  'new-and-regular',
  'irregular',
  'small-and-steady',
]);

/**
 * The rule that decided a customer's demand nature.
 *
 * @category Classifications
 */
export type DemandNatureReason = z.infer<typeof DemandNatureReasonSchema>;

/**
 * The zh-CN and en labels of {@link DemandNatureReason}.
 *
 * @example
 * ```ts
 * import { demandNatureReasonLabels } from 'logistics-customer/segmentation';
 * demandNatureReasonLabels.irregular['zh-CN'];
 * // => '一次性或阶段性需求'
 * ```
 * @category Classifications
 */
export const demandNatureReasonLabels = {
  prospect: { 'zh-CN': '尚无订单', en: 'no order yet' },
  inactive: { 'zh-CN': '长期没有订单', en: 'no order for a long time' },
  'main-and-stable': { 'zh-CN': '收入的主要来源且合作稳定', en: 'a main source of revenue, ordering regularly' },
  showcase: { 'zh-CN': '具有行业示范效应', en: 'an industry showcase' },
  growing: { 'zh-CN': '业务增长迅速', en: 'growing fast' },
  'new-and-regular': { 'zh-CN': '新客户且多个周期有订单', en: 'new and ordering in several periods' },
  irregular: { 'zh-CN': '一次性或阶段性需求', en: 'one-off or seasonal demand' },
  'small-and-steady': { 'zh-CN': '规模较小但合作稳定，可培育', en: 'small but steady, worth nurturing' },
} as const satisfies LabelTable<DemandNatureReason>;
