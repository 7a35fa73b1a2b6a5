import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import type { ComplainantMotive } from './complainant-motive.js';
import type { ComplaintCategory } from './complaint-category.js';
import type { ComplaintChannel } from './complaint-channel.js';
import type { ComplaintPriority } from './complaint-priority.js';
import type { ComplaintSeverity } from './complaint-severity.js';
import type { EscalationLevel } from './escalation-level.js';
import type { PauseReason } from './pause-reason.js';
import type { PerfectOrderComponent } from './perfect-order-component.js';

/**
 * The event types of the complaint machine, one per step of the handling process (DOMAIN.md §7).
 *
 * @example
 * ```ts
 * import { ComplaintEventTypeSchema } from 'logistics-customer/complaints';
 * ComplaintEventTypeSchema.options.length;
 * // => 20
 * ```
 * @category Complaints
 */
export const ComplaintEventTypeSchema = z.enum([
  'RECEIVE',
  'ACKNOWLEDGE',
  'ACCEPT',
  'REJECT',
  'ASSIGN',
  'INVESTIGATE',
  'PROPOSE',
  'APPROVE',
  'IMPLEMENT',
  'FOLLOW_UP',
  'CLOSE',
  'ARCHIVE',
  'REOPEN',
  'WAIT',
  'RESUME',
  'ESCALATE',
  'DEESCALATE',
  'WITHDRAW',
  'RESPOND',
  'RECLASSIFY',
]);

/**
 * The type of a complaint event.
 *
 * @category Complaints
 */
export type ComplaintEventType = z.infer<typeof ComplaintEventTypeSchema>;

/**
 * The zh-CN and en labels of the complaint event types (used in refusals, errors and diagrams).
 *
 * @example
 * ```ts
 * import { complaintEventTypeLabels } from 'logistics-customer/complaints';
 * complaintEventTypeLabels.APPROVE['zh-CN'];
 * // => '领导批示'
 * ```
 * @category Complaints
 */
export const complaintEventTypeLabels = {
  RECEIVE: { 'zh-CN': '受理登记', en: 'receive and record' },
  ACKNOWLEDGE: { 'zh-CN': '确认收到', en: 'acknowledge' },
  ACCEPT: { 'zh-CN': '判定成立', en: 'assess as valid' },
  REJECT: { 'zh-CN': '判定不成立并解释', en: 'reject with an explanation' },
  ASSIGN: { 'zh-CN': '确定责任部门', en: 'assign a department' },
  INVESTIGATE: { 'zh-CN': '调查原因', en: 'investigate the cause' },
  PROPOSE: { 'zh-CN': '提出处理方案', en: 'propose a remedy' },
  APPROVE: { 'zh-CN': '领导批示', en: 'approve' },
  IMPLEMENT: { 'zh-CN': '实施并告知客户', en: 'implement and inform the customer' },
  FOLLOW_UP: { 'zh-CN': '回访', en: 'follow up' },
  CLOSE: { 'zh-CN': '结案', en: 'close' },
  ARCHIVE: { 'zh-CN': '总结归档', en: 'archive' },
  REOPEN: { 'zh-CN': '重新打开', en: 'reopen' },
  WAIT: { 'zh-CN': '等待客户', en: 'wait on the customer' },
  RESUME: { 'zh-CN': '客户回复，恢复处理', en: 'customer replied, resume' },
  ESCALATE: { 'zh-CN': '升级', en: 'escalate' },
  DEESCALATE: { 'zh-CN': '升级处理完毕', en: 'escalation handled' },
  WITHDRAW: { 'zh-CN': '客户撤诉', en: 'withdraw' },
  RESPOND: { 'zh-CN': '答复客户', en: 'respond to the customer' },
  RECLASSIFY: { 'zh-CN': '重新定级', en: 'reclassify' },
} as const satisfies LabelTable<ComplaintEventType>;

/**
 * What every complaint event carries: who did it, when, and an optional note (详细记录: record
 * everything).
 *
 * @typeParam T - The event type.
 * @category Complaints
 */
