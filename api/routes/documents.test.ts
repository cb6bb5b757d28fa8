/** @module api/routes/documents.test — the original-file download: bytes and content type as ingested; clear 404s. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.ts';
import { saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../../core/store/test-fixtures.ts';
import { createEmbedder } from '../../search/embedders/index.ts';
import { buildSegment } from '../../search/lexical-index/segment.ts';
import { createApp } from '../app.ts';
import { createIngestionService } from '../ingestion-service.ts';

const db = useEngine(engines[0]);

function app() {
  const config = loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus' });
  const ingestion = createIngestionService(db(), { lexicon: buildSegment }, config);
  return createApp({ db: db(), config, embedder: createEmbedder(), ingestion });
}

describe('GET /api/documents/:id/file', () => {
  it('returns the bytes ingested with their content type and a download name', async () => {
    const text = 'CHỈ THỊ\nvề tải bản gốc\n1. Văn phòng Tỉnh ủy chủ trì lưu trữ hồ sơ.';
    const ingestion = createIngestionService(
      db(),
      { lexicon: buildSegment },
      loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus' }),
    );
    const [outcome] = await ingestion.ingestUpload([
      { name: 'Chỉ thị tải về.txt', bytes: new TextEncoder().encode(text) },
    ]);
    expect(outcome.status).toBe('ingested');
    const res = await app().request(`/api/documents/${outcome.documentId}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Chỉ thị tải về.txt')}`,
    );
    expect(await res.text()).toBe(text);
  });

  it('answers 404 with a clear message for a document stored before files were kept', async () => {
    const doc = makeDocument({ id: 'nq-no-file' });
    await saveDocument(db(), doc, extrasOf(doc));
    const res = await app().request('/api/documents/nq-no-file/file');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/ingest it again/);
  });

  it('answers 404 for an unknown document', async () => {
    const res = await app().request('/api/documents/no-such-document/file');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('no-such-document');
  });
});
