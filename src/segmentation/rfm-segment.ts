import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The classic RFM segments (RFM 客户细分, a CRM practice beyond the textbook): from champions
 * (bought recently and often) to hibernating (long ago, rarely).
 *
 * @example
 * ```ts
 * import { RfmSegmentSchema } from 'logistics-customer/segmentation';
 * RfmSegmentSchema.options.length;
 * // => 10
 * ```
 * @category RFM
 */
export const RfmSegmentSchema = z.enum([
  'champions',
  'loyal',
  'potential-loyalist',
  'new',
  'promising',
  'need-attention',
  'about-to-sleep',
  'at-risk',
  'cannot-lose',
  'hibernating',
]);

/**
 * One classic RFM segment.
 *
 * @category RFM
 */
export type RfmSegment = z.infer<typeof RfmSegmentSchema>;

/**
 * The zh-CN and en labels of {@link RfmSegment}.
 *
 * @example
 * ```ts
 * import { rfmSegmentLabels } from 'logistics-customer/segmentation';
 * rfmSegmentLabels['at-risk']['zh-CN'];
 * // => '有流失风险客户'
 * ```
 * @category RFM
 */
export const rfmSegmentLabels = {
  champions: { 'zh-CN': '冠军客户', en: 'Champions' },
  loyal: { 'zh-CN': '忠诚客户', en: 'Loyal customers' },
  'potential-loyalist': { 'zh-CN': '潜在忠诚客户', en: 'Potential loyalists' },
  new: { 'zh-CN': '新客户', en: 'New customers' },
  promising: { 'zh-CN': '有前景客户', en: 'Promising' },
  'need-attention': { 'zh-CN': '需要关注客户', en: 'Need attention' },
  'about-to-sleep': { 'zh-CN': '即将沉睡客户', en: 'About to sleep' },
  'at-risk': { 'zh-CN': '有流失风险客户', en: 'At risk' },
  'cannot-lose': { 'zh-CN': '不能失去的客户', en: "Can't lose them" },
  hibernating: { 'zh-CN': '沉睡客户', en: 'Hibernating' },
} as const satisfies LabelTable<RfmSegment>;

/**
 * A segment for every pair of recency and frequency scores: `grid[r - 1][f - 1]`.
 *
 * @category RFM
 */
export type RfmGrid = readonly (readonly RfmSegment[])[];

/**
 * The classic recency × frequency segment map (rows R 1–5, columns F 1–5), as data to override:
 * R 5 F 4–5 champions; R 3–5 F 4–5 loyal; R 4–5 F 2–3 potential loyalists; R 5 F 1 new; R 4 F 1
 * promising; R 3 F 3 need attention; R 3 F 1–2 about to sleep; R 1–2 F 3–4 at risk; R 1–2 F 5
 * can't lose them; R 1–2 F 1–2 hibernating.
 *
 * @example
 * ```ts
 * import { DEFAULT_RFM_GRID } from 'logistics-customer/segmentation';
 * DEFAULT_RFM_GRID[4]![4];
 * // => 'champions'
 * ```
 * @category RFM
 */
export const DEFAULT_RFM_GRID = [
  ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose'],
  ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose'],
  ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
  ['promising', 'potential-loyalist', 'potential-loyalist', 'loyal', 'loyal'],
  ['new', 'potential-loyalist', 'potential-loyalist', 'champions', 'champions'],
] as const satisfies RfmGrid;
