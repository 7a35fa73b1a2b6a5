import pg from 'pg';
import type { Database, Sql } from './database.js';

/** Options of {@link openPg}. */
export interface PgOptions {
  /** A schema to work in (created if missing, put first on the search path of every connection). */
  readonly schema?: string;
}

/** The connection string without its password, for printing. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'postgres server';
  }
}

/**
 * Opens a pool of connections to a Postgres server. Each transaction takes its own connection,
 * so two writers really run at the same time — the primary key settles who appended first.
 */
export async function openPg(connectionString: string, options: PgOptions = {}): Promise<Database> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/u.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  const pool = new pg.Pool({ connectionString, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const run =
    (client: pg.Pool | pg.PoolClient) =>
    async <Row>(text: string, params: readonly unknown[] = []): Promise<readonly Row[]> =>
      (await client.query(text, [...params])).rows as Row[];
  return {
    label: redact(connectionString) + (schema === undefined ? '' : ` (schema ${schema})`),
    query: run(pool),
    async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: run(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
