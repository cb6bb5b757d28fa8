/** @module core/store/db.test — the Db handle and migrations, on every engine. */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Db, openPglite, openPostgres, parseVectorLiteral, toVectorLiteral } from './db.ts';
import { StoreError } from './errors.ts';
import { appliedMigrations, migrateToLatest, migrations } from './migrate.ts';
import { engines, useEngine } from './test-engines.ts';

describe('toVectorLiteral', () => {
  it.each([
    [[1, 2, 3], '[1,2,3]'],
    [[0.5, -0.25, 1e-7], '[0.5,-0.25,1e-7]'],
  ])('%j → %s', (vec, literal) => {
    expect(toVectorLiteral(vec)).toBe(literal);
    expect(parseVectorLiteral(literal)).toEqual(vec);
  });

  it.each([[[]], [[1, Number.NaN]], [[Number.POSITIVE_INFINITY]]])('rejects %j', (vec) => {
    expect(() => toVectorLiteral(vec)).toThrow(expect.objectContaining({ code: 'invalid_vector' }));
  });
});

describe.each(engines)('Db and migrations on $name', (engine) => {
  // One fresh instance per engine: the migration tests come first, on the empty database.
  const db = useEngine(engine, { migrate: false });

  it('applies every migration once, then nothing', async () => {
    expect(await appliedMigrations(db())).toEqual([]);
    expect(await migrateToLatest(db())).toEqual(migrations.map((m) => m.name));
    expect(await migrateToLatest(db())).toEqual([]);
    expect(await appliedMigrations(db())).toEqual(migrations.map((m) => m.name));
  });

  it('rolls a failing migration back and keeps the earlier ones', async () => {
    const broken = {
      name: '999-broken',
      up: async (tx: Db) => {
        await tx.exec('create table half_done (id int)');
        await tx.query('select 1 / 0');
      },
    };
    const err = await migrateToLatest(db(), [...migrations, broken]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'migration_failed' });
    expect((err as Error).message).toContain('999-broken');
    const [row] = await db().query<{ found: boolean }>("select to_regclass('half_done') is not null as found");
    expect(row.found).toBe(false);
    expect(await appliedMigrations(db())).toEqual(migrations.map((m) => m.name));
  });

  it('refuses a store migrated by a newer version', async () => {
    await expect(migrateToLatest(db(), [])).rejects.toMatchObject({ code: 'migration_failed' });
  });

  it('refuses an out-of-order migration list', async () => {
    await expect(migrateToLatest(db(), [...migrations].reverse().concat(migrations))).rejects.toMatchObject({
      code: 'migration_failed',
    });
  });

  it('runs parameterized queries with jsonb, booleans, numbers and Vietnamese text', async () => {
    const [row] = await db().query<{ t: string; j: unknown; b: boolean; n: number }>(
      'select $1::text as t, $2::jsonb as j, $3::boolean as b, $4::float8 as n',
      ['Thành ủy Cần Thơ', JSON.stringify({ a: ['mục', 1] }), true, 74.8],
    );
    expect(row).toEqual({ t: 'Thành ủy Cần Thơ', j: { a: ['mục', 1] }, b: true, n: 74.8 });
  });

  it('has the vector, pg_trgm and unaccent extensions once migrated', async () => {
    const [row] = await db().query<{ u: string; d: number; s: number }>(
      "select unaccent('Đảng ủy Cần Thơ') as u, ($1::vector <=> $2::vector)::float8 as d, similarity('rừng', 'rung')::float8 as s",
      [toVectorLiteral([1, 0]), toVectorLiteral([0, 1])],
    );
    expect(row.u).toBe('Dang uy Can Tho');
    expect(row.d).toBeCloseTo(1);
    expect(typeof row.s).toBe('number');
  });

  it('commits a transaction and rolls one back when it throws', async () => {
    await db().exec('create table tx_probe (id int primary key)');
    await db().transaction(async (tx) => {
      await tx.query('insert into tx_probe values ($1)', [1]);
    });
    await expect(
      db().transaction(async (tx) => {
        await tx.query('insert into tx_probe values ($1)', [2]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db().query('select id from tx_probe order by id')).toEqual([{ id: 1 }]);
  });

  it('turns a nested transaction into a savepoint', async () => {
    await db().exec('create table sp_probe (id int primary key)');
    await db().transaction(async (tx) => {
      await tx.query('insert into sp_probe values ($1)', [1]);
      await expect(
        tx.transaction(async (inner) => {
          await inner.query('insert into sp_probe values ($1)', [1]); // duplicate
        }),
      ).rejects.toThrow(StoreError);
      await tx.query('insert into sp_probe values ($1)', [2]);
    });
    expect(await db().query('select id from sp_probe order by id')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('reports a failing statement as query_failed with its SQLSTATE', async () => {
    const err = await db()
      .query('select * from no_such_table where id = $1', [1])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'query_failed', sqlState: '42P01' });
    expect((err as Error).message).toContain('no_such_table');
  });
});

describe('opening stores', () => {
  it('persists PGlite in a folder it creates', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vankien-store-'));
    const dir = join(root, 'nested', 'store');
    try {
      const first = await openPglite(dir);
      await migrateToLatest(first);
      await first.query('insert into store_meta (key, value) values ($1, $2)', ['probe', 'Hà Nội']);
      await first.close();
      const second = await openPglite(dir);
      expect(await migrateToLatest(second)).toEqual([]);
      expect(await second.query('select value from store_meta where key = $1', ['probe'])).toEqual([
        { value: 'Hà Nội' },
      ]);
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('says what to do when the PGlite folder cannot be created', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vankien-store-'));
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    try {
      const err = await openPglite(join(file, 'store')).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'store_open_failed' });
      expect((err as Error).message).toMatch(/cannot open store at .*a-file.*delete the folder or set VANKIEN_DATA/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says what to do when Postgres does not answer, without leaking the password', async () => {
    const err = await openPostgres('postgres://vankien:secret@127.0.0.1:1/vankien', { max: 1 }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'store_open_failed' });
    expect((err as Error).message).toContain('check that Postgres is running');
    expect((err as Error).message).not.toContain('secret');
  });
});
