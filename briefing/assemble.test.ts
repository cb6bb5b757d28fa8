/** @module briefing/assemble.test — briefing assembly over a real store (PGlite), with the lexical index built as ingestion does. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getClause, saveDocument } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../core/store/test-fixtures.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { assembleBriefing } from './assemble.ts';
import type { Briefing } from './types.ts';
import { verifyItems } from './verify-items.ts';

const items = (b: Briefing, id: string) => b.sections.find((s) => s.id === id)?.items ?? [];
const now = () => new Date('2024-07-10T00:00:00Z');

// PGlite in memory is enough here: the queries are the store's and search's own, tested on both engines there.
describe('assembleBriefing', () => {
  const db = useEngine(engines[0]);

  beforeAll(async () => {
    const docs = [
      makeDocument({ id: 'ct', symbol: '12-NQ/TU', date: '2021-12-31' }),
      makeDocument({
        id: 'st',
        symbol: '07-NQ/TU',
        issuer: 'Tỉnh ủy Sóc Trăng',
        place: 'Sóc Trăng',
        date: '2017-05-02',
      }),
    ];
    for (const d of docs) await saveDocument(db(), d, extrasOf(d, { lexicon: buildSegment(d.clauses) }));
  });

  it('cites every item with a verbatim sentence of its clause', async () => {
    const b = await assembleBriefing(db(), { topic: 'tỷ lệ che phủ rừng' }, { now });
    const all = b.sections.flatMap((s) => s.items);
    expect(all.length).toBeGreaterThan(0);
    for (const item of all) {
      expect(item.text).toBe(item.citation.quote);
      const clause = await getClause(db(), item.citation.clauseId);
      expect(clause?.text).toContain(item.citation.quote);
      expect(clause?.label).toBe(item.citation.label);
    }
    expect(await verifyItems(db(), b.sections)).toEqual([]);
    expect(b.generatedAt).toBe('2024-07-10T00:00:00.000Z');
  });

  it('lists targets on the topic with a summary of the figure', async () => {
    const b = await assembleBriefing(db(), { topic: 'che phủ rừng' });
    const targets = items(b, 'targets');
    expect(targets.map((i) => i.citation.documentId).sort()).toEqual(['ct', 'st']);
    expect(targets[0].text).toBe('Đến năm 2025, tỷ lệ che phủ rừng đạt 74,8%;');
    expect(targets.find((i) => i.citation.documentId === 'st')?.summary).toBe(
      'tỷ lệ che phủ rừng: đạt 74,8% (đến 2025) — Cần Thơ',
    );
  });

  it('names the bodies charged with each task', async () => {
    const tasks = items(await assembleBriefing(db(), { topic: 'che phủ rừng' }), 'tasks');
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks[0].summary).toBe('Chủ trì: Ủy ban nhân dân thành phố');
  });

  it('leaves out a basis that does not bear on the topic', async () => {
    // `Căn cứ Nghị quyết số 41-NQ/TW` names legal grounds; nothing says 41-NQ/TW is about forest cover.
    expect(items(await assembleBriefing(db(), { topic: 'che phủ rừng' }), 'lineage')).toEqual([]);
  });

  it('narrows by place, period and documents', async () => {
    const docsOf = (b: Briefing) =>
      [...new Set(b.sections.flatMap((s) => s.items.map((i) => i.citation.documentId)))].sort();
    expect(docsOf(await assembleBriefing(db(), { topic: 'che phủ rừng', places: ['soc trang'] }))).toEqual(['st']);
    expect(docsOf(await assembleBriefing(db(), { topic: 'che phủ rừng', period: { from: 2020 } }))).toEqual(['ct']);
    expect(docsOf(await assembleBriefing(db(), { topic: 'che phủ rừng', documentIds: ['st'] }))).toEqual(['st']);
    expect(docsOf(await assembleBriefing(db(), { topic: 'che phủ rừng', period: { from: 2030 } }))).toEqual([]);
  });

  it('gives an empty briefing for a topic the documents do not cover', async () => {
    const b = await assembleBriefing(db(), { topic: 'khai thác cát trên sông Hậu' });
    expect(b.sections.map((s) => s.items.length)).toEqual([0, 0, 0, 0]);
    expect(b.documents).toEqual([]);
  });

  it('writes summaries in English when asked, quotes unchanged', async () => {
    const b = await assembleBriefing(db(), { topic: 'che phủ rừng', lang: 'en' });
    expect(items(b, 'tasks')[0].summary).toBe('Leads: Ủy ban nhân dân thành phố');
    expect(items(b, 'targets')[0].summary).toContain('reach 74,8% (by 2025)');
  });

  it('rejects citations that do not hold', async () => {
    const b = await assembleBriefing(db(), { topic: 'che phủ rừng' });
    const [item] = items(b, 'targets');
    const forged = { ...item, text: 'Đạt 100%.', citation: { ...item.citation, quote: 'Đạt 100%.' } };
    const problems = await verifyItems(db(), [{ id: 'targets', items: [forged, { ...item, text: 'khác' }] }]);
    expect(problems.map((p) => p.reason)).toEqual([
      `the quote is not in the text of ${item.citation.label}`,
      'the item text differs from its quote',
    ]);
  });
});

describe('assembleBriefing: căn cứ on the topic', () => {
  const db = useEngine(engines[0]);

  beforeAll(async () => {
    const doc = makeDocument({
      id: 'ct',
      symbol: '12-NQ/TU',
      date: '2021-12-31',
      cited: { subject: 'về tăng cường bảo vệ rừng, nâng tỷ lệ che phủ rừng' },
    });
    await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
  });

  it('quotes a basis whose subject names the topic, where the document cites it', async () => {
    const lineage = items(await assembleBriefing(db(), { topic: 'che phủ rừng' }), 'lineage');
    expect(lineage.map((i) => i.summary)).toEqual(['12-NQ/TU triển khai thực hiện 41-NQ/TW']);
    expect(lineage[0].text).toBe('Căn cứ Nghị quyết số 41-NQ/TW của Bộ Chính trị.');
  });
});
