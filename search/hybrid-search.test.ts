/** @module search/hybrid-search.test — search over a small store, on PGlite and on PGlite through `pg`, which must agree. */

import { Document } from '@langchain/core/documents';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEmbeddingConfig } from '../core/store/embeddings-repo.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { BM25_DEFAULTS, type Bm25Params, bm25Idf, bm25Search, bm25TermScore } from './bm25.ts';
import { NEAREST_SQL } from './dense.ts';
import { createEmbedder } from './embedders/create-embedder.ts';
import { HASHED_DEV_WEIGHT, HashedNgramEmbeddings } from './embedders/hashed-ngram.ts';
import { ensureEmbeddings } from './ensure-embeddings.ts';
import { type SearchOptions, search } from './hybrid-search.ts';
import { type WeightedTerm, analyzeQuery } from './query.ts';
import { VankienRetriever } from './retriever.ts';
import { SEARCH_DOCS, saveSearchDocs } from './test-fixtures.ts';
import { fieldTerms } from './tokenize.ts';

const handles = engines.map((engine) => ({ name: engine.name, db: useEngine(engine) }));

beforeAll(async () => {
  for (const h of handles) {
    await saveSearchDocs(h.db());
    await ensureEmbeddings(h.db(), createEmbedder({ provider: 'hashed-ngram' }));
  }
}, 120_000);

/** Runs a search on every engine, checks they agree (all but timing), returns the first engine's answer. */
async function searchAll(query: string, options: SearchOptions = {}) {
  const answers = [];
  for (const h of handles) {
    const { tookMs: _, ...rest } = await search(h.db(), query, options);
    answers.push(rest);
  }
  for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  return answers[0];
}
const top = async (query: string, options: SearchOptions = {}) =>
  (await searchAll(query, options)).results[0]?.clauseId;

/** BM25 written out plainly over the fixtures' own terms: the reference the SQL must match. */
function referenceBm25(terms: readonly WeightedTerm[], p: Bm25Params = BM25_DEFAULTS): Map<string, number> {
  const clauses = SEARCH_DOCS.flatMap((d) => d.clauses).map((c) => ({ ...c, ft: fieldTerms(c.text) }));
  const n = clauses.length;
  const avg = {
    exact: clauses.reduce((s, c) => s + c.ft.exactLen, 0) / n,
    folded: clauses.reduce((s, c) => s + c.ft.foldedLen, 0) / n,
  };
  const weights = new Map<string, WeightedTerm>();
  for (const t of terms) {
    const key = `${t.field} ${t.term}`;
    if ((weights.get(key)?.weight ?? -1) < t.weight) weights.set(key, t);
  }
  const own = new Map<string, number>();
  for (const c of clauses) {
    let score = 0;
    for (const t of weights.values()) {
      const tf = c.ft[t.field].get(t.term);
      if (!tf) continue;
      const df = clauses.filter((o) => o.ft[t.field].has(t.term)).length;
      const len = t.field === 'exact' ? c.ft.exactLen : c.ft.foldedLen;
      score +=
        t.weight * (t.field === 'exact' ? 1 : p.foldedWeight) * bm25TermScore(bm25Idf(n, df), tf, len, avg[t.field], p);
    }
    if (score > 0) own.set(c.id, score);
  }
  const parentOf = new Map(clauses.map((c) => [c.id, c.parentId]));
  const out = new Map<string, number>();
  for (const [id, score] of own) {
    const parent = parentOf.get(id) ?? null;
    const grand = parent ? (parentOf.get(parent) ?? null) : null;
    const context =
      (parent ? (own.get(parent) ?? 0) : 0) * p.contextWeight +
      (grand ? (own.get(grand) ?? 0) : 0) * p.contextWeight ** 2;
    out.set(id, score + context);
  }
  return out;
}

