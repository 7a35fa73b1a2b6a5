import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import type { TransitionRefusal } from '../core/machine/refusal.js';
import { transition } from '../core/machine/transition.js';
import { err, ok, type Result } from '../core/result.js';
import { INITIAL_COMPLAINT_CONTEXT } from './complaint-context.js';
import type { ComplaintEvent } from './complaint-event.js';
import { type ComplaintLogError, complaintLogError, type ComplaintLogRule } from './complaint-log-error.js';
import {
  type ComplaintMachine,
  type ComplaintMachineDefinition,
  type ComplaintSnapshot,
  createComplaintMachine,
} from './complaint-machine.js';
import { type ComplaintState, PAUSABLE_STATES } from './complaint-state.js';

/**
 * A complaint as the library keeps it: its id and its event log, the source of truth from which
 * its state, service-level clocks, forms and metrics are computed.
 *
 * @category Complaints
 */
export interface Complaint {
  /** The complaint's number (投诉编号). */
  readonly id: string;
  /** What happened, oldest first. */
  readonly events: readonly ComplaintEvent[];
}

/**
 * A complaint's snapshot as of a time and at the end of its log.
 *
 * @category Complaints
 */
export interface ComplaintReplay {
  /** The snapshot after the events at or before the time asked. */
  readonly asOf: ComplaintSnapshot;
  /** The snapshot after every event. */
  readonly final: ComplaintSnapshot;
  /** How many events happened at or before the time asked. */
  readonly eventsAsOf: number;
}

/**
 * The snapshot of a complaint before anything happened: state `new`, nothing recorded.
 *
 * @returns A snapshot to apply the `RECEIVE` event to.
 *
 * @example
 * ```ts
 * import { newComplaint } from 'logistics-customer/complaints';
 * newComplaint().state;
 * // => 'new'
 * ```
 * @category Complaints
 */
export function newComplaint(): ComplaintSnapshot {
  return { state: 'new', context: INITIAL_COMPLAINT_CONTEXT };
}

/**
 * Applies one event to a complaint: the core `transition` on the complaint machine. A refused
 * event returns the refusal (with the guards' reasons) and leaves the snapshot as it was.
 *
 * @param machine - The complaint machine (from `createComplaintMachine`).
 * @param snapshot - Where the complaint stands.
 * @param event - What happened.
 * @returns The next snapshot, or the refusal.
 *
 * @example
 * ```ts
 * import { applyComplaintEvent, createComplaintMachine, newComplaint } from 'logistics-customer/complaints';
 * const r = applyComplaintEvent(createComplaintMachine(), newComplaint(), {
 *   type: 'RECEIVE', at: new Date('2026-03-02T01:00:00Z'), by: 'wang',
 *   complainant: { name: 'Zhang' }, channel: 'phone', category: 'teleportation' as 'delay', severity: 'minor',
 *   description: 'The parcel arrived late.',
 * });
 * r.ok ? null : r.error.details.reasons.map((x) => x.code);
 * // => ['UNKNOWN_CATEGORY']
 * ```
 * @category Complaints
 */
export function applyComplaintEvent(
  machine: ComplaintMachine | ComplaintMachineDefinition,
  snapshot: ComplaintSnapshot,
  event: ComplaintEvent,
): Result<ComplaintSnapshot, TransitionRefusal<ComplaintState>> {
  return transition(machine, snapshot, event);
}

/** Reason codes that only say which branch of an event applies; dropped when others explain more. */
const BRANCH_CODES: ReadonlySet<string> = new Set(['NOT_SATISFIED', 'SATISFIED', 'NOT_RETURNING_HERE']);

/** Guard reason codes that are rules of their own, most telling first. */
const RULE_CODES: readonly ComplaintLogRule[] = [
  'EVENT_OUT_OF_ORDER',
  'UNKNOWN_CATEGORY',
  'UNKNOWN_DEPARTMENT',
  'CURRENCY_MISMATCH',
  'REOPEN_WINDOW_EXPIRED',
];

/** States in which a case is still being handled: a close there skips the follow-up. */
const HANDLING: ReadonlySet<ComplaintState> = new Set<ComplaintState>(['received', ...PAUSABLE_STATES, 'waiting', 'escalated']);

function logErrorOf(refusal: TransitionRefusal<ComplaintState>, complaintId: string | undefined, eventIndex: number): ComplaintLogError {
  const facts = { complaintId, eventIndex, eventType: refusal.details.eventType, state: refusal.details.state };
  switch (refusal.code) {
    case 'UNKNOWN_EVENT':
      return complaintLogError('UNKNOWN_EVENT', facts);
    case 'NOT_ALLOWED_IN_STATE': {
      const skipsFollowUp = facts.eventType === 'CLOSE' && HANDLING.has(facts.state);
      return complaintLogError(skipsFollowUp ? 'CLOSE_WITHOUT_FOLLOW_UP' : 'NOT_ALLOWED_IN_STATE', facts);
    }
    case 'GUARD_REJECTED': {
      const all = refusal.details.reasons;
      const telling = all.filter((r) => !BRANCH_CODES.has(r.code));
      const reasons = telling.length > 0 ? telling : all;
      const rule = RULE_CODES.find((code) => reasons.some((r) => r.code === code)) ?? 'INVALID_EVENT';
      return complaintLogError(rule, { ...facts, reasons });
    }
    default: {
      const unreachable: never = refusal;
      return unreachable;
    }
  }
}

