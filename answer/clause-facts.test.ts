/** @module answer/clause-facts.test — one answer reads each clause from the store once, and gets clauses in the order it asked. */

import { describe, expect, it } from 'vitest';
import { atOneRevision, type Db, saveDocument } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../core/store/test-fixtures.ts';
import { clausesById } from './clause-facts.ts';

describe('clausesById', () => {
  const store = useEngine(engines[0]);

  /** The store handle with its clause reads counted. */
  async function counted(): Promise<{ db: Db; reads: () => number; ids: string[] }> {
    const doc = makeDocument({ id: 'facts' });
    await saveDocument(store(), doc, extrasOf(doc));
    const [{ n }] = await store().query<{ n: number }>('select count(*)::int as n from clauses');
    let reads = 0;
    const db: Db = {
      ...store(),
      query: (sql, params) => {
        if (/from clauses where id/.test(sql)) reads++;
        return store().query(sql, params);
      },
    };
    const rows = await store().query<{ id: string }>('select id from clauses order by id');
    expect(rows.length).toBe(n);
    return { db, reads: () => reads, ids: rows.map((r) => r.id) };
  }

  it('within one answer reads a clause once, missing ids too, and returns them in the order asked', async () => {
    const { db, reads, ids } = await counted();
    const [a, b] = ids;
    await atOneRevision(db, async () => {
      expect([...(await clausesById(db, [b, a])).keys()]).toEqual([b, a]);
      expect([...(await clausesById(db, [a, 'no-such-clause', b])).keys()]).toEqual([a, b]);
      expect(reads()).toBe(2);
      await clausesById(db, ['no-such-clause', a]);
      expect(reads()).toBe(2);
    });
    // Outside an answer nothing is kept: the store may change between two reads.
    await clausesById(db, [a]);
    await clausesById(db, [a]);
    expect(reads()).toBe(4);
  });
});
