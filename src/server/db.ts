/**
 * The database: PGlite (PostgreSQL compiled to WebAssembly, in a data folder) by default, so a
 * class runs on a laptop with nothing else installed; a real PostgreSQL server when
 * DATABASE_URL is set, for several server processes. Both run the same SQL (PostgreSQL 15 is
 * the oldest server we target: nothing newer is used).
 *
 * PGlite has no locking between processes: a lock file in the data folder keeps a second
 * server from opening the same folder (it would lose the first one's writes).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Query = <T extends object>(sql: string, params?: readonly unknown[]) => Promise<T[]>;

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** Rows of a query with $1… parameters. */
  query: Query;
  /** Queries in one transaction (committed when `fn` resolves, rolled back when it throws). */
  transaction<T>(fn: (query: Query) => Promise<T>): Promise<T>;
  /** Several statements, no parameters (the schema). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Thrown when another process holds the data folder. */
export class DataDirLocked extends Error {}

/** PostgreSQL's code for a unique violation (the log's (code, seq) key taken by another writer). */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === UNIQUE_VIOLATION;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(dir: string): () => void {
  const lock = join(dir, 'veto-server.pid');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid))
      throw new DataDirLocked(
        `${dir} is in use by another Veto server (process ${pid}); stop it first or use another --data folder`,
      );
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

export async function openPglite(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const release = takeLock(join(dir));
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(join(dir, 'pg'));
  try {
    await db.waitReady;
  } catch (e) {
    release();
    throw e;
  }
  return {
    kind: 'pglite',
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<T>(sql, [...params])).rows;
    },
    async transaction<T>(fn: (query: Query) => Promise<T>) {
      return db.transaction(async (tx) =>
        fn(
          async <R extends object>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<R>(sql, [...params])).rows,
        ),
      );
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async close() {
      await db.close();
      release();
    },
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const pg = (await import('pg')).default;
  // int8 (count(*), bigserial) as a number, as PGlite gives it.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // Fail now, with the server's reason, rather than at the first join.
  const c = await pool.connect();
  c.release();
  return {
    kind: 'postgres',
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as T[];
    },
    async transaction<T>(fn: (query: Query) => Promise<T>) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(
          async <R extends object>(sql: string, params: readonly unknown[] = []) =>
            (await c.query(sql, [...params])).rows as R[],
        );
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      } finally {
        c.release();
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}

/** The tables. The log is append-only: rows are inserted, never updated or deleted. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS veto_classes (
  code text PRIMARY KEY,
  title text NOT NULL,
  scenario_id text NOT NULL,
  scenario_hash text NOT NULL,
  worlds integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS veto_log (
  code text NOT NULL REFERENCES veto_classes(code),
  seq integer NOT NULL,
  kind text NOT NULL,
  body text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, seq)
);
`;

/** Create the tables if they are missing. Several processes may start at once against one
 * PostgreSQL server: a transaction-scoped advisory lock lets one create them at a time. */
export async function migrate(db: Db): Promise<void> {
  await db.transaction(async (query) => {
    await query('SELECT pg_advisory_xact_lock(726354)');
    for (const statement of SCHEMA.split(';')
      .map((x) => x.trim())
      .filter((x) => x !== ''))
      await query(statement);
  });
}
