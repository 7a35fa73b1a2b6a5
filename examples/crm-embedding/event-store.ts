/**
 * An append-only event store on Postgres: one row per event, numbered per stream. The primary key
 * `(stream_type, stream_id, version)` is what makes concurrent appends safe — two writers cannot
 * both store version n + 1 of the same stream.
 */
import { err, ok, type Result } from '../../src/core/index.js';
import { type Database, isUniqueViolation, type Sql } from './database.js';

/** The schema: the same statement for PGlite and a Postgres server. */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS events (
  stream_type text        NOT NULL CHECK (stream_type IN ('deal', 'complaint')),
  stream_id   text        NOT NULL,
  version     integer     NOT NULL CHECK (version > 0),
  type        text        NOT NULL,
  at          timestamptz NOT NULL,
  payload     jsonb       NOT NULL,
  PRIMARY KEY (stream_type, stream_id, version)
)`;

/** The two kinds of event log a CRM keeps here: deals (the funnel) and complaints. */
export type StreamType = 'deal' | 'complaint';

/** One stream: a deal's or a complaint's event log. */
export interface StreamRef {
  readonly type: StreamType;
  readonly id: string;
}

/** An event as a row: its type and time in their own columns, the rest as JSON. */
export interface EventRecord {
  readonly type: string;
  readonly at: Date;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A stored event, with its position in the stream (1, 2, 3, …). */
export interface StoredEvent extends EventRecord {
  readonly version: number;
}

/** Another writer appended first: the stream is no longer at the version the caller read. */
export interface VersionConflict {
  readonly code: 'VERSION_CONFLICT';
  readonly stream: StreamRef;
  readonly expected: number;
  readonly actual: number;
}

/** Reading and appending event logs. */
export interface EventStore {
  /** Creates the table if it is missing. */
  migrate(): Promise<void>;
  /** The stream's version: how many events it holds (0 for a new stream). */
  version(stream: StreamRef): Promise<number>;
  /** The stream's events, oldest first. */
  read(stream: StreamRef): Promise<readonly StoredEvent[]>;
  /** Every stream of a type, each oldest first, in id order. */
  readAll(type: StreamType): Promise<ReadonlyMap<string, readonly StoredEvent[]>>;
  /**
   * Appends events after `expectedVersion`, all or nothing: the new version, or a conflict when
   * the stream has moved on (nothing is written then).
   */
  append(stream: StreamRef, expectedVersion: number, events: readonly EventRecord[]): Promise<Result<number, VersionConflict>>;
}

interface EventRow {
  readonly stream_id: string;
  readonly version: number;
  readonly type: string;
  readonly at: Date;
  readonly payload: Record<string, unknown>;
}

const COLUMNS = 'stream_id, version, type, at, payload';

function stored(row: EventRow): StoredEvent {
  return { version: row.version, type: row.type, at: row.at, payload: row.payload };
}

async function versionOf(sql: Sql, stream: StreamRef): Promise<number> {
  const rows = await sql.query<{ readonly version: number }>(
    'SELECT coalesce(max(version), 0) AS version FROM events WHERE stream_type = $1 AND stream_id = $2',
    [stream.type, stream.id],
  );
  return rows[0]?.version ?? 0;
}

/** The event store on a database (PGlite or a server: the SQL is the same). */
export function eventStore(db: Database): EventStore {
  return {
    async migrate() {
      await db.query(SCHEMA_SQL);
    },
    version: (stream) => versionOf(db, stream),
    async read(stream) {
      const rows = await db.query<EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_type = $1 AND stream_id = $2 ORDER BY version`,
        [stream.type, stream.id],
      );
      return rows.map(stored);
    },
    async readAll(type) {
      const rows = await db.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE stream_type = $1 ORDER BY stream_id, version`, [type]);
      const streams = new Map<string, StoredEvent[]>();
      for (const row of rows) {
        const events = streams.get(row.stream_id) ?? [];
        events.push(stored(row));
        streams.set(row.stream_id, events);
      }
      return streams;
    },
    async append(stream, expectedVersion, events) {
      const conflict = (actual: number): VersionConflict => ({ code: 'VERSION_CONFLICT', stream, expected: expectedVersion, actual });
      try {
        return await db.transaction(async (sql): Promise<Result<number, VersionConflict>> => {
          // A writer that read an old version stops here …
          const actual = await versionOf(sql, stream);
          if (actual !== expectedVersion) return err(conflict(actual));
          // … and one that read the same version as a writer still in flight fails on the key.
          for (const [i, event] of events.entries()) {
            await sql.query('INSERT INTO events (stream_type, stream_id, version, type, at, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb)', [
              stream.type,
              stream.id,
              expectedVersion + i + 1,
              event.type,
              event.at,
              JSON.stringify(event.payload),
            ]);
          }
          return ok(expectedVersion + events.length);
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return err(conflict(await versionOf(db, stream)));
      }
    },
  };
}
