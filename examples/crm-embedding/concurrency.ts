/**
 * Two (or more) writers appending to the same stream at the same time. Every writer reads the
 * stream first, and none appends before all have read — so all of them decide on the same version
 * and all but one meet a conflict on their first append. `appendEvent` then reads again and asks
 * the library again, so every event the library still allows is stored, one after the other.
 */
import { type AppendOutcome, appendEvent } from './commands.js';
import type { EventStore } from './event-store.js';
import type { StreamKind } from './streams.js';

/** A writer: who it is and the event it wants to append. */
export interface Writer<E> {
  readonly name: string;
  readonly event: E;
}

/** What became of one writer's event, and the version it first read. */
export interface WriterOutcome<E, S> extends Writer<E> {
  readonly readVersion: number;
  readonly outcome: AppendOutcome<S>;
}

/** Runs the writers against one stream at the same time (see the file comment). */
export async function raceWriters<E, S>(
  store: EventStore,
  kind: StreamKind<E, S>,
  id: string,
  writers: readonly Writer<E>[],
): Promise<readonly WriterOutcome<E, S>[]> {
  let waiting = writers.length;
  let release = (): void => {};
  const allHaveRead = new Promise<void>((resolve) => {
    release = resolve;
  });
  const readVersions: number[] = [];
  const outcomes = await Promise.all(
    writers.map((writer, i) =>
      appendEvent(store, kind, id, writer.event, {
        maxAttempts: writers.length + 1,
        afterRead: async (attempt, version) => {
          if (attempt > 1) return;
          readVersions[i] = version;
          waiting -= 1;
          if (waiting === 0) release();
          await allHaveRead;
        },
      }),
    ),
  );
  return writers.map((writer, i) => ({ ...writer, readVersion: readVersions[i] ?? 0, outcome: outcomes[i] as AppendOutcome<S> }));
}
