import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The principles of complaint handling (投诉处理原则, DOMAIN.md §7): feelings first, then the
 * matter (先处理心情，再处理事情); respond promptly; never shift blame; record everything; aim for
 * first-time resolution (一次即圆满).
 *
 * @example
 * ```ts
 * import { HandlingPrincipleSchema } from 'logistics-customer/complaints';
 * HandlingPrincipleSchema.options;
 * // => ['feelings-first', 'respond-promptly', 'no-blame-shifting', 'record-everything', 'first-time-resolution']
 * ```
 * @category Complaint handling
 */
export const HandlingPrincipleSchema = z.enum([
  'feelings-first',
  'respond-promptly',
  'no-blame-shifting',
  'record-everything',
  'first-time-resolution',
]);

/**
 * A principle of complaint handling.
 *
 * @category Complaint handling
 */
export type HandlingPrinciple = z.infer<typeof HandlingPrincipleSchema>;

/**
 * The zh-CN and en labels of the principles.
 *
 * @example
 * ```ts
 * import { handlingPrincipleLabels } from 'logistics-customer/complaints';
 * handlingPrincipleLabels['feelings-first']['zh-CN'];
 * // => '先处理心情，再处理事情'
 * ```
 * @category Complaint handling
 */
export const handlingPrincipleLabels = {
  'feelings-first': { 'zh-CN': '先处理心情，再处理事情', en: 'Feelings first, then the matter' },
  'respond-promptly': { 'zh-CN': '及时响应', en: 'Respond promptly' },
  'no-blame-shifting': { 'zh-CN': '不推卸责任', en: 'Never shift blame' },
  'record-everything': { 'zh-CN': '详细记录', en: 'Record everything' },
  'first-time-resolution': { 'zh-CN': '一次即圆满', en: 'Resolve it the first time' },
} as const satisfies LabelTable<HandlingPrinciple>;
