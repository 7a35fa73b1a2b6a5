/**
 * Writing with optimistic concurrency. A command reads the stream, lets the library decide whether
 * the event is allowed in the state the log replays to, and appends it at the version it read. If
 * another writer got there first the store answers with a conflict; the command reads again and
 * asks the library again — the event may still be allowed (it is appended after the other one) or
 * no longer (it is refused and nothing is stored). No event is lost and none is stored unchecked.
 */
import { type DomainError, err, ok, type Result, type TransitionRefusal } from '../../src/core/index.js';
import type { EventStore, StreamRef } from './event-store.js';
import type { StreamKind } from './streams.js';

/** A stream read back and replayed: its version, its events and the state they lead to. */
export interface LoadedStream<E, S> {
  readonly version: number;
  readonly events: readonly E[];
  readonly snapshot: S;
}

/** A stored log that no longer parses or replays (written by something that skipped the checks). */
export interface CorruptStream {
  readonly code: 'CORRUPT_STREAM';
  readonly stream: StreamRef;
  readonly errors: readonly DomainError[];
}

/** Reads a stream and replays it through the library. */
export async function loadStream<E, S>(
  store: EventStore,
  kind: StreamKind<E, S>,
  id: string,
): Promise<Result<LoadedStream<E, S>, CorruptStream>> {
  const stream: StreamRef = { type: kind.type, id };
  const rows = await store.read(stream);
  const events: E[] = [];
  for (const row of rows) {
    const parsed = kind.parse(row);
    if (!parsed.ok) return err({ code: 'CORRUPT_STREAM', stream, errors: parsed.error });
    events.push(parsed.value);
  }
  const snapshot = kind.replay(id, events);
  if (!snapshot.ok) return err({ code: 'CORRUPT_STREAM', stream, errors: [snapshot.error] });
  return ok({ version: rows.length, events, snapshot: snapshot.value });
}

/** What became of an append. */
export type AppendOutcome<S> =
  /** Stored at `version`; `snapshot` is the state after it. */
  | { readonly kind: 'appended'; readonly version: number; readonly snapshot: S; readonly attempts: number }
  /** The library refused the event in the state at `version`: nothing was stored. */
  | { readonly kind: 'refused'; readonly version: number; readonly refusal: TransitionRefusal; readonly attempts: number }
  /** The stored log does not replay. */
  | { readonly kind: 'corrupt'; readonly error: CorruptStream; readonly attempts: number }
  /** Every attempt met a conflict. */
  | { readonly kind: 'gave-up'; readonly attempts: number };

/** Options of {@link appendEvent}. */
export interface AppendOptions {
  /** How many times to read, decide and append before giving up (default 10). */
  readonly maxAttempts?: number;
  /** Called after each read, before the append (the concurrency demo holds writers here). */
  readonly afterRead?: (attempt: number, version: number) => Promise<void>;
}

/** Appends one event to a stream if the library allows it, retrying on conflicts. */
export async function appendEvent<E, S>(
  store: EventStore,
  kind: StreamKind<E, S>,
  id: string,
  event: E,
  options: AppendOptions = {},
): Promise<AppendOutcome<S>> {
  const maxAttempts = options.maxAttempts ?? 10;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const loaded = await loadStream(store, kind, id);
    if (!loaded.ok) return { kind: 'corrupt', error: loaded.error, attempts: attempt };
    const { version, snapshot } = loaded.value;
    await options.afterRead?.(attempt, version);
    const next = kind.apply(snapshot, event);
    if (!next.ok) return { kind: 'refused', version, refusal: next.error, attempts: attempt };
    const appended = await store.append({ type: kind.type, id }, version, [kind.toRecord(event)]);
    if (appended.ok) return { kind: 'appended', version: appended.value, snapshot: next.value, attempts: attempt };
    // VERSION_CONFLICT: someone else appended since we read — read again and decide again.
  }
  return { kind: 'gave-up', attempts: maxAttempts };
}
