import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The four factors that decide whether a found prospect is worth developing (影响物流客户识别的因素,
 * DOMAIN.md §5 [seed 003]): 需求度 need, 购买力 purchasing power, 决策权 decision authority,
 * 信誉度 creditworthiness.
 *
 * @example
 * ```ts
 * import { IdentificationFactorSchema } from 'logistics-customer/funnel';
 * IdentificationFactorSchema.options;
 * // => ['need', 'purchasing-power', 'decision-authority', 'creditworthiness']
 * ```
 * @category Qualification
 */
export const IdentificationFactorSchema = z.enum(['need', 'purchasing-power', 'decision-authority', 'creditworthiness']);

/**
 * One identification factor (识别因素, DOMAIN.md §5).
 *
 * @category Qualification
 */
export type IdentificationFactor = z.infer<typeof IdentificationFactorSchema>;

/**
 * The zh-CN and en labels of the four identification factors.
 *
 * @example
 * ```ts
 * import { identificationFactorLabels } from 'logistics-customer/funnel';
 * identificationFactorLabels['decision-authority'];
 * // => { 'zh-CN': '决策权', en: 'Decision authority' }
 * ```
 * @category Qualification
 */
export const identificationFactorLabels = {
  need: { 'zh-CN': '需求度', en: 'Need' },
  'purchasing-power': { 'zh-CN': '购买力', en: 'Purchasing power' },
  'decision-authority': { 'zh-CN': '决策权', en: 'Decision authority' },
  creditworthiness: { 'zh-CN': '信誉度', en: 'Creditworthiness' },
} as const satisfies LabelTable<IdentificationFactor>;
