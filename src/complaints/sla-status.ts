import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { err, ok, type Result } from '../core/result.js';
import { addBusinessTime } from '../core/time/add-business-time.js';
import type { BusinessCalendar } from '../core/time/business-calendar.js';
import { businessTimeBetween } from '../core/time/business-time-between.js';
import type { ComplaintClassification, ComplaintContext, CustomerPause, ResolutionCycle } from './complaint-context.js';
import { type ComplaintLogError, complaintLogError } from './complaint-log-error.js';
import type { ComplaintMachine, ComplaintMachineDefinition, ComplaintSnapshot } from './complaint-machine.js';
import { type Complaint, replayComplaintAsOf } from './complaint-replay.js';
import type { ComplaintState } from './complaint-state.js';
import type { PauseReason } from './pause-reason.js';
import type { PreparedCalendar } from './prepared-calendar.js';
import { type AppliedTargets, appliedTargets, checkSlaPolicy, type SlaPolicy } from './sla-policy.js';
import type { ReopenClock, SlaClockStatus, SlaTarget, TimeBasis } from './sla-target.js';

/**
 * One service-level clock of a complaint as of a time. While the clock runs (and is not past its
 * target) `usedMs + leftMs = targetMs`; time waiting on the customer never counts as used.
 *
 * @category Service levels
 */
export interface SlaClock {
  /** The target the clock measures against. */
  readonly target: SlaTarget;
  /** Where it stands. */
  readonly status: SlaClockStatus;
  /** What it is measured in. */
  readonly basis: TimeBasis;
  /** The target's duration in milliseconds. */
  readonly targetMs: number;
  /** The time used so far (or until it stopped), pauses excluded. */
  readonly usedMs: number;
  /** The time left before the deadline, 0 once breached. */
  readonly leftMs: number;
  /** The time used past the target, 0 unless breached. */
  readonly overdueMs: number;
  /** The time of the clock's windows spent waiting on the customer, not counted. */
  readonly pausedMs: number;
  /** When the clock started; `undefined` while pending or not applicable. */
  readonly startedAt: Date | undefined;
  /** When it stopped (met, breached and stopped, or cancelled). */
  readonly stoppedAt: Date | undefined;
  /**
   * When the target is (or was) reached: the instant the used time hits the target. `undefined`
   * while the complaint waits on the customer (the clock is paused) and for clocks not started.
   */
  readonly deadline: Date | undefined;
}

/**
 * A wait on the customer, listed with its reason and how much time it kept off the clocks.
 *
 * @category Service levels
 */
export interface SlaPause {
  /** When the wait started. */
  readonly from: Date;
  /** When it ended; `undefined` while waiting. */
  readonly to: Date | undefined;
  /** Why. */
  readonly reason: PauseReason;
  /** The note on it. */
  readonly note: string | undefined;
  /** The state it waited in. */
  readonly state: ComplaintState;
  /** Its length in business time (up to the time asked while still waiting). */
  readonly businessMs: number;
  /** Its length in calendar time. */
  readonly calendarMs: number;
}

/**
 * The service levels of one complaint as of a time: each target's clock, the first- and
 * total-resolution clocks, and the pauses.
 *
 * @category Service levels
 */
export interface SlaReport {
  /** The complaint's id. */
  readonly complaintId: string;
  /** The policy's id. */
  readonly policyId: string;
  /** The time asked ("now"). */
  readonly asOf: Date;
  /** The complaint's state then. */
  readonly state: ComplaintState;
  /** The classification the targets were chosen by (the current one). */
  readonly classification: ComplaintClassification;
  /** The clock of each target; `resolve` follows the policy's reopen choice. */
  readonly clocks: { readonly [T in SlaTarget]: SlaClock };
  /** The resolve target measured on the first resolution cycle only. */
  readonly firstResolution: SlaClock;
  /** The resolve target measured on every resolution cycle added up. */
  readonly totalResolution: SlaClock;
  /** The policy's choice for the resolve clock on reopen. */
  readonly resolveOnReopen: ReopenClock;
  /** How many resolution cycles there were (1 + reopens). */
  readonly cycles: number;
  /** Whether the clocks are paused (waiting on the customer). */
  readonly paused: boolean;
  /** Every wait on the customer, oldest first. */
  readonly pauses: readonly SlaPause[];
}

/** How time is measured for one basis: the length of a span, and an instant a length after another. */
interface Measure {
  readonly between: (a: number, b: number) => number;
  readonly add: (t: number, d: number) => number;
}

const CALENDAR: Measure = { between: (a, b) => b - a, add: (t, d) => t + d };