describe('BM25 in SQL', () => {
  it.each([
    ['khai thác cát trên sông Hậu'],
    ['co quan nao chu tri tuyen truyen ket luan 81'],
    ['tỷ lệ thu gom và xử lý nước thải sinh hoạt'],
    ['Which body leads the oversight of sand mining?'],
    ['UBND tỉnh theo dõi đôn đốc'],
  ])('equals the reference implementation for %j on every engine', async (query) => {
    const terms = analyzeQuery(query).terms;
    const expected = referenceBm25(terms);
    for (const h of handles) {
      const hits = await bm25Search(h.db(), terms, { limit: 100 });
      expect(hits.length).toBe(expected.size);
      for (const hit of hits) expect(hit.score).toBeCloseTo(expected.get(hit.clauseId) ?? Number.NaN, 6);
    }
  });

  it('reads a sub-item with its lead-in: the parent’s score adds at 0.3', async () => {
    const terms = analyzeQuery('Ban cán sự đảng chủ trì khai thác cát').terms;
    const [hit] = (await bm25Search(handles[0].db(), terms, { limit: 5 })).filter((h) => h.clauseId === 'ct-1032~3.4');
    const parent = (await bm25Search(handles[0].db(), terms, { limit: 50 })).find((h) => h.clauseId === 'ct-1032~3');
    expect(hit.score).toBeCloseTo(hit.own + 0.3 * (parent?.own ?? 0), 6);
    expect(hit.score).toBeGreaterThan(hit.own);
  });

  it('ranks an accented match above a folded-only one, both found without diacritics', async () => {
    const db = handles[0].db();
    const accented = await bm25Search(db, analyzeQuery('cát').terms);
    expect(accented.map((h) => h.clauseId)).toEqual(['ct-1032~3.4', 'ct-xanh~4']);
    const folded = await bm25Search(db, analyzeQuery('cat').terms);
    expect(folded.map((h) => h.clauseId).sort()).toEqual(['ct-1032~3.4', 'ct-xanh~4']);
    expect(await top('cát')).toBe('ct-1032~3.4');
  });
});

