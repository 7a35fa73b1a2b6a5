import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Where the customer is relative to the firm (客户地理位置, DOMAIN.md §2 [seed 001]): 本地 in the
 * firm's own region, 国内 elsewhere in the same country, 国际 abroad.
 *
 * @example
 * ```ts
 * import { GeographySchema } from 'logistics-customer/customer';
 * GeographySchema.options;
 * // => ['local', 'domestic', 'international']
 * ```
 * @category Dimensions
 */
export const GeographySchema = z.enum(['local', 'domestic', 'international']);

/**
 * 本地, 国内 or 国际 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type Geography = z.infer<typeof GeographySchema>;

/**
 * The zh-CN and en labels of {@link Geography}.
 *
 * @example
 * ```ts
 * import { geographyLabels } from 'logistics-customer/customer';
 * geographyLabels.international['zh-CN'];
 * // => '国际客户'
 * ```
 * @category Dimensions
 */
export const geographyLabels = {
  local: { 'zh-CN': '本地客户', en: 'Local customer' },
  domestic: { 'zh-CN': '国内客户', en: 'Domestic customer' },
  international: { 'zh-CN': '国际客户', en: 'International customer' },
} as const satisfies LabelTable<Geography>;
