/** @module core/store/db — the `Db` handle every store function takes first, over PGlite or Postgres (`pg.Pool`). */

import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { vector } from '@electric-sql/pglite-pgvector';
import pg from 'pg';
import pgvector from 'pgvector';
import { StoreError, reasonOf, storeError } from './errors.ts';

/** A database handle: parameterized SQL (`$1`, `$2` ...), one statement per `query`, many per `exec`. */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /**
   * The folder a PGlite store lives in (undefined in memory and on Postgres): files derived from the store
   * (the lexical index snapshot) are kept there, so they go when the store goes.
   */
  readonly dataDir?: string;
  /** Runs one parameterized statement and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs one or more statements without parameters (DDL, scripts). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in a transaction (a savepoint when already inside one); rolls back if it throws.
   * Inside `fn` use `tx` only: the outer handle may wait for the connection `fn` holds.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Closes the engine or pool. Inside a transaction it is a no-op. */
  close(): Promise<void>;
}

/** The PGlite extensions the schema needs; `CREATE EXTENSION` still runs in the first migration. */
export const pgliteExtensions = { vector, pg_trgm, unaccent };

/**
 * Formats a vector as a pgvector text literal, to pass as a parameter.
 * @example toVectorLiteral([1, 0.5, -2]) // '[1,0.5,-2]'
 */
export function toVectorLiteral(vec: readonly number[]): string {
  if (vec.length === 0) throw storeError('invalid_vector', { reason: 'the vector is empty' });
  for (let i = 0; i < vec.length; i++) {
    if (!Number.isFinite(vec[i])) throw storeError('invalid_vector', { reason: `element ${i} is ${vec[i]}` });
  }
  return pgvector.toSql([...vec]) as string;
}

/** Parses a pgvector text literal (`'[1,0.5,-2]'`) as the engines return it. */
export function parseVectorLiteral(text: string): number[] {
  return text.trim() === '[]' ? [] : (pgvector.fromSql(text.trim()) as number[]);
}

/**
 * Opens PGlite with vector, pg_trgm and unaccent: persisted in `dir` (created if missing), in memory when undefined.
 * @example const db = await openPglite('./data/store')
 */
export async function openPglite(dir: string | undefined): Promise<Db> {
  let engine: PGlite;
  try {
    if (dir !== undefined) mkdirSync(dir, { recursive: true });
    engine = await PGlite.create({ dataDir: dir, extensions: pgliteExtensions });
  } catch (err) {
    throw storeError(
      'store_open_failed',
      dir === undefined
        ? {
            where: 'memory',
            reason: reasonOf(err),
            hint: 'check that @electric-sql/pglite is installed and memory is free',
          }
        : { where: dir, reason: reasonOf(err), hint: 'delete the folder or set VANKIEN_DATA to another' },
      err,
    );
  }
  return pgliteDb(engine, dir);
}

/** Wraps an open PGlite instance (e.g. one also served over a socket) as a `Db`; `dataDir` is the folder it lives in. */
export function pgliteDb(engine: PGlite, dataDir?: string): Db {
  let closed = false;
  return {
    kind: 'pglite',
    ...(dataDir === undefined ? {} : { dataDir }),
    query: <R>(sql: string, params?: unknown[]) => guard(sql, async () => (await engine.query<R>(sql, params)).rows),
    exec: (sql) => guard(sql, async () => void (await engine.exec(sql))),
    transaction: (fn) =>
      engine.transaction((tx: Transaction) =>
        fn(
          txDb('pglite', {
            query: async <R>(sql: string, params?: unknown[]) => (await tx.query<R>(sql, params)).rows,
            exec: async (sql) => void (await tx.exec(sql)),
          }),
        ),
      ),
    close: async () => {
      if (closed) return;
      closed = true;
      await engine.close();
    },
  };
}

/** Options for `openPostgres`. */
export interface PostgresOptions {
  /** Pool size (default 10). Use 1 for a PGlite socket server, which serves one connection at a time. */
  max?: number;
}

/**
 * Opens a `pg.Pool` on `url` and checks it answers; transactions run on one dedicated client.
 * @example const db = await openPostgres('postgres://user:pw@localhost/vankien', { max: 4 })
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw storeError(
      'store_open_failed',
      {
        where: redactUrl(url),
        reason: reasonOf(err),
        hint: 'check that Postgres is running and the URL (host, user, password, database) is right',
      },
      err,
    );
  }
  let closed = false;
  return {
    kind: 'postgres',
    query: <R>(sql: string, params?: unknown[]) => guard(sql, async () => (await pool.query(sql, params)).rows as R[]),
    exec: (sql) => guard(sql, async () => void (await pool.query(sql))),
    transaction: async (fn) => {
      const client = await guard('connect', () => pool.connect());
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(
          txDb('postgres', {
            query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
            exec: async (sql) => void (await client.query(sql)),
          }),
        );
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((e: unknown) => {
          broken = e instanceof Error ? e : new Error(String(e));
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

interface Runner {
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
  exec(sql: string): Promise<void>;
}

/** A `Db` bound to an open transaction; nested transactions become savepoints. */
function txDb(kind: Db['kind'], runner: Runner): Db {
  let savepoints = 0;
  const db: Db = {
    kind,
    query: <R>(sql: string, params?: unknown[]) => guard(sql, () => runner.query<R>(sql, params)),
    exec: (sql) => guard(sql, () => runner.exec(sql)),
    transaction: async (fn) => {
      const name = `sp_${++savepoints}`;
      await db.exec(`SAVEPOINT ${name}`);
      try {
        const result = await fn(db);
        await db.exec(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (err) {
        await db.exec(`ROLLBACK TO SAVEPOINT ${name}`);
        throw err;
      }
    },
    close: async () => {},
  };
  return db;
}

/** Runs an engine call, turning engine errors into `query_failed` StoreErrors naming the statement. */
async function guard<T>(sql: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw storeError('query_failed', { sql: shortSql(sql), reason: reasonOf(err) }, err);
  }
}

function shortSql(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}
