/** @module core/store/relabel-clauses.test — a symbol inferred later reaches every clause label, whichever end names the document. */
import { describe, expect, it } from 'vitest';
import { relabelClauses } from './clauses-repo.ts';
import { saveDocument } from './documents-repo.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

describe.each(engines)('relabelClauses on $name', (engine) => {
  const db = useEngine(engine);

  it('rewrites a leading name (Party labels) and a trailing one (legal citations, smallest unit first)', async () => {
    const doc = makeDocument({ id: 'luat', symbol: null });
    const [preamble, section, item] = doc.clauses;
    preamble.label = 'phần mở đầu Luật ngày 14/06/2025';
    section.label = 'Luật ngày 14/06/2025, mục 1';
    item.label = 'khoản 1 Điều 2 Luật ngày 14/06/2025';
    await saveDocument(db(), doc, extrasOf(doc));

    expect(await relabelClauses(db(), 'luat', 'Luật ngày 14/06/2025', 'Luật 69/2025/QH15')).toBe(3);
    const rows = await db().query<{ label: string }>('select label from clauses where document_id = $1 order by id', [
      'luat',
    ]);
    expect(rows.map((r) => r.label).sort()).toEqual([
      'Luật 69/2025/QH15, mục 1',
      'khoản 1 Điều 2 Luật 69/2025/QH15',
      'phần mở đầu Luật 69/2025/QH15',
    ]);
  });
});
