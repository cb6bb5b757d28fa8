/** @module core/store/targets-repo.test — the cross-document targets table, on every engine. */

import { describe, expect, it } from 'vitest';
import { saveDocument } from './documents-repo.ts';
import { searchTargets } from './targets-repo.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

describe.each(engines)('searchTargets on $name', (engine) => {
  const db = useEngine(engine);

  it('filters by indicator words (without diacritics), place and year, and quotes the clause', async () => {
    const a = makeDocument({ id: 'tg-a', place: 'Cần Thơ' });
    const b = makeDocument({ id: 'tg-b', place: 'Sóc Trăng' });
    await saveDocument(db(), a, extrasOf(a));
    await saveDocument(db(), b, extrasOf(b));

    const all = await searchTargets(db(), { q: 'che phu rung' });
    expect(all.map((t) => t.documentId).sort()).toEqual(['tg-a', 'tg-b']);
    for (const t of all) {
      const clause = [...a.clauses, ...b.clauses].find((c) => c.id === t.clauseId);
      expect(clause?.text).toContain(t.quote);
      expect(t.quote.length).toBeGreaterThan(0);
      expect(t.label).toBe(clause?.label);
    }

    const inPlace = await searchTargets(db(), { q: 'che phủ rừng', place: 'soc trang' });
    expect(inPlace.map((t) => t.documentId)).toEqual(['tg-b']);
    expect((await searchTargets(db(), { q: 'che phủ rừng', year: 2025 })).length).toBe(2);
    expect(await searchTargets(db(), { q: 'che phủ rừng', year: 1999 })).toEqual([]);
  });
});