function businessMeasure(calendar: BusinessCalendar | PreparedCalendar): Measure {
  if ((calendar as Partial<PreparedCalendar>).kind === 'prepared-calendar') return calendar as PreparedCalendar;
  const plain = calendar as BusinessCalendar;
  return {
    between: (a, b) => businessTimeBetween(new Date(a), new Date(b), plain),
    add: (t, d) => addBusinessTime(new Date(t), d, plain).getTime(),
  };
}

type Span = readonly [number, number];
type Ending = 'running' | 'stopped' | 'cancelled';

interface ClockInput {
  readonly target: SlaTarget;
  readonly windows: readonly Span[];
  readonly ending: Ending;
  readonly targetMs: number;
  readonly basis: TimeBasis;
}

interface Setting {
  readonly pauses: readonly Span[];
  readonly pausedNow: boolean;
  readonly warningFraction: number;
  readonly business: Measure;
}

function dateOrUndefined(ms: number | undefined): Date | undefined {
  return ms === undefined ? undefined : new Date(ms);
}

function idleClock(target: SlaTarget, status: SlaClockStatus, targetMs: number, basis: TimeBasis): SlaClock {
  return {
    target,
    status,
    basis,
    targetMs,
    usedMs: 0,
    leftMs: targetMs,
    overdueMs: 0,
    pausedMs: 0,
    startedAt: undefined,
    stoppedAt: undefined,
    deadline: undefined,
  };
}

/** The running totals of a clock while its segments are measured. */
interface Tally {
  used: number;
  remaining: number;
  deadline: number | undefined;
}

function addSegment(tally: Tally, m: Measure, s: number, e: number): void {
  const length = m.between(s, e);
  if (tally.deadline === undefined && length >= tally.remaining) tally.deadline = m.add(s, tally.remaining);
  tally.remaining -= length;
  tally.used += length;
}

/** Runs a clock over its windows with the pauses taken out. */
function runClock(input: ClockInput, setting: Setting): SlaClock {
  const { target, windows, ending, targetMs, basis } = input;
  const m = basis === 'business' ? setting.business : CALENDAR;
  const tally: Tally = { used: 0, remaining: targetMs, deadline: undefined };
  const pauses = setting.pauses;
  let paused = 0;
  for (let w = 0; w < windows.length; w++) {
    const [a, b] = windows[w] as Span;
    let cursor = a;
    for (let i = 0; i < pauses.length; i++) {
      const [p, q] = pauses[i] as Span;
      if (q <= a || p >= b) continue;
      const end = Math.max(cursor, Math.min(p, b));
      if (end > cursor) addSegment(tally, m, cursor, end);
      const ps = Math.max(p, a);
      const pe = Math.min(q, b);
      if (pe > ps) paused += m.between(ps, pe);
      cursor = Math.max(cursor, pe);
    }
    if (b > cursor) addSegment(tally, m, cursor, b);
  }
  const first = windows[0];
  const last = windows[windows.length - 1];
  const endMs = last === undefined ? undefined : last[1];
  let deadline = tally.deadline;
  if (deadline === undefined && endMs !== undefined && ending !== 'cancelled' && !(ending === 'running' && setting.pausedNow)) {
    deadline = m.add(endMs, tally.remaining);
  }
  const used = tally.used;
  const breached = used > targetMs;
  const status: SlaClockStatus = breached
    ? 'breached'
    : ending === 'stopped'
      ? 'met'
      : ending === 'cancelled'
        ? 'cancelled'
        : used >= setting.warningFraction * targetMs
          ? 'warning'
          : 'running';
  return {
    target,
    status,
    basis,
    targetMs,
    usedMs: used,
    leftMs: breached ? 0 : targetMs - used,
    overdueMs: breached ? used - targetMs : 0,
    pausedMs: paused,
    startedAt: dateOrUndefined(first?.[0]),
    stoppedAt: ending === 'running' ? undefined : dateOrUndefined(endMs),
    deadline: dateOrUndefined(deadline),
  };
}

function ms(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date.getTime();
}

function cycleWindows(cycles: readonly ResolutionCycle[], from: number, end: number): readonly Span[] {
  const out: Span[] = [];
  for (let i = from; i < cycles.length; i++) {
    const c = cycles[i] as ResolutionCycle;
    out.push([c.startedAt.getTime(), c.resolvedAt?.getTime() ?? end]);
  }
  return out;
}

function clockInput(applied: AppliedTargets, target: SlaTarget, windows: readonly Span[], ending: Ending): ClockInput {
  return { target, windows, ending, targetMs: applied.targets[target], basis: applied.basis[target] };
}

