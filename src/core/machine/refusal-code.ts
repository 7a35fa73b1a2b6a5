import * as z from 'zod/mini';
import type { LabelTable } from '../locale.js';

/**
 * Why a transition is refused: the event type is not one the machine knows (`UNKNOWN_EVENT`), the
 * current state does not handle it (`NOT_ALLOWED_IN_STATE`), or every guard said no
 * (`GUARD_REJECTED`).
 *
 * @example
 * ```ts
 * import { TransitionRefusalCodeSchema } from 'logistics-customer/core';
 * TransitionRefusalCodeSchema.options;
 * // => ['UNKNOWN_EVENT', 'NOT_ALLOWED_IN_STATE', 'GUARD_REJECTED']
 * ```
 * @category Machine
 */
export const TransitionRefusalCodeSchema = z.enum(['UNKNOWN_EVENT', 'NOT_ALLOWED_IN_STATE', 'GUARD_REJECTED']);

/**
 * The code of a refused transition.
 *
 * @category Machine
 */
export type TransitionRefusalCode = z.infer<typeof TransitionRefusalCodeSchema>;

/**
 * The label of every {@link TransitionRefusalCode} in both locales.
 *
 * @example
 * ```ts
 * import { transitionRefusalCodeLabels } from 'logistics-customer/core';
 * transitionRefusalCodeLabels.GUARD_REJECTED['zh-CN'];
 * // => '条件不满足'
 * ```
 * @category Machine
 */
export const transitionRefusalCodeLabels = {
  UNKNOWN_EVENT: { 'zh-CN': '未知事件', en: 'Unknown event' },
  NOT_ALLOWED_IN_STATE: { 'zh-CN': '当前状态不允许', en: 'Not allowed in this state' },
  GUARD_REJECTED: { 'zh-CN': '条件不满足', en: 'Guard rejected' },
} as const satisfies LabelTable<TransitionRefusalCode>;
