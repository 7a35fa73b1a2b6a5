/**
 * The little the event store needs from a Postgres connection: run a parameterised query, and run
 * a function inside one transaction. Both adapters — PGlite (embedded, the default) and `pg` (a
 * server at `DATABASE_URL`) — implement it, so the event store sends the same SQL to either.
 */

/** Runs one parameterised statement (`$1`, `$2`, …) and returns its rows. */
export interface Sql {
  query<Row>(text: string, params?: readonly unknown[]): Promise<readonly Row[]>;
}

/** A database: queries, transactions, and closing it. */
export interface Database extends Sql {
  /** What it is, for the summary (`PGlite (in memory)`, `postgres://host/db`). */
  readonly label: string;
  /**
   * Runs `work` inside `BEGIN … COMMIT` on one connection; if `work` throws, the transaction is
   * rolled back and the error rethrown.
   */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Postgres's SQLSTATE for a unique-key violation. */
export const UNIQUE_VIOLATION = '23505';

/** Whether an error thrown by either driver is a unique-key violation (both expose `code`). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
