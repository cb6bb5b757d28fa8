/** Vectors left out of ingestion at dense weight 0 and built by the first search that needs them, on both store engines. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseIndexer } from '../app/services.ts';
import { countAll } from '../core/store/index.ts';
import { storeRevision } from '../core/store/revision-cache.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { collectFiles } from '../ingest/collect-files.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { createEmbedder } from './embedders/create-embedder.ts';
import { search } from './hybrid-search.ts';

const corpus = collectFiles(['corpus']);

async function vectorCount(db: ReturnType<ReturnType<typeof useEngine>>): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from embeddings');
  return n;
}

describe.each(engines)('vectors on demand on $name', (engine) => {
  const db = useEngine(engine);
  const embedder = createEmbedder({ provider: 'hashed-ngram' }); // weight 0: the default

  it('ingestion at dense weight 0 stores no vectors, and a lexical search builds none', async () => {
    const outcomes = await ingestFiles(corpus, { db: db(), indexer: clauseIndexer(embedder) });
    expect(outcomes.every((o) => o.status === 'ingested')).toBe(true);
    expect(await vectorCount(db())).toBe(0);
    const { results, channels } = await search(db(), 'khai thác cát trên sông Hậu', { k: 5, embedder });
    expect(channels).toEqual(['lexical']);
    expect(results.length).toBeGreaterThan(0);
    expect(await vectorCount(db())).toBe(0);
  });

  it('the first dense search embeds every clause, and later ones write nothing', async () => {
    const { results, channels } = await search(db(), 'khai thác cát trên sông Hậu', {
      k: 5,
      channels: 'dense',
      embedder,
    });
    expect(channels).toEqual(['dense']);
    expect(results.length).toBe(5);
    expect(await vectorCount(db())).toBe((await countAll(db())).clauses);
    const revision = await storeRevision(db());
    await search(db(), 'đường dây nóng tiếp nhận phản ánh', { k: 5, channels: 'dense', embedder });
    expect(await storeRevision(db())).toBe(revision);
  });

  it('a document ingested later gets its vectors at the next dense search, which can find it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-on-demand-'));
    const file = join(dir, 'ke-hoach-cho-dem.txt');
    writeFileSync(
      file,
      'KẾ HOẠCH\nphát triển chợ đêm du lịch\n1. Sở Công Thương chủ trì khảo sát địa điểm chợ đêm ven hồ.\n2. UBND phường bố trí bãi đỗ xe cho chợ đêm.',
    );
    expect((await ingestFiles([file], { db: db(), indexer: clauseIndexer(embedder) }))[0].status).toBe('ingested');
    expect(await vectorCount(db())).toBeLessThan((await countAll(db())).clauses);
    const { results } = await search(db(), 'chợ đêm ven hồ', { k: 3, channels: 'dense', embedder });
    expect(results[0].documentId).toBe('ke-hoach-cho-dem');
    expect(await vectorCount(db())).toBe((await countAll(db())).clauses);
  });
});

describe('a newly configured embedder', () => {
  const db = useEngine(engines[0]);

  it('is refused by a dense search over another embedder’s vectors, and takes the store over at the next ingest', async () => {
    const before = createEmbedder({ provider: 'hashed-ngram' });
    await ingestFiles(corpus.slice(0, 1), { db: db(), indexer: clauseIndexer(before) });
    await search(db(), 'khai thác cát', { k: 3, channels: 'dense', embedder: before });
    const clauses = (await countAll(db())).clauses;
    expect(await vectorCount(db())).toBe(clauses);

    const after = createEmbedder({ provider: 'hashed-ngram', dim: 128 });
    await expect(search(db(), 'khai thác cát', { k: 3, channels: 'dense', embedder: after })).rejects.toMatchObject({
      code: 'embedder_mismatch',
    });
    expect(await vectorCount(db())).toBe(clauses); // not re-embedded on a search's say-so

    await ingestFiles(corpus.slice(1, 2), { db: db(), indexer: clauseIndexer(after) });
    expect(await vectorCount(db())).toBe(0);
    const { results } = await search(db(), 'khai thác cát', { k: 3, channels: 'dense', embedder: after });
    expect(results.length).toBe(3);
    expect(await vectorCount(db())).toBe((await countAll(db())).clauses);
  });
});

describe('vectors at ingestion when the dense channel is fused in', () => {
  const db = useEngine(engines[0]);

  it('an embedder with a weight above 0 embeds every clause in the batch', async () => {
    const fused = createEmbedder({ provider: 'hashed-ngram', fusionWeight: 0.15 });
    await ingestFiles(corpus.slice(0, 2), { db: db(), indexer: clauseIndexer(fused) });
    expect(await vectorCount(db())).toBe((await countAll(db())).clauses);
  });
});
