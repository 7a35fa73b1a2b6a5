import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The service-level targets of complaint handling (服务时限, DOMAIN.md §7): acknowledge within,
 * first response within, resolve within, follow up within.
 *
 * @example
 * ```ts
 * import { SlaTargetSchema } from 'logistics-customer/complaints';
 * SlaTargetSchema.options;
 * // => ['acknowledge', 'first-response', 'resolve', 'follow-up']
 * ```
 * @category Service levels
 */
export const SlaTargetSchema = z.enum(['acknowledge', 'first-response', 'resolve', 'follow-up']);

/**
 * A service-level target.
 *
 * @category Service levels
 */
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

/**
 * The zh-CN and en labels of the targets.
 *
 * @example
 * ```ts
 * import { slaTargetLabels } from 'logistics-customer/complaints';
 * slaTargetLabels['follow-up']['zh-CN'];
 * // => '回访时限'
 * ```
 * @category Service levels
 */
export const slaTargetLabels = {
  acknowledge: { 'zh-CN': '确认时限', en: 'Acknowledge within' },
  'first-response': { 'zh-CN': '首次答复时限', en: 'First response within' },
  resolve: { 'zh-CN': '处理完毕时限', en: 'Resolve within' },
  'follow-up': { 'zh-CN': '回访时限', en: 'Follow up within' },
} as const satisfies LabelTable<SlaTarget>;

/**
 * Where a service-level clock stands: not started yet (`pending`), `running`, in its `warning`
 * band, `breached` (more time used than the target, stopped or not), `met` (stopped in time),
 * `cancelled` (the complaint was withdrawn before the clock stopped, in time), or
 * `not-applicable` (the clock never applies, e.g. no follow-up after a rejection).
 *
 * @example
 * ```ts
 * import { SlaClockStatusSchema } from 'logistics-customer/complaints';
 * SlaClockStatusSchema.options;
 * // => ['pending', 'running', 'warning', 'breached', 'met', 'cancelled', 'not-applicable']
 * ```
 * @category Service levels
 */
export const SlaClockStatusSchema = z.enum(['pending', 'running', 'warning', 'breached', 'met', 'cancelled', 'not-applicable']);

/**
 * The status of a service-level clock.
 *
 * @category Service levels
 */
export type SlaClockStatus = z.infer<typeof SlaClockStatusSchema>;

/**
 * The zh-CN and en labels of the clock statuses.
 *
 * @example
 * ```ts
 * import { slaClockStatusLabels } from 'logistics-customer/complaints';
 * slaClockStatusLabels.breached['zh-CN'];
 * // => '已超时'
 * ```
 * @category Service levels
 */
export const slaClockStatusLabels = {
  pending: { 'zh-CN': '未开始', en: 'Pending' },
  running: { 'zh-CN': '计时中', en: 'Running' },
  warning: { 'zh-CN': '即将超时', en: 'Warning' },
  breached: { 'zh-CN': '已超时', en: 'Breached' },
  met: { 'zh-CN': '按时完成', en: 'Met' },
  cancelled: { 'zh-CN': '已撤销', en: 'Cancelled' },
  'not-applicable': { 'zh-CN': '不适用', en: 'Not applicable' },
} as const satisfies LabelTable<SlaClockStatus>;

/**
 * What a service-level target is measured in: working time on a business calendar (工作时间), or
 * calendar time (自然时间, around the clock).
 *
 * @example
 * ```ts
 * import { TimeBasisSchema } from 'logistics-customer/complaints';
 * TimeBasisSchema.options;
 * // => ['business', 'calendar']
 * ```
 * @category Service levels
 */
export const TimeBasisSchema = z.enum(['business', 'calendar']);

/**
 * The time basis of a target.
 *
 * @category Service levels
 */
export type TimeBasis = z.infer<typeof TimeBasisSchema>;

/**
 * The zh-CN and en labels of the time bases.
 *
 * @example
 * ```ts
 * import { timeBasisLabels } from 'logistics-customer/complaints';
 * timeBasisLabels.calendar['zh-CN'];
 * // => '自然时间'
 * ```
 * @category Service levels
 */
export const timeBasisLabels = {
  business: { 'zh-CN': '工作时间', en: 'Business time' },
  calendar: { 'zh-CN': '自然时间', en: 'Calendar time' },
} as const satisfies LabelTable<TimeBasis>;

/**
 * What the resolve clock does when a complaint is reopened: `continue` (the time of every cycle
 * adds up against one target) or `restart` (the reopened cycle gets the whole target again).
 *
 * @example
 * ```ts
 * import { ReopenClockSchema } from 'logistics-customer/complaints';
 * ReopenClockSchema.options;
 * // => ['continue', 'restart']
 * ```
 * @category Service levels
 */
export const ReopenClockSchema = z.enum(['continue', 'restart']);

/**
 * The policy choice for the resolve clock on reopen.
 *
 * @category Service levels
 */
export type ReopenClock = z.infer<typeof ReopenClockSchema>;

/**
 * The zh-CN and en labels of the reopen choices.
 *
 * @example
 * ```ts
 * import { reopenClockLabels } from 'logistics-customer/complaints';
 * reopenClockLabels.restart['zh-CN'];
 * // => '重新计时'
 * ```
 * @category Service levels
 */
export const reopenClockLabels = {
  continue: { 'zh-CN': '连续计时', en: 'Continue' },
  restart: { 'zh-CN': '重新计时', en: 'Restart' },
} as const satisfies LabelTable<ReopenClock>;