function pauseSpans(pauses: readonly CustomerPause[], nowMs: number): readonly Span[] {
  const out: Span[] = [];
  for (const p of pauses) out.push([p.from.getTime(), p.to?.getTime() ?? nowMs]);
  return out;
}

/**
 * The service levels of a complaint's snapshot as of a time (see {@link slaStatus}, which
 * replays the log first). Useful when the snapshot is at hand.
 *
 * @param complaintId - The complaint's id, for the report.
 * @param snapshot - The complaint's snapshot as of `now` (no event after `now`).
 * @param policy - The service-level policy.
 * @param calendar - The business calendar, or a prepared one for many complaints.
 * @param now - The time asked.
 * @returns The report, or `NOT_RECEIVED` when the snapshot has no receipt.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an invalid `now`, and for a `now`
 *   before the snapshot's last event (use {@link slaStatus}, which replays the log as of `now`);
 *   `INVALID_SLA_POLICY` for a bad policy; `INVALID_CALENDAR` for a malformed calendar.
 *
 * @example
 * ```ts
 * import { standardCalendar } from 'logistics-customer/core';
 * import { DEFAULT_SLA_POLICY, newComplaint, slaStatusOfSnapshot } from 'logistics-customer/complaints';
 * const r = slaStatusOfSnapshot('C-0', newComplaint(), DEFAULT_SLA_POLICY, standardCalendar('Asia/Shanghai'), new Date('2026-03-02T01:00:00Z'));
 * r.ok ? null : r.error.code;
 * // => 'NOT_RECEIVED'
 * ```
 * @category Service levels
 */
export function slaStatusOfSnapshot(
  complaintId: string,
  snapshot: ComplaintSnapshot,
  policy: SlaPolicy,
  calendar: BusinessCalendar | PreparedCalendar,
  now: Date,
): Result<SlaReport, ComplaintLogError> {
  const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(nowMs)) throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: 'now', received: String(now) });
  checkSlaPolicy(policy);
  const context: ComplaintContext = snapshot.context;
  const lastEventMs = context.lastEventAt?.getTime();
  if (lastEventMs !== undefined && lastEventMs > nowMs) {
    // A snapshot with events after `now` would be measured as if they had happened by then.
    throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, {
      parameter: 'now',
      received: now.toISOString(),
      reason: "before the snapshot's last event",
      lastEventAt: new Date(lastEventMs).toISOString(),
    });
  }
  const receipt = context.receipt;
  const classification = context.classification;
  if (receipt === undefined || classification === undefined) {
    return err(complaintLogError('NOT_RECEIVED', { complaintId, eventIndex: 0, eventType: 'RECEIVE', state: snapshot.state }));
  }
  const applied = appliedTargets(policy, classification);
  const business = businessMeasure(calendar);
  const withdrawnAt = ms(context.withdrawal?.at);
  const end = withdrawnAt ?? nowMs;
  const open: Ending = withdrawnAt === undefined ? 'running' : 'cancelled';
  const lastPause = context.pauses[context.pauses.length - 1];
  const pausedNow = lastPause !== undefined && lastPause.to === undefined;
  const setting: Setting = {
    pauses: pauseSpans(context.pauses, nowMs),
    pausedNow,
    warningFraction: applied.warningFraction,
    business,
  };
  const received = receipt.at.getTime();
  const ackAt = ms(context.acknowledgedAt);
  const responseAt = ms(context.firstResponseAt);
  const acknowledge = runClock(
    clockInput(applied, 'acknowledge', [[received, ackAt ?? end]], ackAt === undefined ? open : 'stopped'),
    setting,
  );
  const firstResponse = runClock(
    clockInput(applied, 'first-response', [[received, responseAt ?? end]], responseAt === undefined ? open : 'stopped'),
    setting,
  );
  const cycles = context.cycles;
  const first = cycles[0];
  const last = cycles[cycles.length - 1];
  const lastEnding: Ending = last?.resolvedAt === undefined ? open : 'stopped';
  const totalResolution = runClock(clockInput(applied, 'resolve', cycleWindows(cycles, 0, end), lastEnding), setting);
  const firstResolution =
    cycles.length <= 1
      ? totalResolution
      : runClock(clockInput(applied, 'resolve', cycleWindows(cycles.slice(0, 1), 0, end), first?.resolvedAt === undefined ? open : 'stopped'), setting);
  const resolve =
    policy.resolveOnReopen === 'continue' || cycles.length <= 1
      ? totalResolution
      : runClock(clockInput(applied, 'resolve', cycleWindows(cycles, cycles.length - 1, end), lastEnding), setting);
  let followUp: SlaClock;
  if (last?.resolution === 'implemented' && last.resolvedAt !== undefined) {
    const doneAt = ms(last.followUp?.at);
    followUp = runClock(
      clockInput(applied, 'follow-up', [[last.resolvedAt.getTime(), doneAt ?? end]], doneAt === undefined ? open : 'stopped'),
      setting,
    );
  } else {
    const never = last?.resolution === 'rejected' || withdrawnAt !== undefined;
    followUp = idleClock('follow-up', never ? 'not-applicable' : 'pending', applied.targets['follow-up'], applied.basis['follow-up']);
  }
  const pauses: SlaPause[] = [];
  for (const p of context.pauses) {
    const from = p.from.getTime();
    const to = p.to?.getTime() ?? nowMs;
    pauses.push({
      from: new Date(from),
      to: p.to === undefined ? undefined : new Date(to),
      reason: p.reason,
      note: p.note,
      state: p.state,
      businessMs: business.between(from, to),
      calendarMs: to - from,
    });
  }
  return ok({
    complaintId,
    policyId: policy.id,
    asOf: new Date(nowMs),
    state: snapshot.state,
    classification,
    clocks: { acknowledge, 'first-response': firstResponse, resolve, 'follow-up': followUp },
    firstResolution,
    totalResolution,
    resolveOnReopen: policy.resolveOnReopen,
    cycles: cycles.length,
    paused: pausedNow,
    pauses,
  });
}

