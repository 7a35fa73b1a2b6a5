import type { Money } from '../core/money/money.js';
import { sumMoney } from '../core/money/sum-money.js';
import { err, ok, type Result } from '../core/result.js';
import type { ComplainantMotive } from './complainant-motive.js';
import type { ComplaintCategory } from './complaint-category.js';
import type { ComplaintChannel } from './complaint-channel.js';
import type { ComplaintLogError } from './complaint-log-error.js';
import { complaintLogError } from './complaint-log-error.js';
import type { ComplaintMachine, ComplaintMachineDefinition, ComplaintSnapshot } from './complaint-machine.js';
import type { ComplaintPriority } from './complaint-priority.js';
import { type Complaint, replayComplaint } from './complaint-replay.js';
import type { ComplaintSeverity } from './complaint-severity.js';
import type { ComplaintState } from './complaint-state.js';
import type { HandlingPrinciple } from './handling-principle.js';
import { handlingStrategy } from './handling-strategy.js';
import type { PerfectOrderComponent } from './perfect-order-component.js';

/**
 * The complaint acceptance form (投诉受理表, DOMAIN.md §7): who complained, how, about what,
 * what they ask for, and how the complaint was received, acknowledged and assessed.
 *
 * @category Complaint forms
 */
export interface AcceptanceForm {
  /** Tells the two forms apart. */
  readonly kind: 'acceptance';
  /** The complaint's number (投诉编号). */
  readonly complaintId: string;
  /** When it was received (受理时间). */
  readonly receivedAt: Date;
  /** Who received it (受理人). */
  readonly receivedBy: string;
  /** How it came in (投诉方式). */
  readonly channel: ComplaintChannel;
  /** The complainant's name (投诉人). */
  readonly complainantName: string;
  /** The complainant's firm (单位). */
  readonly company: string | undefined;
  /** A phone number (联系电话). */
  readonly phone: string | undefined;
  /** An email address. */
  readonly email: string | undefined;
  /** The customer's id (客户编号). */
  readonly customerId: string | undefined;
  /** The waybill number (运单号). */
  readonly shipmentId: string | undefined;
  /** The order number (订单号). */
  readonly orderId: string | undefined;
  /** The category as received (投诉类别). */
  readonly category: ComplaintCategory;
  /** The severity as received. */
  readonly severity: ComplaintSeverity;
  /** The priority as received. */
  readonly priority: ComplaintPriority;
  /** The perfect-order component broken. */
  readonly brokenComponent: PerfectOrderComponent | undefined;
  /** What happened (投诉内容). */
  readonly description: string;
  /** What the customer asks for (客户要求). */
  readonly demand: string | undefined;
  /** What the complainant seeks (投诉心态). */
  readonly motives: readonly ComplainantMotive[];
  /** The handling principles suggested for those motives. */
  readonly principles: readonly HandlingPrinciple[];
  /** When the customer was told it was received. */
  readonly acknowledgedAt: Date | undefined;
  /** Whether the complaint was assessed valid or invalid (是否成立). */
  readonly assessment: 'valid' | 'invalid' | undefined;
  /** The explanation given for an invalid complaint. */
  readonly explanation: string | undefined;
}

/**
 * The complaint handling form (投诉处理表, DOMAIN.md §7): the responsible department, the cause,
 * the remedy and compensation, management's instruction (领导批示), the implementation, the
 * follow-up (回访) and the closing.
 *
 * @category Complaint forms
 */
