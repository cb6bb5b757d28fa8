/**
 * @module evals/bench/vector-scale
 * Exact against HNSW nearest-neighbour search on a vector table of a given size, apart from the
 * full pipeline: clause texts of the synthetic corpus embedded with one embedder (the default hashed
 * one, or the LSA one trained on them), bulk-inserted into their own pgvector table, then the HNSW
 * index built once. For sizes the full pipeline cannot ingest within a session. It also reports what
 * the embedder costs: fit time, the process's peak RSS by the end of the fit, the fitted model's bytes
 * (as stored in `store_meta`) and the vectors' bytes on disk (table and HNSW index).
 */
import type { Db } from '../../core/store/db.ts';
import { toVectorLiteral } from '../../core/store/db.ts';
import { createEmbedder } from '../../search/embedders/create-embedder.ts';
import { type EmbedderProvider, isFittable } from '../../search/embedders/types.ts';
import type { LatencySummary } from '../metrics/latency.ts';
import { mean } from '../metrics/retrieval.ts';
import { timeQueries } from './measure.ts';
import type { SyntheticCorpus } from './synthesize.ts';

const MAX_QUERIES = 45;

export interface VectorScaleResult {
  vectors: number;
  dim: number;
  embedder: string;
  /** Fitting the embedder on the texts (0 for an embedder without a fit); part of `embedMs`. */
  fitMs?: number;
  /** The process's peak RSS (kernel high-water mark) by the end of the fit: the store, the texts and the fit's work arrays. */
  fitPeakRssMb?: number;
  /** The fitted model as the store keeps it (`exportState`, UTF-8 bytes; 0 when the embedder has none). */
  modelBytes?: number;
  /** The vectors on disk: the table (with TOAST) and its HNSW index. */
  tableBytes?: number;
  indexBytes?: number;
  embedMs: number;
  insertMs: number;
  /** HNSW (cosine, pgvector defaults m 16, ef_construction 64) built after the load. */
  indexBuildMs: number;
  queries: number;
  exact: LatencySummary;
  hnsw: LatencySummary;
  hnswEf100: LatencySummary;
  hnswRecallAt10: number;
  hnswRecallAt10Ef100: number;
  /**
   * The same counting ties: a HNSW hit is right when it is as near as the exact 10th (the synthetic
   * corpus reuses passages, so many vectors sit at the same distance and ids alone understate HNSW).
   */
  hnswRecallAt10Ties: number;
  hnswRecallAt10TiesEf100: number;
}

/** The clause-sized passages of a synthetic corpus: its paragraphs (one per clause), the first `n`. */
export function clauseTexts(corpus: SyntheticCorpus, n: number): string[] {
  const out: string[] = [];
  for (const doc of corpus.documents) {
    for (const p of doc.text.split(/\n\s*\n/)) {
      const t = p.trim();
      if (t.length > 0) out.push(t);
      if (out.length >= n) return out;
    }
  }
  return out;
}

