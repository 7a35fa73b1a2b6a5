/**
 * Everything the CRM shows is derived from the stored logs by the library: the state of each deal
 * and complaint (replay), the funnel report (`funnelReport`), the complaint metrics
 * (`complaintMetrics`) and each complaint's service-level clocks as of now (`slaStatus`). Nothing
 * but the events is stored, so nothing can disagree with them.
 */
import {
  type Complaint,
  type ComplaintEvent,
  complaintMetrics,
  type ComplaintMetrics,
  type ComplaintSnapshot,
  type ComplaintState,
  DEFAULT_SLA_POLICY,
  type SlaClockStatus,
  slaStatus,
} from '../../src/complaints/index.js';
import { type BusinessCalendar, type DomainError, err, ok, type Result } from '../../src/core/index.js';
import { type FunnelDealLog, type FunnelEvent, funnelReport, type FunnelReport, type FunnelSnapshot, type FunnelState } from '../../src/funnel/index.js';
import type { CorruptStream } from './commands.js';
import type { EventStore, StreamRef } from './event-store.js';
import type { StreamKind } from './streams.js';

/** A log read back from the store: the id and the typed events. */
export interface StoredLog<E> {
  readonly id: string;
  readonly events: readonly E[];
}

/** Reads every stream of a kind and parses its rows with the library's schema. */
export async function loadLogs<E, S>(store: EventStore, kind: StreamKind<E, S>): Promise<Result<readonly StoredLog<E>[], CorruptStream>> {
  const logs: StoredLog<E>[] = [];
  for (const [id, rows] of await store.readAll(kind.type)) {
    const events: E[] = [];
    for (const row of rows) {
      const parsed = kind.parse(row);
      if (!parsed.ok) return err({ code: 'CORRUPT_STREAM', stream: { type: kind.type, id } satisfies StreamRef, errors: parsed.error });
      events.push(parsed.value);
    }
    logs.push({ id, events });
  }
  return ok(logs);
}

/** How many logs replay to each state. */
export function countStates<E, S extends { readonly state: string }>(
  kind: StreamKind<E, S>,
  logs: readonly StoredLog<E>[],
): Result<Readonly<Record<string, number>>, DomainError> {
  const counts: Record<string, number> = {};
  for (const log of logs) {
    const snapshot = kind.replay(log.id, log.events);
    if (!snapshot.ok) return snapshot;
    counts[snapshot.value.state] = (counts[snapshot.value.state] ?? 0) + 1;
  }
  return ok(counts);
}

/** What the summary is measured over. */
export interface DeriveOptions {
  /** The cohort of the funnel report and the complaint metrics. */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The business calendar of the service levels and business days. */
  readonly calendar: BusinessCalendar;
  /** "Now" for the service-level clocks. */
  readonly now: Date;
}

/** The derived view of the CRM. */
export interface CrmSummary {
  readonly deals: {
    readonly logs: readonly FunnelDealLog[];
    readonly byState: Readonly<Partial<Record<FunnelState, number>>>;
    readonly report: FunnelReport;
  };
  readonly complaints: {
    readonly logs: readonly Complaint[];
    readonly byState: Readonly<Partial<Record<ComplaintState, number>>>;
    readonly metrics: ComplaintMetrics;
    /** The resolve clock of every complaint as of now, by status. */
    readonly resolveClocks: Readonly<Partial<Record<SlaClockStatus, number>>>;
  };
}

/** Reads the logs and derives states, the funnel report, complaint metrics and service levels. */
export async function deriveSummary(
  store: EventStore,
  kinds: { readonly deal: StreamKind<FunnelEvent, FunnelSnapshot>; readonly complaint: StreamKind<ComplaintEvent, ComplaintSnapshot> },
  options: DeriveOptions,
): Promise<Result<CrmSummary, readonly DomainError[]>> {
  const deals = await loadLogs(store, kinds.deal);
  if (!deals.ok) return err(deals.error.errors);
  const complaints = await loadLogs(store, kinds.complaint);
  if (!complaints.ok) return err(complaints.error.errors);

  const dealStates = countStates(kinds.deal, deals.value);
  if (!dealStates.ok) return err([dealStates.error]);
  const report = funnelReport(deals.value, { period: options.period, calendar: options.calendar });
  if (!report.ok) return err([report.error]);

  const complaintStates = countStates(kinds.complaint, complaints.value);
  if (!complaintStates.ok) return err([complaintStates.error]);
  const metrics = complaintMetrics(complaints.value, { period: options.period, calendar: options.calendar });
  if (!metrics.ok) return err(metrics.error);
  const resolveClocks: Partial<Record<SlaClockStatus, number>> = {};
  for (const complaint of complaints.value) {
    const sla = slaStatus(complaint, DEFAULT_SLA_POLICY, options.calendar, options.now);
    if (!sla.ok) return err([sla.error]);
    const status = sla.value.clocks.resolve.status;
    resolveClocks[status] = (resolveClocks[status] ?? 0) + 1;
  }

  return ok({
    deals: { logs: deals.value, byState: dealStates.value, report: report.value },
    complaints: { logs: complaints.value, byState: complaintStates.value, metrics: metrics.value, resolveClocks },
  });
}
