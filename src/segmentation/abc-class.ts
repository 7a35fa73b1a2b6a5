import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The importance classes of ABC analysis (重要程度, DOMAIN.md §2–3 [seed 003, 004]): A 关键客户
 * (≈5% of customers, ≈80% of revenue or profit), B 合适客户 (≈15% / ≈15%), C 一般客户
 * (≈80% / ≈5%).
 *
 * @example
 * ```ts
 * import { AbcClassSchema } from 'logistics-customer/segmentation';
 * AbcClassSchema.options;
 * // => ['A', 'B', 'C']
 * ```
 * @category ABC analysis
 */
export const AbcClassSchema = z.enum(['A', 'B', 'C']);

/**
 * An ABC class: `'A'` 关键客户, `'B'` 合适客户 or `'C'` 一般客户 (DOMAIN.md §2).
 *
 * @category ABC analysis
 */
export type AbcClass = z.infer<typeof AbcClassSchema>;

/**
 * The zh-CN and en labels of {@link AbcClass}.
 *
 * @example
 * ```ts
 * import { abcClassLabels } from 'logistics-customer/segmentation';
 * abcClassLabels.A['zh-CN'];
 * // => 'A 类（关键客户）'
 * ```
 * @category ABC analysis
 */
export const abcClassLabels = {
  A: { 'zh-CN': 'A 类（关键客户）', en: 'Class A (key customer)' },
  B: { 'zh-CN': 'B 类（合适客户）', en: 'Class B (suitable customer)' },
  C: { 'zh-CN': 'C 类（一般客户）', en: 'Class C (general customer)' },
} as const satisfies LabelTable<AbcClass>;