/**
 * The service levels of a complaint as of `now` (服务时限, DOMAIN.md §7): for each target —
 * acknowledge, first response, resolve, follow up — whether it is pending, running, in its
 * warning band, breached, met, cancelled or not applicable, with the deadline and the time used
 * and left, measured on the business calendar or in calendar time as the policy says. Time
 * waiting on the customer is paused and the pauses are listed with their reasons. On reopen both
 * a first-resolution and a total-resolution clock are kept, and `resolve` continues or restarts
 * as the policy chooses. A reclassification mid-case changes the targets and keeps the time used
 * and paused. Everything is a pure function of the event log, `now`, the policy and the calendar:
 * events after `now` are checked but have not happened yet.
 *
 * @param complaint - The complaint: its id and event log.
 * @param policy - The service-level policy.
 * @param calendar - The business calendar, or a {@link PreparedCalendar} for many complaints.
 * @param now - The time asked.
 * @param machine - The complaint machine (default: the textbook machine, compiled on each call —
 *   pass one for batches).
 * @returns The report, or the log error (bad log, or no receipt as of `now`).
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an invalid `now`; `INVALID_SLA_POLICY`
 *   for a bad policy; `INVALID_CALENDAR` for a malformed calendar.
 *
 * @example
 * ```ts
 * import { standardCalendar } from 'logistics-customer/core';
 * import { DEFAULT_SLA_POLICY, slaStatus } from 'logistics-customer/complaints';
 * const calendar = standardCalendar('Asia/Shanghai');
 * const complaint = { id: 'C-9', events: [
 *   // Friday 2026-03-06 17:00 in Shanghai
 *   { type: 'RECEIVE' as const, at: new Date('2026-03-06T09:00:00Z'), by: 'wang', complainant: { name: 'Zhang' },
 *     channel: 'phone' as const, category: 'delay' as const, severity: 'moderate' as const, description: 'Two days late.' },
 * ] };
 * // Monday 10:30: one working hour on Friday, 1.5 on Monday — the weekend does not count.
 * const r = slaStatus(complaint, DEFAULT_SLA_POLICY, calendar, new Date('2026-03-09T02:30:00Z'));
 * r.ok ? [r.value.clocks.acknowledge.status, r.value.clocks.acknowledge.usedMs / 3_600_000] : r.error.code;
 * // => ['breached', 2.5]
 * ```
 * @category Service levels
 */
export function slaStatus(
  complaint: Complaint,
  policy: SlaPolicy,
  calendar: BusinessCalendar | PreparedCalendar,
  now: Date,
  machine?: ComplaintMachine | ComplaintMachineDefinition,
): Result<SlaReport, ComplaintLogError> {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: 'now', received: String(now) });
  }
  const replayed = replayComplaintAsOf(complaint, now, machine);
  if (!replayed.ok) return replayed;
  return slaStatusOfSnapshot(complaint.id, replayed.value.asOf, policy, calendar, now);
}
