import * as z from 'zod/mini';
import type { LabelTable } from '../locale.js';

/**
 * The days of the week in `Date.prototype.getDay` order, Sunday first.
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from 'logistics-customer/core';
 * WEEKDAYS;
 * // => [0, 1, 2, 3, 4, 5, 6]
 * ```
 * @category Time
 */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * The schema of a weekday: an integer 0–6 with 0 = Sunday (as `Date.prototype.getUTCDay`).
 *
 * @example
 * ```ts
 * import { WeekdaySchema } from 'logistics-customer/core';
 * [WeekdaySchema.safeParse(1).success, WeekdaySchema.safeParse(7).success];
 * // => [true, false]
 * ```
 * @category Time
 */
export const WeekdaySchema = z.literal(WEEKDAYS);

/**
 * A day of the week: 0 = Sunday, 1 = Monday, …, 6 = Saturday.
 *
 * @category Time
 */
export type Weekday = z.infer<typeof WeekdaySchema>;

/**
 * The names of the weekdays in both locales, keyed by the weekday number as text.
 *
 * @example
 * ```ts
 * import { label, weekdayLabels } from 'logistics-customer/core';
 * [label(weekdayLabels, '1', 'zh-CN'), weekdayLabels[6].en];
 * // => ['星期一', 'Saturday']
 * ```
 * @category Time
 */
export const weekdayLabels = {
  0: { 'zh-CN': '星期日', en: 'Sunday' },
  1: { 'zh-CN': '星期一', en: 'Monday' },
  2: { 'zh-CN': '星期二', en: 'Tuesday' },
  3: { 'zh-CN': '星期三', en: 'Wednesday' },
  4: { 'zh-CN': '星期四', en: 'Thursday' },
  5: { 'zh-CN': '星期五', en: 'Friday' },
  6: { 'zh-CN': '星期六', en: 'Saturday' },
} as const satisfies LabelTable<`${Weekday}`>;