export interface ComplaintEventBase<T extends ComplaintEventType> {
  /** The event type. */
  readonly type: T;
  /** When it happened; events of a log are in time order. */
  readonly at: Date;
  /** Who did it (a staff member's id or name; for `WITHDRAW` and `REOPEN` the customer's). */
  readonly by: string;
  /** Free text. */
  readonly note?: string;
}

/**
 * The person or firm who complains.
 *
 * @category Complaints
 */
export interface Complainant {
  /** The name of the person complaining. */
  readonly name: string;
  /** The firm, for an organisational customer. */
  readonly company?: string;
  /** A phone number. */
  readonly phone?: string;
  /** An email address. */
  readonly email?: string;
  /** The customer's id in the customer records. */
  readonly customerId?: string;
}

/**
 * The complaint is received and recorded (受理登记): the data of the acceptance form (投诉受理表).
 *
 * @category Complaints
 */
export interface ReceiveEvent extends ComplaintEventBase<'RECEIVE'> {
  /** Who complains. */
  readonly complainant: Complainant;
  /** How the complaint came in. */
  readonly channel: ComplaintChannel;
  /** What it is about. */
  readonly category: ComplaintCategory;
  /** How serious it is. */
  readonly severity: ComplaintSeverity;
  /** How fast it must be handled (default: from the severity). */
  readonly priority?: ComplaintPriority;
  /** What the customer says happened (投诉内容). */
  readonly description: string;
  /** What the customer asks for (客户要求). */
  readonly demand?: string;
  /** The shipment (waybill number) it concerns. */
  readonly shipmentId?: string;
  /** The order it concerns. */
  readonly orderId?: string;
  /** The perfect-order component it breaks (default: from the category). */
  readonly brokenComponent?: PerfectOrderComponent;
  /** What the complainant seeks (投诉心态). */
  readonly motives?: readonly ComplainantMotive[];
}

/**
 * The customer is told the complaint has been received (确认).
 *
 * @category Complaints
 */
export type AcknowledgeEvent = ComplaintEventBase<'ACKNOWLEDGE'>;

/**
 * The complaint is assessed as valid (判断成立).
 *
 * @category Complaints
 */
export type AcceptEvent = ComplaintEventBase<'ACCEPT'>;

/**
 * The complaint is assessed as invalid and the customer is given a polite explanation (不成立).
 *
 * @category Complaints
 */
export interface RejectEvent extends ComplaintEventBase<'REJECT'> {
  /** The explanation given to the customer; required. */
  readonly explanation: string;
}

/**
 * The complaint is assigned to a responsible department (确定责任部门), or reassigned.
 *
 * @category Complaints
 */
export interface AssignEvent extends ComplaintEventBase<'ASSIGN'> {
  /** The department's code in the machine's department table. */
  readonly department: string;
}

/**
 * The department starts investigating the cause (调查原因).
 *
 * @category Complaints
 */
export type InvestigateEvent = ComplaintEventBase<'INVESTIGATE'>;

/**
 * A remedy is proposed (提出处理方案) with the cause found, or revised.
 *
 * @category Complaints
 */
export interface ProposeRemedyEvent extends ComplaintEventBase<'PROPOSE'> {
  /** The cause the investigation found; required. */
  readonly cause: string;
  /** What will be done; required. */
  readonly remedy: string;
  /** The compensation offered, in the machine's currency; positive. */
  readonly compensation?: Money;
}

/**
 * Management approves the remedy (领导批示).
 *
 * @category Complaints
 */
export interface ApproveEvent extends ComplaintEventBase<'APPROVE'> {
  /** The instruction written on the approval (批示意见). */
  readonly instruction?: string;
}

/**
 * The approved remedy is carried out and the customer informed (实施并告知客户); its
 * compensation counts as paid.
 *
 * @category Complaints
 */
export type ImplementEvent = ComplaintEventBase<'IMPLEMENT'>;

