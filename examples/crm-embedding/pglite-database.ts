import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database.js';

/**
 * Opens PGlite — Postgres compiled to WebAssembly, running in this process: nothing to install.
 * Without a directory the database lives in memory; with one it is kept on disk.
 */
export async function openPGlite(dataDir?: string): Promise<Database> {
  const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  return {
    label: dataDir === undefined ? 'PGlite (in memory)' : `PGlite (${dataDir})`,
    async query<Row>(text: string, params: readonly unknown[] = []): Promise<readonly Row[]> {
      return (await db.query<Row>(text, [...params])).rows;
    },
    // PGlite has one connection; `transaction` holds it, so other queries wait until the commit.
    transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
      return db.transaction((tx) =>
        work({ query: async <Row>(text: string, params: readonly unknown[] = []) => (await tx.query<Row>(text, [...params])).rows }),
      );
    },
    close: () => db.close(),
  };
}
