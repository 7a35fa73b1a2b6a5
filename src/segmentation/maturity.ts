import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Customer maturity (按客户成熟度, DOMAIN.md §2 [seed 003]): 现实客户 actual customers meet all
 * four conditions (purchasing power, a need or motive, knowing the channel, bringing immediate
 * revenue); 潜在客户 potential customers lack at least one and may become actual.
 *
 * @example
 * ```ts
 * import { MaturitySchema } from 'logistics-customer/segmentation';
 * MaturitySchema.options;
 * // => ['actual', 'potential']
 * ```
 * @category Classifications
 */
export const MaturitySchema = z.enum(['actual', 'potential']);

/**
 * `'actual'` 现实客户 or `'potential'` 潜在客户 (DOMAIN.md §2).
 *
 * @category Classifications
 */
export type Maturity = z.infer<typeof MaturitySchema>;

/**
 * The zh-CN and en labels of {@link Maturity}.
 *
 * @example
 * ```ts
 * import { maturityLabels } from 'logistics-customer/segmentation';
 * maturityLabels.actual['zh-CN'];
 * // => '现实客户'
 * ```
 * @category Classifications
 */
export const maturityLabels = {
  actual: { 'zh-CN': '现实客户', en: 'Actual customer' },
  potential: { 'zh-CN': '潜在客户', en: 'Potential customer' },
} as const satisfies LabelTable<Maturity>;