/**
 * The customer is called back (回访): satisfied, or not (the complaint is reopened).
 *
 * @category Complaints
 */
export interface FollowUpEvent extends ComplaintEventBase<'FOLLOW_UP'> {
  /** Whether the customer is satisfied with the result (the customer's confirmation). */
  readonly satisfied: boolean;
  /** What the customer said. */
  readonly feedback?: string;
}

/**
 * The case is closed (结案) after a satisfied follow-up.
 *
 * @category Complaints
 */
export interface CloseEvent extends ComplaintEventBase<'CLOSE'> {
  /** The summary of the case (总结). */
  readonly summary?: string;
}

/**
 * The case is archived (归档): closed, rejected or withdrawn cases end here.
 *
 * @category Complaints
 */
export type ArchiveEvent = ComplaintEventBase<'ARCHIVE'>;

/**
 * The customer reopens a closed case within the machine's reopen window.
 *
 * @category Complaints
 */
export interface ReopenComplaintEvent extends ComplaintEventBase<'REOPEN'> {
  /** Why; required. */
  readonly reason: string;
}

/**
 * The complaint waits on the customer: the service-level clocks pause until `RESUME`.
 *
 * @category Complaints
 */
export interface WaitEvent extends ComplaintEventBase<'WAIT'> {
  /** Why it waits. */
  readonly reason: PauseReason;
}

/**
 * The customer replied: the complaint returns to the state it waited in and the clocks run again.
 *
 * @category Complaints
 */
export type ResumeEvent = ComplaintEventBase<'RESUME'>;

/**
 * The complaint is escalated to a higher level or to external dispute resolution.
 *
 * @category Complaints
 */
export interface EscalateEvent extends ComplaintEventBase<'ESCALATE'> {
  /** Where to. */
  readonly level: EscalationLevel;
  /** Why; required. */
  readonly reason: string;
}

/**
 * The escalation is handled: the complaint returns to where it was (a disputed rejection to
 * `acknowledged`, to be assessed again).
 *
 * @category Complaints
 */
export interface DeescalateEvent extends ComplaintEventBase<'DEESCALATE'> {
  /** What the higher level decided. */
  readonly decision?: string;
}

/**
 * The customer withdraws the complaint (撤诉): every running clock stops.
 *
 * @category Complaints
 */
export interface WithdrawEvent extends ComplaintEventBase<'WITHDRAW'> {
  /** Why, if the customer said. */
  readonly reason?: string;
}

/**
 * A reply to the customer on the substance of the complaint (答复客户); the first one stops the
 * first-response clock.
 *
 * @category Complaints
 */
export interface RespondEvent extends ComplaintEventBase<'RESPOND'> {
  /** What the customer was told; required. */
  readonly message: string;
}

/**
 * The complaint's classification changes mid-case (重新定级); the service-level targets follow,
 * the time already used and paused is kept.
 *
 * @category Complaints
 */
export interface ReclassifyEvent extends ComplaintEventBase<'RECLASSIFY'> {
  /** The new category. */
  readonly category?: ComplaintCategory;
  /** The new severity. */
  readonly severity?: ComplaintSeverity;
  /** The new priority. */
  readonly priority?: ComplaintPriority;
  /** The new broken perfect-order component. */
  readonly brokenComponent?: PerfectOrderComponent;
}

/**
 * Any event of a complaint's log.
 *
 * @category Complaints
 */
export type ComplaintEvent =
  | ReceiveEvent
  | AcknowledgeEvent
  | AcceptEvent
  | RejectEvent
  | AssignEvent
  | InvestigateEvent
  | ProposeRemedyEvent
  | ApproveEvent
  | ImplementEvent
  | FollowUpEvent
  | CloseEvent
  | ArchiveEvent
  | ReopenComplaintEvent
  | WaitEvent
  | ResumeEvent
  | EscalateEvent
  | DeescalateEvent
  | WithdrawEvent
  | RespondEvent
  | ReclassifyEvent;
