/** @module core/store/migrate — applies the numbered migrations in order, each in its own transaction, recorded in `schema_migrations`. */

import type { Db } from './db.ts';
import { StoreError, reasonOf, storeError } from './errors.ts';
import { up as up001 } from './migrations/001-initial.ts';
import { up as up002 } from './migrations/002-lexical-segments.ts';
import { up as up003 } from './migrations/003-document-sources.ts';
import { up as up004 } from './migrations/004-validity.ts';
import { up as up005 } from './migrations/005-document-files.ts';
import { up as up006 } from './migrations/006-document-draft.ts';
import { up as up007 } from './migrations/007-reported-links.ts';

/** One schema step. `name` sorts in application order (`001-initial`, `002-...`). */
export interface Migration {
  name: string;
  up(db: Db): Promise<void>;
}

/** Every migration, oldest first. Append new ones; never edit or reorder shipped ones. */
export const migrations: readonly Migration[] = [
  { name: '001-initial', up: up001 },
  { name: '002-lexical-segments', up: up002 },
  { name: '003-document-sources', up: up003 },
  { name: '004-validity', up: up004 },
  { name: '005-document-files', up: up005 },
  { name: '006-document-draft', up: up006 },
  { name: '007-reported-links', up: up007 },
];

/** Serializes concurrent migrators (two processes starting on one Postgres). */
const MIGRATION_LOCK = 'select pg_advisory_xact_lock(48151623)';

/**
 * Brings the schema up to date and returns the names it applied (empty when already current).
 * Throws `migration_failed` on the first failing migration, which is rolled back; earlier ones stay.
 * @example const applied = await migrateToLatest(db) // ['001-initial'] on a fresh store
 */
export async function migrateToLatest(db: Db, list: readonly Migration[] = migrations): Promise<string[]> {
  checkOrder(list);
  const applied: string[] = [];
  const done = await db
    .transaction(async (tx) => {
      await tx.query(MIGRATION_LOCK);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      return tx.query<{ name: string }>('select name from schema_migrations order by name');
    })
    .catch((err: unknown) => {
      throw storeError('migration_failed', { migration: 'schema_migrations', reason: reasonOf(err), applied }, err);
    });

  const known = new Set(list.map((m) => m.name));
  const unknown = done.map((r) => r.name).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw storeError('migration_failed', {
      migration: unknown.join(', '),
      reason: 'the store was migrated by a newer vankien than this one (unknown migrations)',
      applied,
    });
  }

  const doneNames = new Set(done.map((r) => r.name));
  for (const migration of list) {
    if (doneNames.has(migration.name)) continue;
    try {
      const ran = await db.transaction(async (tx) => {
        await tx.query(MIGRATION_LOCK);
        const already = await tx.query('select 1 from schema_migrations where name = $1', [migration.name]);
        if (already.length > 0) return false; // another process got here first
        await migration.up(tx);
        await tx.query('insert into schema_migrations (name) values ($1)', [migration.name]);
        return true;
      });
      if (ran) applied.push(migration.name);
    } catch (err) {
      throw storeError(
        'migration_failed',
        { migration: migration.name, reason: reasonOf(err), applied: [...applied] },
        err,
      );
    }
  }
  return applied;
}

/** Names of the migrations recorded as applied, oldest first. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const [table] = await db.query<{ found: boolean }>("select to_regclass('schema_migrations') is not null as found");
  if (!table.found) return [];
  const rows = await db.query<{ name: string }>('select name from schema_migrations order by name');
  return rows.map((r) => r.name);
}

function checkOrder(list: readonly Migration[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1].name >= list[i].name) {
      throw new StoreError(
        'migration_failed',
        `migration list is out of order at ${list[i].name} — names must be unique and ascending (001-..., 002-...)`,
      );
    }
  }
}
