/** @module briefing/assemble-corpus.test — briefings over the five seed documents, parsed and stored as ingestion does: topic precision, assessments apart from tasks, căn cứ on the topic. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { extrasOf } from '../core/store/test-fixtures.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { assembleBriefing } from './assemble.ts';
import type { Briefing } from './types.ts';
import { verifyItems } from './verify-items.ts';

const items = (b: Briefing, id: string) => b.sections.find((s) => s.id === id)?.items ?? [];

describe('briefings over the seed corpus', () => {
  const db = useEngine(engines[0]);

  beforeAll(async () => {
    for (const file of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const doc = parseDocument(readFileSync(`corpus/${file}`, 'utf8'), {
        documentId: file.replace(/\.txt$/, ''),
        sourceName: file,
      });
      await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    }
  }, 120_000);

  it('keeps "khai thác cát" to sand mining: no groundwater or other exploitation sentences', async () => {
    const b = await assembleBriefing(db(), { topic: 'khai thác cát' });
    const all = b.sections.flatMap((s) => s.items);
    const texts = items(b, 'tasks').map((i) => i.text);
    expect(texts.some((t) => t.includes('khai thác cát trên sông Hậu'))).toBe(true);
    for (const t of [...texts, ...items(b, 'assessments').map((i) => i.text)]) expect(t).toMatch(/khai thác cát/);
    expect(all.some((i) => /nước ngầm|nguồn nước/.test(i.text))).toBe(false);
    expect(await verifyItems(db(), b.sections)).toEqual([]);
  });

  it('files results and shortcomings under assessments, not tasks', async () => {
    const b = await assembleBriefing(db(), { topic: 'bảo vệ môi trường' });
    const assessments = items(b, 'assessments');
    const tasks = items(b, 'tasks');
    expect(assessments.length).toBeGreaterThan(0);
    expect(tasks.length).toBeGreaterThan(0);
    // The opening paragraphs of the seeds weigh results against shortcomings.
    expect(assessments.some((i) => /kết quả|hạn chế|chưa|còn/.test(i.text))).toBe(true);
    const quoted = new Set(assessments.map((i) => `${i.citation.clauseId}|${i.text}`));
    for (const t of tasks) expect(quoted.has(`${t.citation.clauseId}|${t.text}`)).toBe(false);
    // No task sentence outside a task heading reads as a report of results.
    expect(tasks.filter((t) => /^Bên cạnh kết quả đạt được/.test(t.text))).toEqual([]);
    expect(assessments.every((i) => i.summary === null)).toBe(true);
    // A heading line is neither.
    expect(assessments.filter((i) => i.text === i.text.toUpperCase())).toEqual([]);
    expect(assessments.filter((i) => /^(Để|Nhằm) /.test(i.text))).toEqual([]);
  });

  it('lists as căn cứ only what bears on the topic', async () => {
    const b = await assembleBriefing(db(), { topic: 'khai thác cát' });
    const lineage = items(b, 'lineage');
    const contributing = new Set(
      b.sections.filter((s) => s.id !== 'lineage').flatMap((s) => s.items.map((i) => i.citation.documentId)),
    );
    for (const i of lineage) expect(contributing.has(i.citation.documentId)).toBe(true);
    // Kế hoạch 255-KH/TU on propaganda is cited in the same letter, but not about sand mining.
    expect(lineage.some((i) => i.summary?.includes('255-KH/TU'))).toBe(false);
    const broad = items(await assembleBriefing(db(), { topic: 'bảo vệ môi trường' }), 'lineage');
    expect(broad.length).toBeGreaterThan(lineage.length);
  });
});