export interface HandlingForm {
  /** Tells the two forms apart. */
  readonly kind: 'handling';
  /** The complaint's number. */
  readonly complaintId: string;
  /** The state of the complaint (处理状态). */
  readonly state: ComplaintState;
  /** The current category. */
  readonly category: ComplaintCategory;
  /** The current severity. */
  readonly severity: ComplaintSeverity;
  /** The current priority. */
  readonly priority: ComplaintPriority;
  /** The responsible department's code (责任部门). */
  readonly department: string | undefined;
  /** When it was (last) assigned. */
  readonly assignedAt: Date | undefined;
  /** The cause found (原因调查). */
  readonly cause: string | undefined;
  /** The remedy (处理方案). */
  readonly remedy: string | undefined;
  /** The compensation offered in the latest remedy (赔偿金额). */
  readonly compensation: Money | undefined;
  /** The compensation paid over every implementation. */
  readonly compensationPaid: Money | undefined;
  /** Who approved it (批示人). */
  readonly approvedBy: string | undefined;
  /** When. */
  readonly approvedAt: Date | undefined;
  /** The instruction (批示意见). */
  readonly instruction: string | undefined;
  /** When the remedy was carried out and the customer informed (处理结果告知). */
  readonly implementedAt: Date | undefined;
  /** When the customer was called back (回访时间). */
  readonly followUpAt: Date | undefined;
  /** Who called (回访人). */
  readonly followUpBy: string | undefined;
  /** Whether the customer was satisfied (客户满意度). */
  readonly satisfied: boolean | undefined;
  /** What the customer said (客户意见). */
  readonly feedback: string | undefined;
  /** How many times the complaint was reopened. */
  readonly reopenCount: number;
  /** When it was closed (结案时间). */
  readonly closedAt: Date | undefined;
  /** Who closed it. */
  readonly closedBy: string | undefined;
  /** The summary (总结). */
  readonly summary: string | undefined;
  /** When it was archived (归档时间). */
  readonly archivedAt: Date | undefined;
}

/** A copy of a date, so that a form never shares a mutable `Date` with the event log. */
function copy(date: Date | undefined): Date | undefined {
  return date === undefined ? undefined : new Date(date.getTime());
}

/**
 * The acceptance form of a complaint's snapshot (see {@link acceptanceForm}).
 *
 * @param complaintId - The complaint's number.
 * @param snapshot - The complaint's snapshot.
 * @returns The form, or `undefined` before the receipt.
 *
 * @example
 * ```ts
 * import { acceptanceFormOf, newComplaint } from 'logistics-customer/complaints';
 * acceptanceFormOf('C-1', newComplaint());
 * // => undefined
 * ```
 * @category Complaint forms
 */
export function acceptanceFormOf(complaintId: string, snapshot: ComplaintSnapshot): AcceptanceForm | undefined {
  const { receipt, assessment, acknowledgedAt } = snapshot.context;
  if (receipt === undefined) return undefined;
  const { complainant, classification } = receipt;
  return {
    kind: 'acceptance',
    complaintId,
    receivedAt: new Date(receipt.at.getTime()),
    receivedBy: receipt.by,
    channel: receipt.channel,
    complainantName: complainant.name,
    company: complainant.company,
    phone: complainant.phone,
    email: complainant.email,
    customerId: complainant.customerId,
    shipmentId: receipt.shipmentId,
    orderId: receipt.orderId,
    category: classification.category,
    severity: classification.severity,
    priority: classification.priority,
    brokenComponent: classification.brokenComponent,
    description: receipt.description,
    demand: receipt.demand,
    motives: [...receipt.motives],
    principles: handlingStrategy(receipt.motives).principles,
    acknowledgedAt: copy(acknowledgedAt),
    assessment: assessment?.verdict,
    explanation: assessment?.explanation,
  };
}

/**
 * The handling form of a complaint's snapshot (see {@link handlingForm}).
 *
 * @param complaintId - The complaint's number.
 * @param snapshot - The complaint's snapshot.
 * @returns The form, or `undefined` before the receipt.
 *
 * @example
 * ```ts
 * import { handlingFormOf, newComplaint } from 'logistics-customer/complaints';
 * handlingFormOf('C-1', newComplaint());
 * // => undefined
 * ```
 * @category Complaint forms
 */
export function handlingFormOf(complaintId: string, snapshot: ComplaintSnapshot): HandlingForm | undefined {
  const c = snapshot.context;
  const classification = c.classification;
  if (classification === undefined) return undefined;
  const assignment = c.assignments[c.assignments.length - 1];
  const implemented = c.cycles.filter((cycle) => cycle.resolution === 'implemented');
  const lastImplemented = implemented[implemented.length - 1];
  const followUp = lastImplemented?.followUp;
  const paid = implemented.map((cycle) => cycle.compensationPaid).filter((m): m is Money => m !== undefined);
  const first = paid[0];
  const total = first === undefined ? undefined : sumMoney(paid, first.currency);
  return {
    kind: 'handling',
    complaintId,
    state: snapshot.state,
    category: classification.category,
    severity: classification.severity,
    priority: classification.priority,
    department: assignment?.department,
    assignedAt: copy(assignment?.at),
    cause: c.remedy?.cause,
    remedy: c.remedy?.remedy,
    compensation: c.remedy?.compensation,
    compensationPaid: total?.ok === true ? total.value : undefined,
    approvedBy: c.approval?.by,
    approvedAt: copy(c.approval?.at),
    instruction: c.approval?.instruction,
    implementedAt: copy(lastImplemented?.resolvedAt),
    followUpAt: copy(followUp?.at),
    followUpBy: followUp?.by,
    satisfied: followUp?.satisfied,
    feedback: followUp?.feedback,
    reopenCount: c.cycles.filter((cycle) => cycle.startedBy === 'follow-up' || cycle.startedBy === 'reopen').length,
    closedAt: copy(c.closing?.at),
    closedBy: c.closing?.by,
    summary: c.closing?.text,
    archivedAt: copy(c.archivedAt),
  };
}

