import type { Database } from './database.js';
import { openPg } from './pg-database.js';
import { openPGlite } from './pglite-database.js';

/**
 * The database the example runs on: the Postgres server at `DATABASE_URL` when it is set,
 * otherwise PGlite — in memory, or in the directory `PGLITE_DIR` when that is set.
 */
export function openDatabase(env: Readonly<Record<string, string | undefined>>): Promise<Database> {
  const url = env['DATABASE_URL'];
  if (url !== undefined && url !== '') return openPg(url);
  const dir = env['PGLITE_DIR'];
  return openPGlite(dir === undefined || dir === '' ? undefined : dir);
}
