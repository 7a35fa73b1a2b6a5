import * as z from 'zod/mini';
import type { LabelTable } from '../locale.js';

/**
 * The rounding modes money calculations accept.
 *
 * @example
 * ```ts
 * import { RoundingModeSchema } from 'logistics-customer/core';
 * RoundingModeSchema.options;
 * // => ['half-even', 'half-up', 'down', 'up', 'floor', 'ceil']
 * ```
 * @category Money
 */
export const RoundingModeSchema = z.enum(['half-even', 'half-up', 'down', 'up', 'floor', 'ceil']);

/**
 * How to round to a whole minor unit: `'half-even'` (banker's rounding, the default),
 * `'half-up'` (ties away from zero), `'down'` (toward zero), `'up'` (away from zero), `'floor'`
 * (toward −∞), `'ceil'` (toward +∞).
 *
 * @category Money
 */
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

/**
 * The label of every rounding mode in zh-CN and en.
 *
 * @example
 * ```ts
 * import { roundingModeLabels } from 'logistics-customer/core';
 * roundingModeLabels['half-up']['zh-CN'];
 * // => '四舍五入'
 * ```
 * @category Money
 */
export const roundingModeLabels = {
  'half-even': { 'zh-CN': '四舍六入五成双（银行家舍入）', en: 'Half to even (banker’s rounding)' },
  'half-up': { 'zh-CN': '四舍五入', en: 'Half away from zero' },
  down: { 'zh-CN': '向零舍入（截尾）', en: 'Toward zero (truncate)' },
  up: { 'zh-CN': '远离零进位', en: 'Away from zero' },
  floor: { 'zh-CN': '向下取整', en: 'Toward negative infinity (floor)' },
  ceil: { 'zh-CN': '向上取整', en: 'Toward positive infinity (ceiling)' },
} as const satisfies LabelTable<RoundingMode>;
