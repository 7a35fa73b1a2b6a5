import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The sign of a customer's margin per period. Lifetime value is computed for every sign — a
 * customer who costs more than they bring in has a negative lifetime value — and the sign is
 * reported so such customers stand out.
 *
 * @example
 * ```ts
 * import { MarginStatusSchema } from 'logistics-customer/value';
 * MarginStatusSchema.options;
 * // => ['positive', 'zero', 'negative']
 * ```
 * @category Customer value
 */
export const MarginStatusSchema = z.enum(['positive', 'zero', 'negative']);

/**
 * `positive`, `zero` or `negative`.
 *
 * @category Customer value
 */
export type MarginStatus = z.infer<typeof MarginStatusSchema>;

/**
 * The zh-CN and en labels of {@link MarginStatus}.
 *
 * @example
 * ```ts
 * import { marginStatusLabels } from 'logistics-customer/value';
 * marginStatusLabels.negative['zh-CN'];
 * // => '毛利为负（服务该客户亏损）'
 * ```
 * @category Customer value
 */
export const marginStatusLabels = {
  positive: { 'zh-CN': '毛利为正', en: 'Positive margin' },
  zero: { 'zh-CN': '毛利为零（保本）', en: 'Zero margin (break-even)' },
  negative: { 'zh-CN': '毛利为负（服务该客户亏损）', en: 'Negative margin (the customer is served at a loss)' },
} as const satisfies LabelTable<MarginStatus>;

/**
 * The {@link MarginStatus} of a margin.
 *
 * @param margin - The margin per period, as a decimal.
 * @returns Its sign as a status.
 *
 * @example
 * ```ts
 * import { LcDecimal } from 'logistics-customer';
 * import { marginStatusOf } from 'logistics-customer/value';
 * marginStatusOf(new LcDecimal('-12.5'));
 * // => 'negative'
 * ```
 * @category Customer value
 */
export function marginStatusOf(margin: Decimal): MarginStatus {
  if (margin.isZero()) return 'zero';
  return margin.isNegative() ? 'negative' : 'positive';
}
