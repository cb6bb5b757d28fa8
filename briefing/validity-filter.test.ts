/** @module briefing/validity-filter.test — a briefing leaves out what is no longer in force, with a note: Điều 6–9 of Nghị định 146/2025/NĐ-CP, repealed by Nghị định 26/2026/NĐ-CP, and the whole decree after it expires (real texts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { extrasOf } from '../core/store/test-fixtures.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { assembleBriefing } from './assemble.ts';
import type { Briefing } from './types.ts';

const fixtures = join(import.meta.dirname, '../ingest/references/validity/fixtures');
const TOPIC = 'hóa chất Bảng 1';
const from = (b: Briefing, id: string) =>
  b.sections.flatMap((s) => s.items).filter((i) => i.citation.documentId === id);

describe('briefing validity filter', () => {
  const db = useEngine(engines[0]);

  beforeAll(async () => {
    for (const name of ['nd-146-2025', 'nd-26-2026']) {
      const doc = parseDocument(readFileSync(join(fixtures, `${name}.txt`), 'utf8'), {
        documentId: name,
        sourceName: `${name}.txt`,
      });
      await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    }
  }, 60_000);

  it('quotes the decree while it is in force', async () => {
    const b = await assembleBriefing(db(), { topic: TOPIC, asOf: '2025-08-01' });
    expect(b.asOf).toBe('2025-08-01');
    expect(from(b, 'nd-146-2025').length).toBeGreaterThan(0);
    expect(b.excluded).toEqual([]);
    // A decree's articles state rules: none of them is filed as an assessment of results.
    expect(b.sections.find((s) => s.id === 'assessments')?.items).toEqual([]);
  });

  it('leaves out the articles a later decree repealed, naming them and the repealing decree', async () => {
    const b = await assembleBriefing(db(), { topic: TOPIC, asOf: '2026-12-01' });
    const left = from(b, 'nd-146-2025').map((i) => i.citation.label);
    for (const label of left) expect(label).not.toMatch(/Điều [6-9]\b/);
    const parts = b.excluded.filter((e) => e.documentId === 'nd-146-2025');
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) {
      expect(p.part).toMatch(/^Điều [6-9]$/);
      expect(p.status).toBe('repealed');
      expect(p.endedBy.join(' ')).toContain('26/2026/NĐ-CP');
    }
  });

  it('leaves out the whole decree once it has expired, unless asked for a historical briefing', async () => {
    const b = await assembleBriefing(db(), { topic: TOPIC, asOf: '2027-03-02' });
    expect(from(b, 'nd-146-2025')).toEqual([]);
    expect(b.excluded).toContainEqual(
      expect.objectContaining({ documentId: 'nd-146-2025', part: null, status: 'expired', endedBy: [] }),
    );
    const all = await assembleBriefing(db(), { topic: TOPIC, asOf: '2027-03-02', includeEnded: true });
    expect(from(all, 'nd-146-2025').length).toBeGreaterThan(0);
    expect(all.excluded).toEqual([]);
  });
});
