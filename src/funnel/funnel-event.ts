import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import type { ApproachMethod } from './approach-method.js';
import type { ClosingMethod } from './closing-method.js';
import type { FindingChannel } from './finding-channel.js';
import type { LostReason } from './lost-reason.js';
import type { QualificationAssessment } from './qualification.js';
import type { ReferenceCode } from './reference-data.js';

/**
 * The event types of the funnel machine, one per step of customer development (DOMAIN.md §5).
 *
 * @example
 * ```ts
 * import { FunnelEventTypeSchema } from 'logistics-customer/funnel';
 * FunnelEventTypeSchema.options;
 * // => ['FIND', 'QUALIFY', 'DISQUALIFY', 'APPROACH', 'PROPOSE', 'WIN', 'LOSE', 'REOPEN']
 * ```
 * @category Funnel
 */
export const FunnelEventTypeSchema = z.enum(['FIND', 'QUALIFY', 'DISQUALIFY', 'APPROACH', 'PROPOSE', 'WIN', 'LOSE', 'REOPEN']);

/**
 * The type of a funnel event.
 *
 * @category Funnel
 */
export type FunnelEventType = z.infer<typeof FunnelEventTypeSchema>;

/**
 * The zh-CN and en labels of the funnel event types (used in refusals and diagrams).
 *
 * @example
 * ```ts
 * import { funnelEventTypeLabels } from 'logistics-customer/funnel';
 * funnelEventTypeLabels.FIND['zh-CN'];
 * // => '寻找到客户'
 * ```
 * @category Funnel
 */
export const funnelEventTypeLabels = {
  FIND: { 'zh-CN': '寻找到客户', en: 'prospect found' },
  QUALIFY: { 'zh-CN': '资格审查合格', en: 'qualified' },
  DISQUALIFY: { 'zh-CN': '资格审查不合格', en: 'disqualified' },
  APPROACH: { 'zh-CN': '制订拜访计划并接近', en: 'approach with a visit plan' },
  PROPOSE: { 'zh-CN': '提交方案报价', en: 'proposal / quote' },
  WIN: { 'zh-CN': '成交', en: 'won' },
  LOSE: { 'zh-CN': '丢单', en: 'lost' },
  REOPEN: { 'zh-CN': '重新开发', en: 're-open' },
} as const satisfies LabelTable<FunnelEventType>;

/**
 * A prospect was found through one of the finding channels (寻找): the deal enters the funnel.
 *
 * @category Funnel
 */
export interface FindEvent {
  /** The event type. */
  readonly type: 'FIND';
  /** When it happened. */
  readonly at: Date;
  /** The finding channel (寻找渠道), a code of the machine's channel table. */
  readonly channel: ReferenceCode<FindingChannel>;
  /** Free text. */
  readonly note?: string;
}

/**
 * The prospect passed the qualification review (识别: 资格审查) with this assessment.
 *
 * @category Funnel
 */
export interface QualifyEvent {
  /** The event type. */
  readonly type: 'QUALIFY';
  /** When it happened. */
  readonly at: Date;
  /** The assessment of the four identification factors; the machine's rule must pass it. */
  readonly assessment: QualificationAssessment;
  /** The expected contract value, if the purchasing-power review estimated one (weighted pipeline). */
  readonly expectedValue?: Money;
}

/**
 * The prospect failed the qualification review: the assessment must fail the machine's rule.
 *
 * @category Funnel
 */
export interface DisqualifyEvent {
  /** The event type. */
  readonly type: 'DISQUALIFY';
  /** When it happened. */
  readonly at: Date;
  /** The assessment of the four identification factors. */
  readonly assessment: QualificationAssessment;
  /** Free text. */
  readonly note?: string;
}

/**
 * The plan for the first visit (拜访计划, DOMAIN.md §5 接近 [seed 003]).
 *
 * @category Funnel
 */
export interface VisitPlan {
  /** The approach method (接近方法), a code of the machine's approach-method table. */
  readonly method: ReferenceCode<ApproachMethod>;
  /** When the visit is planned. */
  readonly visitAt?: Date;
  /** The sales tools to bring (销售工具: brochures, quotes, case studies). */
  readonly salesTools?: readonly string[];
  /** A first judgement of the customer type. */
  readonly customerType?: string;
  /** Free text. */
  readonly note?: string;
}

/**
 * The salesperson approaches the qualified prospect with a visit plan (接近).
 *
 * @category Funnel
 */
export interface ApproachEvent {
  /** The event type. */
  readonly type: 'APPROACH';
  /** When it happened. */
  readonly at: Date;
  /** The visit plan and approach method. */
  readonly visitPlan: VisitPlan;
}

/**
 * A proposal with a quote (洽谈): starts the negotiation, or revises the quote during it.
 *
 * @category Funnel
 */
export interface ProposeEvent {
  /** The event type. */
  readonly type: 'PROPOSE';
  /** When it happened. */
  readonly at: Date;
  /** The quoted value; must be positive. */
  readonly quote: Money;
  /** Free text (the benefits presented, FAB). */
  readonly note?: string;
}

/**
 * The deal closed (成交). Both fields are required by the machine's guard; they are optional in
 * the type so that a refusal can name what is missing.
 *
 * @category Funnel
 */
export interface WinEvent {
  /** The event type. */
  readonly type: 'WIN';
  /** When it happened. */
  readonly at: Date;
  /** The contract value; must be positive. */
  readonly contractValue?: Money;
  /** How the close was led (成交方法), a code of the machine's closing-method table. */
  readonly closingMethod?: ReferenceCode<ClosingMethod>;
}

/**
 * The deal was lost at its current open stage. The reason is required by the machine's guard;
 * `other` also needs a note.
 *
 * @category Funnel
 */
export interface LoseEvent {
  /** The event type. */
  readonly type: 'LOSE';
  /** When it happened. */
  readonly at: Date;
  /** The lost reason, a code of the machine's lost-reason table. */
  readonly reason?: ReferenceCode<LostReason>;
  /** Free text; required with the reason `other`. */
  readonly note?: string;
}

/**
 * A lost or disqualified prospect is developed again (nurture, win-back): a new episode starts at
 * 寻找; the history keeps the earlier one.
 *
 * @category Funnel
 */
export interface ReopenEvent {
  /** The event type. */
  readonly type: 'REOPEN';
  /** When it happened. */
  readonly at: Date;
  /** The channel of the new episode; without it the previous channel is kept. */
  readonly channel?: ReferenceCode<FindingChannel>;
  /** Free text. */
  readonly note?: string;
}

/**
 * Any event of a deal's log, with its payload and time.
 *
 * @category Funnel
 */
export type FunnelEvent =
  | FindEvent
  | QualifyEvent
  | DisqualifyEvent
  | ApproachEvent
  | ProposeEvent
  | WinEvent
  | LoseEvent
  | ReopenEvent;

/**
 * The event log of one deal, oldest first: the source of truth for its state.
 *
 * @category Funnel
 */
export interface FunnelDealLog {
  /** The deal's identifier. */
  readonly id: string;
  /** The deal's events, oldest first. */
  readonly events: readonly FunnelEvent[];
}
