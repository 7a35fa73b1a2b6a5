import type { Money } from '../core/money/money.js';
import type { ComplainantMotive } from './complainant-motive.js';
import type { ComplaintCategory } from './complaint-category.js';
import type { ComplaintChannel } from './complaint-channel.js';
import type { Complainant } from './complaint-event.js';
import type { ComplaintPriority } from './complaint-priority.js';
import type { ComplaintSeverity } from './complaint-severity.js';
import type { ComplaintState } from './complaint-state.js';
import type { EscalationLevel } from './escalation-level.js';
import type { PauseReason } from './pause-reason.js';
import type { PerfectOrderComponent } from './perfect-order-component.js';

/**
 * How a complaint is classified: what the service-level targets are chosen by.
 *
 * @category Complaints
 */
export interface ComplaintClassification {
  /** The category. */
  readonly category: ComplaintCategory;
  /** The severity. */
  readonly severity: ComplaintSeverity;
  /** The priority. */
  readonly priority: ComplaintPriority;
  /** The perfect-order component the complaint breaks, if any. */
  readonly brokenComponent: PerfectOrderComponent | undefined;
}

/**
 * What was recorded on receipt (受理登记): the content of the acceptance form.
 *
 * @category Complaints
 */
export interface ComplaintReceipt {
  /** When the complaint was received. */
  readonly at: Date;
  /** Who received and recorded it (受理人). */
  readonly by: string;
  /** Who complains. */
  readonly complainant: Complainant;
  /** How it came in. */
  readonly channel: ComplaintChannel;
  /** The classification as received. */
  readonly classification: ComplaintClassification;
  /** What the customer says happened. */
  readonly description: string;
  /** What the customer asks for. */
  readonly demand: string | undefined;
  /** The shipment (waybill number) it concerns. */
  readonly shipmentId: string | undefined;
  /** The order it concerns. */
  readonly orderId: string | undefined;
  /** What the complainant seeks. */
  readonly motives: readonly ComplainantMotive[];
  /** The note on the receipt. */
  readonly note: string | undefined;
}

/**
 * Who did something and when.
 *
 * @category Complaints
 */
export interface SignedAction {
  /** When. */
  readonly at: Date;
  /** Who. */
  readonly by: string;
}

/**
 * The outcome of the validity assessment (判断是否成立).
 *
 * @category Complaints
 */
export interface ComplaintAssessment extends SignedAction {
  /** Valid (成立) or invalid (不成立). */
  readonly verdict: 'valid' | 'invalid';
  /** The explanation given to the customer for an invalid complaint. */
  readonly explanation: string | undefined;
}

/**
 * An assignment to a responsible department.
 *
 * @category Complaints
 */
export interface DepartmentAssignment extends SignedAction {
  /** The department's code. */
  readonly department: string;
}

/**
 * A proposed remedy with the cause found.
 *
 * @category Complaints
 */
export interface Remedy extends SignedAction {
  /** The cause the investigation found. */
  readonly cause: string;
  /** What will be done. */
  readonly remedy: string;
  /** The compensation offered. */
  readonly compensation: Money | undefined;
}

/**
 * Management's approval of a remedy (领导批示).
 *
 * @category Complaints
 */
export interface Approval extends SignedAction {
  /** The instruction written on it. */
  readonly instruction: string | undefined;
}

/**
 * A follow-up call (回访) and what the customer said.
 *
 * @category Complaints
 */
export interface FollowUpCall extends SignedAction {
  /** Whether the customer was satisfied. */
  readonly satisfied: boolean;
  /** The customer's words. */
  readonly feedback: string | undefined;
}

/**
 * How a resolution cycle started: the receipt, a dissatisfied follow-up, a reopen of a closed
 * case, or a disputed rejection escalated by the customer.
 *
 * @category Complaints
 */
export type CycleStart = 'receipt' | 'follow-up' | 'reopen' | 'dispute';

/**
 * One attempt at resolving the complaint: the first starts at receipt, each reopen starts
 * another. The resolve clocks are measured over them.
 *
 * @category Complaints
 */
export interface ResolutionCycle {
  /** 1 for the first cycle. */
  readonly number: number;
  /** When the cycle started. */
  readonly startedAt: Date;
  /** What started it. */
  readonly startedBy: CycleStart;
  /** When the cycle was resolved: the remedy implemented or the complaint rejected. */
  readonly resolvedAt: Date | undefined;
  /** How it was resolved. */
  readonly resolution: 'implemented' | 'rejected' | undefined;
  /** The compensation paid when the remedy was implemented. */
  readonly compensationPaid: Money | undefined;
  /** The follow-up after the implementation. */
  readonly followUp: FollowUpCall | undefined;
}