describe('search', () => {
  it.each([
    [
      'Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu?',
      'co quan nao chu tri kiem soat khai thac cat tren song Hau?',
      'ct-1032~3.4',
    ],
    [
      'Ai chủ trì hướng dẫn tuyên truyền Kết luận 81-KL/TW?',
      'ai chu tri huong dan tuyen truyen ket luan 81',
      'ct-1032~1',
    ],
    ['Tỷ lệ che phủ rừng và cây lâu năm đến năm 2020', 'ty le che phu rung va cay lau nam den 2020', 'bp-2016~1'],
    [
      'Tỷ lệ thu gom, xử lý nước thải sinh hoạt năm 2025',
      'ty le thu gom xu ly nuoc thai sinh hoat nam 2025',
      'ct-xanh~2',
    ],
    ['nguyên tắc người gây ô nhiễm phải trả chi phí', 'nguyen tac nguoi gay o nhiem phai tra chi phi', 'st-2017~1'],
  ])('finds the same top clause for %j with and without diacritics', async (accented, bare, expected) => {
    expect(await top(accented)).toBe(expected);
    expect(await top(bare)).toBe(expected);
  });

  it.each([
    ['Which body leads the oversight of sand mining on the Hậu River?', 'ct-1032~3.4'],
    ['What forest and perennial-tree cover rate should the province reach by 2020?', 'bp-2016~1'],
    ['What share of domestic wastewater does Cần Thơ aim to collect and treat by 2025?', 'ct-xanh~2'],
    ['What principle on polluters does the resolution adopt?', 'st-2017~1'],
    ['What is the goal regarding flooding in the central urban area?', 'ct-xanh~3'],
  ])('answers the English query %j through the glossary', async (query, expected) => {
    const answer = await searchAll(query);
    expect(answer.language).toBe('en');
    expect(answer.results[0].clauseId).toBe(expected);
  });

  it('returns clause, document, label, text, score and highlights of the matched words', async () => {
    const { results, channels, intents } = await searchAll('Cơ quan nào chủ trì khai thác cát?', { k: 3 });
    expect(channels).toEqual(['lexical']); // dense weight 0 by default: lexical only
    expect(intents).toEqual(['lead']);
    const r = results[0];
    expect(r).toMatchObject({ clauseId: 'ct-1032~3.4', documentId: 'ct-1032', label: '1032-CV/TU, mục 3.4' });
    expect(r.highlights.map((h) => r.text.slice(h.start, h.end))).toEqual(['khai thác', 'khai thác cát']);
    expect(r.signals.boost).toBeCloseTo(1.15); // an inherited lead responsibility answers "who leads"
    expect(results.map((x) => x.score)).toEqual([...results.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('boosts clauses whose facts answer the question', async () => {
    const { results } = await searchAll('Đến năm 2025 tỷ lệ thu gom đạt bao nhiêu?');
    const withTargets = new Set(['ct-xanh~1', 'ct-xanh~2', 'bp-2016~1', 'st-2017~2']);
    for (const r of results) expect(r.signals.boost).toBe(withTargets.has(r.clauseId) ? 1.15 : 1);
  });

  it('boosts the clauses of the document the question names by symbol, or by type and number', async () => {
    const bySymbol = await searchAll('Theo Công văn 1032-CV/TU, ai báo cáo kết quả thực hiện?');
    for (const r of bySymbol.results) expect(r.signals.boost >= 1.25).toBe(r.documentId === 'ct-1032');
    expect(bySymbol.results[0].clauseId).toBe('ct-1032~4');
    const byNumber = await searchAll('cong van 1032 bao cao ket qua cho ai');
    for (const r of byNumber.results) expect(r.signals.boost >= 1.15).toBe(r.documentId === 'ct-1032');
  });

  it.each([
    [{ documentId: 'st-2017' }, ['st-2017']],
    [{ type: 'NQ' as const }, ['st-2017']],
    [{ issuer: 'thanh uy can tho' }, ['ct-1032', 'ct-xanh']],
    [{ place: 'Sóc Trăng' }, ['st-2017']],
    [{ dateFrom: '2020', dateTo: '2022-12-31' }, ['ct-xanh']],
    [{ dateTo: '2016-12' }, ['bp-2016']],
  ])('filters by %j', async (filters, documents) => {
    const { results } = await searchAll('thực hiện xử lý nước thải rừng chủ trì', { k: 50, filters });
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.documentId))).toEqual(new Set(documents));
  });

  it('runs one channel when asked', async () => {
    const lexical = await searchAll('khai thác cát', { channels: 'lexical' });
    expect(lexical.channels).toEqual(['lexical']);
    expect(lexical.results.every((r) => r.signals.dense === undefined)).toBe(true);
    const dense = await searchAll('khai thác cát', { channels: 'dense' });
    expect(dense.channels).toEqual(['dense']);
    expect(dense.results[0].clauseId).toBe('ct-1032~3.4');
  });

  it('skips the dense channel entirely when its fusion weight is 0: no query embedding, no vector query', async () => {
    class CountingEmbeddings extends HashedNgramEmbeddings {
      queries = 0;
      override async embedQuery(text: string): Promise<number[]> {
        this.queries++;
        return super.embedQuery(text);
      }
    }
    const db = handles[0].db();
    const counting = new CountingEmbeddings({ dim: 384, fusionWeight: HASHED_DEV_WEIGHT });
    const lexical = await search(db, 'khai thác cát', { channels: 'lexical', k: 3 });
    const zero = await search(db, 'khai thác cát', { embedder: counting, weights: { dense: 0 }, k: 3 });
    expect(counting.queries).toBe(0);
    expect(zero.channels).toEqual(['lexical']);
    expect(zero.results.map((r) => r.clauseId)).toEqual(lexical.results.map((r) => r.clauseId));
    // No embedder and no weight: the default is lexical only, the same ranking.
    const plain = await search(db, 'khai thác cát', { k: 3 });
    expect(plain.channels).toEqual(['lexical']);
    expect(plain.results.map((r) => r.clauseId)).toEqual(lexical.results.map((r) => r.clauseId));
    // An embedder whose own default weight is 0 is skipped the same way; an explicit weight turns it back on.
    const silent = Object.assign(new CountingEmbeddings({ dim: 384 }), { fusionWeight: 0 });
    expect((await search(db, 'khai thác cát', { embedder: silent, k: 3 })).channels).toEqual(['lexical']);
    expect(silent.queries).toBe(0);
    expect((await search(db, 'khai thác cát', { embedder: silent, weights: { dense: 1 }, k: 3 })).channels).toEqual([
      'lexical',
      'dense',
    ]);
    expect(silent.queries).toBe(1);
  });

  it('fuses the dense channel when a weight is configured, and it can move ranks', async () => {
    const configured = createEmbedder({ provider: 'hashed-ngram', fusionWeight: HASHED_DEV_WEIGHT });
    const fused = await searchAll('khai thác cát trên sông Hậu', { embedder: configured, k: 5 });
    expect(fused.channels).toEqual(['lexical', 'dense']);
    expect(fused.results.some((r) => r.signals.dense !== undefined)).toBe(true);
    const heavy = await searchAll('khai thác cát trên sông Hậu', { embedder: configured, weights: { dense: 5 }, k: 5 });
    const dense = await searchAll('khai thác cát trên sông Hậu', { channels: 'dense', k: 5 });
    // A dense weight far above the lexical one ranks (almost) as the dense channel alone.
    expect(heavy.results[0].clauseId).toBe(dense.results[0].clauseId);
  });

  it('rejects bad k and empty queries', async () => {
    const db = handles[0].db();
    await expect(search(db, 'cát', { k: 0 })).rejects.toMatchObject({ code: 'invalid_query' });
    await expect(search(db, 'cát', { k: 51 })).rejects.toMatchObject({ code: 'invalid_query' });
    await expect(search(db, '   ')).rejects.toMatchObject({ code: 'invalid_query' });
  });

  it('refuses an embedder the store’s vectors do not come from', async () => {
    await expect(
      search(handles[0].db(), 'cát', { embedder: new HashedNgramEmbeddings({ dim: 64 }), channels: 'dense' }),
    ).rejects.toMatchObject({
      code: 'embedder_mismatch',
    });
  });

  it('uses the HNSW index for nearest neighbours', async () => {
    const vec = await createEmbedder().embedQuery('khai thác cát');
    for (const h of handles) {
      const plan = await h.db().transaction(async (tx) => {
        await tx.exec('SET LOCAL enable_seqscan = off');
        return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${NEAREST_SQL}`, [`[${vec.join(',')}]`, 10]);
      });
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('embeddings_vec_hnsw');
    }
  });

  it('serves LangChain as a retriever', async () => {
    const retriever = new VankienRetriever({ db: handles[1].db(), k: 2 });
    const docs = await retriever.invoke('khai thác cát trên sông Hậu');
    expect(docs).toHaveLength(2);
    expect(docs[0]).toBeInstanceOf(Document);
    expect(docs[0].metadata).toMatchObject({ clauseId: 'ct-1032~3.4', label: '1032-CV/TU, mục 3.4' });
    expect(docs[0].pageContent).toContain('khai thác cát');
  });
});

describe('ensureEmbeddings', () => {
  it('embeds nothing when the vectors are current', async () => {
    for (const h of handles) {
      const report = await ensureEmbeddings(h.db(), createEmbedder());
      expect(report).toMatchObject({ embedder: 'hashed-ngram-v1-384', fitted: false, cleared: 0, embedded: 0 });
    }
  });

  it('re-embeds every clause when the embedder changes, reporting progress', async () => {
    const db = handles[0].db();
    const progress: number[] = [];
    const total = SEARCH_DOCS.reduce((s, d) => s + d.clauses.length, 0);
    const small = createEmbedder({ provider: 'hashed-ngram', dim: 128 });
    const report = await ensureEmbeddings(db, small, { batchSize: 4, onProgress: (p) => progress.push(p.done) });
    expect(report).toMatchObject({
      embedder: 'hashed-ngram-v1-128',
      dim: 128,
      fitted: true,
      cleared: total,
      embedded: total,
    });
    expect(progress).toEqual([4, 8, 12, total]);
    expect(await getEmbeddingConfig(db)).toEqual({ embedder: 'hashed-ngram-v1-128', dim: 128 });
    const dense = await search(db, 'khai thác cát trên sông Hậu', { channels: 'dense', k: 3 });
    expect(dense.results.map((r) => r.clauseId)).toContain('ct-1032~3.4');
    const back = await ensureEmbeddings(db, createEmbedder());
    expect(back).toMatchObject({ embedder: 'hashed-ngram-v1-384', cleared: total, embedded: total });
  });

  it('reads the clauses it embeds a batch at a time, not all of them at once', async () => {
    const db = handles[0].db();
    const reads: number[] = [];
    const recording: typeof db = Object.assign(Object.create(db), {
      query: async <R>(sql: string, params?: unknown[]) => {
        const rows = await db.query<R>(sql, params);
        if (/select c\.id, c\.text/.test(sql)) reads.push(rows.length);
        return rows;
      },
    });
    const total = SEARCH_DOCS.reduce((s, d) => s + d.clauses.length, 0);
    const report = await ensureEmbeddings(recording, createEmbedder({ provider: 'hashed-ngram', dim: 128 }), {
      batchSize: 4,
    });
    expect(report.embedded).toBe(total);
    expect(Math.max(...reads)).toBeLessThanOrEqual(4);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(total);
    await ensureEmbeddings(db, createEmbedder());
  });

  it('explains a search with the LSA neighbours of the query words, without changing the lexical ranking', async () => {
    const db = handles[0].db();
    const lsa = createEmbedder({ provider: 'lsa', dim: 16 });
    await ensureEmbeddings(db, lsa);
    const explained = await search(db, 'xử lý nước thải sinh hoạt', { embedder: lsa, k: 5 });
    const lexical = await search(db, 'xử lý nước thải sinh hoạt', { channels: 'lexical', k: 5 });
    expect(explained.channels).toEqual(['lexical']);
    expect(explained.results.map((r) => r.clauseId)).toEqual(lexical.results.map((r) => r.clauseId));
    expect(explained.related?.length).toBeGreaterThan(0);
    const own = new Set(['xu', 'ly', 'nuoc', 'thai', 'sinh', 'hoat']);
    for (const r of explained.related ?? []) {
      expect(r.terms.length).toBeGreaterThan(0);
      for (const t of r.terms) {
        expect(t.similarity).toBeGreaterThanOrEqual(0.5);
        expect(t.term.split(' ').every((s) => own.has(s))).toBe(false); // something the query did not say
      }
    }
    // The hashed embedder learns no neighbours: no explanation, and nothing looked up.
    expect(lexical.related).toBeUndefined();
    await ensureEmbeddings(db, createEmbedder());
  });
});
