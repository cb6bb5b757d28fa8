/** @module core/store/test-engines — the engines every store test runs on: PGlite in memory, and PGlite over the wire through `pg`. */

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll } from 'vitest';
import { type Db, openPglite, openPostgres, pgliteExtensions } from './db.ts';
import { migrateToLatest } from './migrate.ts';

/** A way to get a fresh, empty database. */
export interface TestEngine {
  name: string;
  open(): Promise<{ db: Db; close(): Promise<void> }>;
}

/** Use with `describe.each(engines)('$name', ...)`. */
export const engines: TestEngine[] = [
  {
    name: 'pglite',
    open: async () => {
      const db = await openPglite(undefined);
      return { db, close: () => db.close() };
    },
  },
  {
    name: 'pglite-socket + pg.Pool',
    open: async () => {
      const engine = await PGlite.create({ extensions: pgliteExtensions });
      const server = new PGLiteSocketServer({ db: engine, port: 0, host: '127.0.0.1' });
      await server.start();
      // The socket server serves one connection at a time: a pool of one.
      const db = await openPostgres(`postgres://postgres@${server.getServerConn()}/postgres`, { max: 1 });
      return {
        db,
        close: async () => {
          await db.close();
          await server.stop();
          await engine.close();
        },
      };
    },
  },
];

/** PGlite takes seconds to start: one instance per engine per file. */
const START_TIMEOUT_MS = 120_000;

/**
 * Opens `engine` once for the enclosing describe block (migrated unless `migrate: false`) and closes it after.
 * @example const db = useEngine(engine); it('...', async () => { await db().query('select 1') })
 */
export function useEngine(engine: TestEngine, options: { migrate?: boolean } = {}): () => Db {
  let handle: Awaited<ReturnType<TestEngine['open']>> | undefined;
  beforeAll(async () => {
    handle = await engine.open();
    if (options.migrate !== false) await migrateToLatest(handle.db);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error(`engine ${engine.name} is not open`);
    return handle.db;
  };
}
