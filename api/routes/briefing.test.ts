/** @module api/routes/briefing.test — `POST /api/briefing` and `/api/briefing/export` in-process, over a PGlite store. */
import { OpenAPIHono } from '@hono/zod-openapi';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../../core/store/test-fixtures.ts';
import { buildSegment } from '../../search/lexical-index/segment.ts';
import type { AppDeps } from '../deps.ts';
import { handleError } from '../errors.ts';
import { briefingRoutes } from './briefing.ts';

describe('briefing routes', () => {
  const db = useEngine(engines[0]);
  let app: OpenAPIHono;

  beforeAll(async () => {
    const doc = makeDocument({ id: 'ct', symbol: '12-NQ/TU' });
    await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    app = new OpenAPIHono();
    app.onError(handleError);
    app.route('/', briefingRoutes({ db: db() } as AppDeps));
  });

  const post = (path: string, body: unknown) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  async function briefing() {
    const res = await post('/api/briefing', { topic: 'che phủ rừng' });
    expect(res.status).toBe(200);
    return res.json();
  }

  it('assembles a cited briefing', async () => {
    const b = await briefing();
    expect(b.topic).toBe('che phủ rừng');
    expect(b.sections.map((s: { id: string }) => s.id)).toEqual(['assessments', 'targets', 'tasks', 'lineage']);
    expect(b.sections[1].items[0].citation).toMatchObject({ documentId: 'ct', label: '12-NQ/TU, mục I.1' });
    expect(typeof b.tookMs).toBe('number');
  });

  it.each<[unknown, string]>([
    [{}, 'missing topic'],
    [{ topic: 'x' }, 'topic too short'],
    [{ topic: 'rừng', period: { from: 2025, to: 2020 } }, 'period reversed'],
    [{ topic: 'rừng', documentIds: ['../etc'] }, 'bad document id'],
    [{ topic: 'rừng', asOf: '2026-02-30' }, 'asOf not a real date'],
  ])('rejects %j (%s)', async (body) => {
    expect((await post('/api/briefing', body)).status).toBe(400);
  });

  it('exports Markdown with each item followed by its citation', async () => {
    const b = await briefing();
    const res = await post('/api/briefing/export?format=md', { topic: b.topic, sections: b.sections });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="briefing-che-phu-rung.md"');
    expect(await res.text()).toContain('“Đến năm 2025, tỷ lệ che phủ rừng đạt 74,8%;” (12-NQ/TU, mục I.1)');
  });

  it('exports DOCX that opens, with the edited order', async () => {
    const b = await briefing();
    const tasks = b.sections[2];
    const res = await post('/api/briefing/export?format=docx', { topic: b.topic, sections: [tasks, b.sections[1]] });
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    const lines = value.split('\n').filter(Boolean);
    expect(lines[0]).toBe('TÓM TẮT: CHE PHỦ RỪNG');
    expect(lines.indexOf('I. NHIỆM VỤ VÀ CƠ QUAN CHỦ TRÌ')).toBeLessThan(lines.indexOf('II. MỤC TIÊU, CHỈ TIÊU'));
    expect(lines.filter((l) => l.endsWith('(12-NQ/TU, mục I.1)')).length).toBe(2);
  });

  it('refuses to export an item whose quote is not in its clause', async () => {
    const b = await briefing();
    const item = b.sections[1].items[0];
    const forged = { ...item, text: 'Đạt 100%.', citation: { ...item.citation, quote: 'Đạt 100%.' } };
    const res = await post('/api/briefing/export?format=docx', {
      topic: b.topic,
      sections: [{ id: 'targets', items: [forged] }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('do not match the documents');
  });

  it('states the law as of a date, and notes in the file what was left out as no longer in force', async () => {
    const res = await post('/api/briefing', { topic: 'che phủ rừng', asOf: '2024-01-01' });
    const b = await res.json();
    expect(b).toMatchObject({ asOf: '2024-01-01', excluded: [] });
    const excluded = [
      {
        documentId: 'x',
        symbol: '146/2025/NĐ-CP',
        part: 'Điều 6',
        status: 'repealed',
        endedBy: ['26/2026/NĐ-CP'],
        clauses: 2,
      },
    ];
    const docx = await post('/api/briefing/export?format=docx', { topic: b.topic, sections: b.sections, excluded });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain(
      'Không đưa vào bản tóm tắt các nội dung không còn hiệu lực: Điều 6 của 146/2025/NĐ-CP (đã bị bãi bỏ bởi 26/2026/NĐ-CP).',
    );
    const md = await post('/api/briefing/export?format=md', {
      topic: b.topic,
      sections: b.sections,
      excluded,
      lang: 'en',
    });
    expect(await md.text()).toContain(
      '_Left out as no longer in force: Điều 6 of 146/2025/NĐ-CP (repealed by 26/2026/NĐ-CP)._',
    );
  });
});
