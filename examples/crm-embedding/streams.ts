/**
 * What the store needs to know about each kind of stream, all of it from the library: how an event
 * becomes a row and back (`funnelEventToJSON` / `parseFunnelEvent`, `complaintEventToJSON` /
 * `parseComplaintEvent`), how a log becomes a state (`replayFunnel`, `replayComplaint`), and
 * whether one more event is allowed in that state (`applyFunnelEvent`, `applyComplaintEvent`).
 */
import {
  applyComplaintEvent,
  type ComplaintEvent,
  complaintEventToJSON,
  type ComplaintMachine,
  type ComplaintSnapshot,
  createComplaintMachine,
  parseComplaintEvent,
  replayComplaint,
} from '../../src/complaints/index.js';
import type { DomainError, Result, TransitionRefusal } from '../../src/core/index.js';
import {
  applyFunnelEvent,
  createFunnelMachine,
  type FunnelEvent,
  funnelEventToJSON,
  type FunnelMachine,
  type FunnelSnapshot,
  parseFunnelEvent,
  replayFunnel,
} from '../../src/funnel/index.js';
import type { EventRecord, StoredEvent, StreamType } from './event-store.js';

/** One kind of stream: its events `E` and the snapshot `S` the library derives from them. */
export interface StreamKind<E, S> {
  readonly type: StreamType;
  /** The row of an event (its JSON form without `type` and `at`, which have their own columns). */
  toRecord(event: E): EventRecord;
  /** The event of a stored row, checked by the library's schema. */
  parse(row: StoredEvent): Result<E, readonly DomainError[]>;
  /** The state after a log. */
  replay(id: string, events: readonly E[]): Result<S, DomainError>;
  /** The state after one more event, or the library's refusal. */
  apply(snapshot: S, event: E): Result<S, TransitionRefusal>;
}

function record(at: Date, json: { readonly type: string; readonly at: string; readonly [field: string]: unknown }): EventRecord {
  const { type, at: _at, ...payload } = json;
  return { type, at, payload };
}

/** Deals: the funnel machine (寻找 → 识别 → 接近 → 洽谈 → 成交). */
export function dealStream(machine: FunnelMachine = createFunnelMachine()): StreamKind<FunnelEvent, FunnelSnapshot> {
  return {
    type: 'deal',
    toRecord: (event) => record(event.at, funnelEventToJSON(event)),
    parse: (row) => parseFunnelEvent({ ...row.payload, type: row.type, at: row.at }),
    replay: (_id, events) => replayFunnel(events, machine),
    apply: (snapshot, event) => applyFunnelEvent(machine, snapshot, event),
  };
}

/** Complaints: the complaint machine (受理 → 调查 → 处理 → 回访 → 结案). */
export function complaintStream(machine: ComplaintMachine = createComplaintMachine()): StreamKind<ComplaintEvent, ComplaintSnapshot> {
  return {
    type: 'complaint',
    toRecord: (event) => record(event.at, complaintEventToJSON(event)),
    parse: (row) => parseComplaintEvent({ ...row.payload, type: row.type, at: row.at }),
    replay: (id, events) => replayComplaint({ id, events }, machine),
    apply: (snapshot, event) => applyComplaintEvent(machine, snapshot, event),
  };
}