function notAnEvent(value: unknown): boolean {
  return typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string';
}

/**
 * Replays a complaint's event log and also keeps the snapshot as of a time: the events at or
 * before `asOf` make the `asOf` snapshot, and the rest are replayed too, so a bad event anywhere
 * in the log is an error. The first event the machine refuses ends the replay with an error
 * naming the complaint, the event's index and the rule; nothing is applied.
 *
 * @param complaint - The complaint: its id and event log.
 * @param asOf - The time of the `asOf` snapshot.
 * @param machine - The complaint machine (default: the textbook machine, compiled on each call —
 *   pass one for batches).
 * @returns Both snapshots, or the log error.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `asOf` is not a `Date` or is an
 *   Invalid Date (checked before the log is replayed).
 *
 * @example
 * ```ts
 * import { replayComplaintAsOf } from 'logistics-customer/complaints';
 * const r = replayComplaintAsOf({ id: 'C-1', events: [
 *   { type: 'RECEIVE', at: new Date('2026-03-02T01:00:00Z'), by: 'wang', complainant: { name: 'Zhang' },
 *     channel: 'phone', category: 'delay', severity: 'moderate', description: 'Late by two days.' },
 *   { type: 'ACKNOWLEDGE', at: new Date('2026-03-02T02:00:00Z'), by: 'wang' },
 * ] }, new Date('2026-03-02T01:30:00Z'));
 * r.ok ? [r.value.asOf.state, r.value.final.state, r.value.eventsAsOf] : r.error.code;
 * // => ['received', 'acknowledged', 1]
 * ```
 * @category Complaints
 */
export function replayComplaintAsOf(
  complaint: Complaint,
  asOf: Date,
  machine: ComplaintMachine | ComplaintMachineDefinition = createComplaintMachine(),
): Result<ComplaintReplay, ComplaintLogError> {
  const cut = asOf instanceof Date ? asOf.getTime() : Number.NaN;
  if (Number.isNaN(cut)) throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: 'asOf', received: String(asOf) });
  const events = complaint.events;
  let snapshot = newComplaint();
  let before = snapshot;
  let eventsAsOf = 0;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as ComplaintEvent;
    if (notAnEvent(event)) {
      return err(complaintLogError('INVALID_EVENT', { complaintId: complaint.id, eventIndex: index, eventType: String(event), state: snapshot.state }));
    }
    const next = transition(machine, snapshot, event);
    if (!next.ok) return err(logErrorOf(next.error, complaint.id, index));
    snapshot = next.value;
    if (event.at.getTime() <= cut) {
      before = snapshot;
      eventsAsOf = index + 1;
    }
  }
  return ok({ asOf: before, final: snapshot, eventsAsOf });
}

/**
 * Replays a complaint's event log on the complaint machine (the log is the source of truth: the
 * same log always gives the same snapshot). The first event the machine refuses ends the replay
 * with an error naming the complaint, the event's index and the rule — unknown event, not
 * allowed in the state, out of order in time, unknown category or department, compensation in
 * another currency, close without follow-up, reopen after the window, or another invalid
 * payload — and nothing is applied.
 *
 * @param complaint - The complaint: its id and event log.
 * @param machine - The complaint machine (default: the textbook machine).
 * @returns The complaint's snapshot, or the log error.
 *
 * @example
 * ```ts
 * import { replayComplaint } from 'logistics-customer/complaints';
 * const r = replayComplaint({ id: 'C-2', events: [
 *   { type: 'RECEIVE', at: new Date('2026-03-02T01:00:00Z'), by: 'wang', complainant: { name: 'Zhang' },
 *     channel: 'phone', category: 'damage', severity: 'serious', description: 'Carton crushed.' },
 *   { type: 'ACKNOWLEDGE', at: new Date('2026-03-01T01:00:00Z'), by: 'wang' },
 * ] });
 * r.ok ? null : [r.error.code, r.error.details.eventIndex];
 * // => ['EVENT_OUT_OF_ORDER', 1]
 * ```
 * @category Complaints
 */
export function replayComplaint(
  complaint: Complaint,
  machine: ComplaintMachine | ComplaintMachineDefinition = createComplaintMachine(),
): Result<ComplaintSnapshot, ComplaintLogError> {
  const events = complaint.events;
  let snapshot = newComplaint();
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as ComplaintEvent;
    if (notAnEvent(event)) {
      return err(complaintLogError('INVALID_EVENT', { complaintId: complaint.id, eventIndex: index, eventType: String(event), state: snapshot.state }));
    }
    const next = transition(machine, snapshot, event);
    if (!next.ok) return err(logErrorOf(next.error, complaint.id, index));
    snapshot = next.value;
  }
  return ok(snapshot);
}