export async function measureVectorScale(
  db: Db,
  texts: readonly string[],
  queries: readonly string[],
  log: (message: string) => void,
  provider: EmbedderProvider = 'hashed-ngram',
): Promise<VectorScaleResult> {
  const embedder = createEmbedder({ provider });
  let started = performance.now();
  let modelBytes = 0;
  if (isFittable(embedder)) {
    log(`fitting ${embedder.id} on ${texts.length} texts`);
    embedder.fit(texts);
    modelBytes = Buffer.byteLength(embedder.exportState() ?? '', 'utf8');
  }
  const fitMs = performance.now() - started;
  // ru_maxrss is in kilobytes on Linux: the fit is synchronous, so a sampling timer could not see its peak.
  const fitPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const dim = embedder.dimensions ?? (await embedder.embedQuery('dim')).length;
  await db.exec(
    `DROP TABLE IF EXISTS bench_vectors; CREATE TABLE bench_vectors (id integer PRIMARY KEY, vec vector(${dim}) NOT NULL)`,
  );
  let embedMs = performance.now() - started;
  let insertMs = 0;
  const batch = 500;
  for (let from = 0; from < texts.length; from += batch) {
    started = performance.now();
    const vectors = await embedder.embedDocuments(texts.slice(from, from + batch));
    embedMs += performance.now() - started;
    started = performance.now();
    const params: unknown[] = [];
    const rows = vectors.map((v, i) => {
      params.push(from + i, toVectorLiteral(v));
      return `($${params.length - 1}, $${params.length}::vector)`;
    });
    await db.query(`INSERT INTO bench_vectors (id, vec) VALUES ${rows.join(', ')}`, params);
    insertMs += performance.now() - started;
    if ((from / batch) % 20 === 0) log(`embedded ${Math.min(from + batch, texts.length)} / ${texts.length}`);
  }
  log('building the HNSW index');
  started = performance.now();
  await db.exec(
    "SET maintenance_work_mem = '1GB'; CREATE INDEX bench_vectors_hnsw ON bench_vectors USING hnsw (vec vector_cosine_ops)",
  );
  const indexBuildMs = performance.now() - started;
  const [size] = await db.query<{ table_bytes: number; index_bytes: number }>(
    "select pg_table_size('bench_vectors')::float8 as table_bytes, pg_relation_size('bench_vectors_hnsw')::float8 as index_bytes",
  );
  // An exact scan of 100k vectors takes seconds: the first MAX_QUERIES questions (15 groups × 3 languages).
  const queryVectors = await Promise.all(queries.slice(0, MAX_QUERIES).map((q) => embedder.embedQuery(q)));
  const sql =
    'SELECT id, (vec <=> $1::vector)::float8 AS distance FROM bench_vectors ORDER BY vec <=> $1::vector LIMIT 10';
  const run = (settings: Array<[string, string]>) => async (vec: readonly number[]) =>
    db.transaction(async (tx) => {
      for (const [k, v] of settings) await tx.query('select set_config($1, $2, true)', [k, v]);
      return tx.query<{ id: number; distance: number }>(sql, [toVectorLiteral(vec)]);
    });
  const exactRun = run([
    ['enable_indexscan', 'off'],
    ['enable_bitmapscan', 'off'],
  ]);
  const hnswRun = run([['hnsw.ef_search', '40']]);
  const hnsw100Run = run([['hnsw.ef_search', '100']]);
  log('exact against HNSW');
  const overlap: number[] = [];
  const overlap100: number[] = [];
  const ties: number[] = [];
  const ties100: number[] = [];
  for (const vec of queryVectors) {
    const exactRows = await exactRun(vec);
    const exact = new Set(exactRows.map((r) => r.id));
    const denom = Math.max(1, exact.size);
    const bound = (exactRows[exactRows.length - 1]?.distance ?? 0) + 1e-9;
    const approx = await hnswRun(vec);
    const approx100 = await hnsw100Run(vec);
    overlap.push(approx.filter((r) => exact.has(r.id)).length / denom);
    overlap100.push(approx100.filter((r) => exact.has(r.id)).length / denom);
    ties.push(approx.filter((r) => r.distance <= bound).length / denom);
    ties100.push(approx100.filter((r) => r.distance <= bound).length / denom);
  }
  return {
    vectors: texts.length,
    dim,
    embedder: embedder.id,
    fitMs,
    fitPeakRssMb,
    modelBytes,
    tableBytes: size.table_bytes,
    indexBytes: size.index_bytes,
    embedMs,
    insertMs,
    indexBuildMs,
    queries: queryVectors.length,
    exact: await timeQueries(queryVectors, exactRun, { warmup: 0 }),
    hnsw: await timeQueries(queryVectors, hnswRun, { warmup: 0 }),
    hnswEf100: await timeQueries(queryVectors, hnsw100Run, { warmup: 0 }),
    hnswRecallAt10: mean(overlap),
    hnswRecallAt10Ef100: mean(overlap100),
    hnswRecallAt10Ties: mean(ties),
    hnswRecallAt10TiesEf100: mean(ties100),
  };
}