function notReceived(complaint: Complaint, state: ComplaintState): ComplaintLogError {
  return complaintLogError('NOT_RECEIVED', {
    complaintId: complaint.id,
    eventIndex: complaint.events.length,
    eventType: 'RECEIVE',
    state,
  });
}

/**
 * The complaint acceptance form (投诉受理表) derived from a complaint's event log.
 *
 * @param complaint - The complaint: its id and event log.
 * @param machine - The complaint machine (default: the textbook machine).
 * @returns The form, or the log error (`NOT_RECEIVED` for a log without a receipt).
 *
 * @example
 * ```ts
 * import { acceptanceForm } from 'logistics-customer/complaints';
 * const r = acceptanceForm({ id: 'C-3', events: [
 *   { type: 'RECEIVE', at: new Date('2026-03-02T01:00:00Z'), by: 'wang', complainant: { name: 'Zhang', phone: '138-0000-0000' },
 *     channel: 'phone', category: 'damage', severity: 'serious', description: 'Carton crushed.', motives: ['compensation'] },
 * ] });
 * r.ok ? [r.value.category, r.value.priority, r.value.brokenComponent, r.value.principles] : r.error.code;
 * // => ['damage', 'high', 'condition', ['respond-promptly', 'no-blame-shifting', 'record-everything', 'first-time-resolution']]
 * ```
 * @category Complaint forms
 */
export function acceptanceForm(
  complaint: Complaint,
  machine?: ComplaintMachine | ComplaintMachineDefinition,
): Result<AcceptanceForm, ComplaintLogError> {
  const replayed = replayComplaint(complaint, machine);
  if (!replayed.ok) return replayed;
  const form = acceptanceFormOf(complaint.id, replayed.value);
  return form === undefined ? err(notReceived(complaint, replayed.value.state)) : ok(form);
}

/**
 * The complaint handling form (投诉处理表) derived from a complaint's event log.
 *
 * @param complaint - The complaint: its id and event log.
 * @param machine - The complaint machine (default: the textbook machine).
 * @returns The form, or the log error (`NOT_RECEIVED` for a log without a receipt).
 *
 * @example
 * ```ts
 * import { handlingForm } from 'logistics-customer/complaints';
 * const r = handlingForm({ id: 'C-4', events: [
 *   { type: 'RECEIVE', at: new Date('2026-03-02T01:00:00Z'), by: 'wang', complainant: { name: 'Zhang' },
 *     channel: 'phone', category: 'delay', severity: 'moderate', description: 'Two days late.' },
 *   { type: 'ACKNOWLEDGE', at: new Date('2026-03-02T01:30:00Z'), by: 'wang' },
 *   { type: 'ACCEPT', at: new Date('2026-03-02T02:00:00Z'), by: 'li' },
 *   { type: 'ASSIGN', at: new Date('2026-03-02T02:10:00Z'), by: 'li', department: 'transport' },
 * ] });
 * r.ok ? [r.value.state, r.value.department] : r.error.code;
 * // => ['assigned', 'transport']
 * ```
 * @category Complaint forms
 */
export function handlingForm(
  complaint: Complaint,
  machine?: ComplaintMachine | ComplaintMachineDefinition,
): Result<HandlingForm, ComplaintLogError> {
  const replayed = replayComplaint(complaint, machine);
  if (!replayed.ok) return replayed;
  const form = handlingFormOf(complaint.id, replayed.value);
  return form === undefined ? err(notReceived(complaint, replayed.value.state)) : ok(form);
}