/**
 * A time the complaint waited on the customer: the service-level clocks do not run.
 *
 * @category Service levels
 */
export interface CustomerPause {
  /** When the wait started. */
  readonly from: Date;
  /** When the customer replied (or withdrew); `undefined` while still waiting. */
  readonly to: Date | undefined;
  /** Why it waits. */
  readonly reason: PauseReason;
  /** The note on the wait. */
  readonly note: string | undefined;
  /** Who put it on hold. */
  readonly by: string;
  /** The state it waits in and returns to. */
  readonly state: ComplaintState;
}

/**
 * An escalation and when it was handled.
 *
 * @category Complaints
 */
export interface ComplaintEscalation extends SignedAction {
  /** Where to. */
  readonly level: EscalationLevel;
  /** Why. */
  readonly reason: string;
  /** The state it was escalated from. */
  readonly from: ComplaintState;
  /** When it was handled; `undefined` while escalated. */
  readonly endedAt: Date | undefined;
  /** What the higher level decided. */
  readonly decision: string | undefined;
}

/**
 * A reply to the customer.
 *
 * @category Complaints
 */
export interface ComplaintResponse extends SignedAction {
  /** What the customer was told. */
  readonly message: string;
}

/**
 * A change of classification mid-case.
 *
 * @category Complaints
 */
export interface Reclassification extends SignedAction {
  /** The classification before. */
  readonly from: ComplaintClassification;
  /** The classification after. */
  readonly to: ComplaintClassification;
}

/**
 * A note with who wrote it and when (closing summary, withdrawal reason).
 *
 * @category Complaints
 */
export interface SignedNote extends SignedAction {
  /** The text, if any. */
  readonly text: string | undefined;
}

/**
 * Everything the complaint machine gathers from the event log: the receipt, the assessment, the
 * departments, remedies and approvals, the resolution cycles, the pauses and escalations. The
 * service-level clocks, forms and metrics are computed from it.
 *
 * @category Complaints
 */
export interface ComplaintContext {
  /** The receipt, once received. */
  readonly receipt: ComplaintReceipt | undefined;
  /** The current classification (the receipt's, or the last reclassification's). */
  readonly classification: ComplaintClassification | undefined;
  /** When the customer was told the complaint was received. */
  readonly acknowledgedAt: Date | undefined;
  /** When the customer first got a reply on substance (a response, a rejection or the remedy). */
  readonly firstResponseAt: Date | undefined;
  /** The latest validity assessment. */
  readonly assessment: ComplaintAssessment | undefined;
  /** Every assignment, oldest first; the last one is the responsible department. */
  readonly assignments: readonly DepartmentAssignment[];
  /** When the latest investigation started. */
  readonly investigationStartedAt: Date | undefined;
  /** The latest proposed remedy. */
  readonly remedy: Remedy | undefined;
  /** The approval of the latest remedy. */
  readonly approval: Approval | undefined;
  /** The resolution cycles, oldest first. */
  readonly cycles: readonly ResolutionCycle[];
  /** The waits on the customer, oldest first. */
  readonly pauses: readonly CustomerPause[];
  /** The escalations, oldest first. */
  readonly escalations: readonly ComplaintEscalation[];
  /** The replies to the customer, oldest first. */
  readonly responses: readonly ComplaintResponse[];
  /** The changes of classification, oldest first. */
  readonly reclassifications: readonly Reclassification[];
  /** The latest closing (结案) with its summary. */
  readonly closing: SignedNote | undefined;
  /** The withdrawal by the customer. */
  readonly withdrawal: SignedNote | undefined;
  /** When the case was archived. */
  readonly archivedAt: Date | undefined;
  /** The state a wait or an escalation returns to. */
  readonly returnTo: ComplaintState | undefined;
  /** The time of the last event applied. */
  readonly lastEventAt: Date | undefined;
}

/**
 * The context of a complaint before its receipt.
 *
 * @example
 * ```ts
 * import { INITIAL_COMPLAINT_CONTEXT } from 'logistics-customer/complaints';
 * [INITIAL_COMPLAINT_CONTEXT.receipt, INITIAL_COMPLAINT_CONTEXT.cycles];
 * // => [undefined, []]
 * ```
 * @category Complaints
 */
export const INITIAL_COMPLAINT_CONTEXT: ComplaintContext = {
  receipt: undefined,
  classification: undefined,
  acknowledgedAt: undefined,
  firstResponseAt: undefined,
  assessment: undefined,
  assignments: [],
  investigationStartedAt: undefined,
  remedy: undefined,
  approval: undefined,
  cycles: [],
  pauses: [],
  escalations: [],
  responses: [],
  reclassifications: [],
  closing: undefined,
  withdrawal: undefined,
  archivedAt: undefined,
  returnTo: undefined,
  lastEventAt: undefined,
};
