import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The condition a shipment line arrived in: intact, damaged, or lost (nothing arrived). Damage
 * and loss rates (破损率、丢失率) measure service reliability (可靠性, DOMAIN.md §8).
 *
 * @example
 * ```ts
 * import { ShipmentConditionSchema } from 'logistics-customer/quality';
 * ShipmentConditionSchema.safeParse('damaged').success;
 * // => true
 * ```
 * @category Records
 */
export const ShipmentConditionSchema = z.enum(['intact', 'damaged', 'lost']);

/**
 * The condition of a shipment line on arrival.
 *
 * @category Records
 */
export type ShipmentCondition = z.infer<typeof ShipmentConditionSchema>;

/**
 * The zh-CN and en labels of {@link ShipmentCondition}.
 *
 * @example
 * ```ts
 * import { shipmentConditionLabels } from 'logistics-customer/quality';
 * shipmentConditionLabels.damaged['zh-CN'];
 * // => '破损'
 * ```
 * @category Records
 */
export const shipmentConditionLabels = {
  intact: { 'zh-CN': '完好', en: 'Intact' },
  damaged: { 'zh-CN': '破损', en: 'Damaged' },
  lost: { 'zh-CN': '丢失', en: 'Lost' },
} as const satisfies LabelTable<ShipmentCondition>;
