import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The warning signals watched for each customer (风险预警, DOMAIN.md §6 [seed 002 names the
 * mechanism; the signals are practice]): falling volume against the previous period, repeated
 * complaints, a long silence since the last order, overdue payment.
 *
 * @example
 * ```ts
 * import { RiskSignalKindSchema } from 'logistics-customer/segmentation';
 * RiskSignalKindSchema.options;
 * // => ['falling-volume', 'repeated-complaints', 'long-silence', 'overdue-payment']
 * ```
 * @category Risk warning
 */
export const RiskSignalKindSchema = z.enum(['falling-volume', 'repeated-complaints', 'long-silence', 'overdue-payment']);

/**
 * One kind of risk signal.
 *
 * @category Risk warning
 */
export type RiskSignalKind = z.infer<typeof RiskSignalKindSchema>;

/**
 * The zh-CN and en labels of {@link RiskSignalKind}.
 *
 * @example
 * ```ts
 * import { riskSignalKindLabels } from 'logistics-customer/segmentation';
 * riskSignalKindLabels['overdue-payment']['zh-CN'];
 * // => '逾期付款'
 * ```
 * @category Risk warning
 */
export const riskSignalKindLabels = {
  'falling-volume': { 'zh-CN': '业务量下降', en: 'Falling volume' },
  'repeated-complaints': { 'zh-CN': '多次投诉', en: 'Repeated complaints' },
  'long-silence': { 'zh-CN': '长期未下单', en: 'Long silence' },
  'overdue-payment': { 'zh-CN': '逾期付款', en: 'Overdue payment' },
} as const satisfies LabelTable<RiskSignalKind>;
