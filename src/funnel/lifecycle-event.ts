import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import type { LostReason } from './lost-reason.js';
import type { ReferenceCode } from './reference-data.js';

/**
 * The event types of the customer relationship lifecycle.
 *
 * @example
 * ```ts
 * import { LifecycleEventTypeSchema } from 'logistics-customer/funnel';
 * LifecycleEventTypeSchema.options;
 * // => ['DEAL_WON', 'RISK_SIGNALLED', 'RISK_CLEARED', 'CHURNED', 'WIN_BACK_STARTED', 'WIN_BACK_FAILED']
 * ```
 * @category Lifecycle
 */
export const LifecycleEventTypeSchema = z.enum([
  'DEAL_WON',
  'RISK_SIGNALLED',
  'RISK_CLEARED',
  'CHURNED',
  'WIN_BACK_STARTED',
  'WIN_BACK_FAILED',
]);

/**
 * The type of a lifecycle event.
 *
 * @category Lifecycle
 */
export type LifecycleEventType = z.infer<typeof LifecycleEventTypeSchema>;

/**
 * The zh-CN and en labels of the lifecycle event types.
 *
 * @example
 * ```ts
 * import { lifecycleEventTypeLabels } from 'logistics-customer/funnel';
 * lifecycleEventTypeLabels.RISK_SIGNALLED['zh-CN'];
 * // => '出现风险信号'
 * ```
 * @category Lifecycle
 */
export const lifecycleEventTypeLabels = {
  DEAL_WON: { 'zh-CN': '成交', en: 'deal won' },
  RISK_SIGNALLED: { 'zh-CN': '出现风险信号', en: 'risk signalled' },
  RISK_CLEARED: { 'zh-CN': '风险解除', en: 'risk cleared' },
  CHURNED: { 'zh-CN': '客户流失', en: 'churned' },
  WIN_BACK_STARTED: { 'zh-CN': '开始挽回', en: 'win-back started' },
  WIN_BACK_FAILED: { 'zh-CN': '挽回失败', en: 'win-back failed' },
} as const satisfies LabelTable<LifecycleEventType>;

/**
 * A risk signal as the lifecycle reads it — structural, so the signals of the segmentation
 * module's risk warning (风险预警, DOMAIN.md §6: falling volumes, repeated complaints, late payment,
 * contact lost) or of any other source fit without an import.
 *
 * @category Lifecycle
 */
export interface RiskSignalLike {
  /** A stable code of the signal, e.g. `FALLING_VOLUME`. */
  readonly code: string;
}

/**
 * A deal with the customer was won (成交): a potential, past or at-risk customer becomes current.
 *
 * @category Lifecycle
 */
export interface DealWonEvent {
  /** The event type. */
  readonly type: 'DEAL_WON';
  /** When the deal was won. */
  readonly at: Date;
  /** The deal's id, if known. */
  readonly dealId?: string;
  /** The contract value, if known. */
  readonly contractValue?: Money;
}

/**
 * Risk signals were raised for a current customer (风险预警).
 *
 * @category Lifecycle
 */
export interface RiskSignalledEvent {
  /** The event type. */
  readonly type: 'RISK_SIGNALLED';
  /** When. */
  readonly at: Date;
  /** The signals; at least one is needed. */
  readonly signals: readonly RiskSignalLike[];
}

/**
 * The risk was dealt with: the customer is current again.
 *
 * @category Lifecycle
 */
export interface RiskClearedEvent {
  /** The event type. */
  readonly type: 'RISK_CLEARED';
  /** When. */
  readonly at: Date;
  /** Free text. */
  readonly note?: string;
}

/**
 * The customer stopped buying (流失): it becomes a past customer. The reason is required by the
 * machine's guard; `other` also needs a note.
 *
 * @category Lifecycle
 */
export interface ChurnedEvent {
  /** The event type. */
  readonly type: 'CHURNED';
  /** When. */
  readonly at: Date;
  /** Why (the lost-reason codes of the funnel). */
  readonly reason?: ReferenceCode<LostReason>;
  /** Free text; required with the reason `other`. */
  readonly note?: string;
}

/**
 * The firm starts winning a past customer back (挽回流失客户).
 *
 * @category Lifecycle
 */
export interface WinBackStartedEvent {
  /** The event type. */
  readonly type: 'WIN_BACK_STARTED';
  /** When. */
  readonly at: Date;
  /** Free text. */
  readonly note?: string;
}

/**
 * The win-back attempt failed: the customer stays a past customer.
 *
 * @category Lifecycle
 */
export interface WinBackFailedEvent {
  /** The event type. */
  readonly type: 'WIN_BACK_FAILED';
  /** When. */
  readonly at: Date;
  /** Free text. */
  readonly note?: string;
}

/**
 * Any event of a customer's relationship lifecycle.
 *
 * @category Lifecycle
 */
export type LifecycleEvent =
  | DealWonEvent
  | RiskSignalledEvent
  | RiskClearedEvent
  | ChurnedEvent
  | WinBackStartedEvent
  | WinBackFailedEvent;
