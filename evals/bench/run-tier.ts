/**
 * @module evals/bench/run-tier
 * One size of the bench: synthesize, write the files, ingest them end to end into a PGlite store in
 * a temp folder, rebuild the HNSW index, time search and ask over the query mix (warm), compare
 * exact and HNSW nearest neighbours, and do the same ingest and search with the LangChain baseline.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, toVectorLiteral } from '../../core/store/db.ts';
import { buildVectorIndex } from '../../core/store/embeddings-repo.ts';
import { ensureEmbeddings } from '../../search/ensure-embeddings.ts';
import { search } from '../../search/hybrid-search.ts';
import { buildLangchainBaseline } from '../baselines/langchain-chunks.ts';
import { mean } from '../metrics/retrieval.ts';
import { openPipeline } from '../pipeline.ts';
import type { MemoryPhase, TierResult } from './bench-result.ts';
import { folderBytes, formatPhaseMemory, mb, type PhaseMemory, type RssSampler, timeQueries } from './measure.ts';
import type { SourcePool } from './source-units.ts';
import { synthesizeCorpus } from './synthesize.ts';

/** Queries run untimed before each timed pass (the store's caches and the JIT warm up). */
const WARMUP = 20;

export interface TierOptions {
  clauses: number;
  seed: number;
  pool: SourcePool;
  queries: readonly string[];
  rounds: number;
  keep: boolean;
  sampler: RssSampler;
  log: (message: string) => void;
}

export async function runTier(options: TierOptions): Promise<TierResult> {
  const { log, sampler } = options;
  const root = join(tmpdir(), `vankien-bench-${options.clauses}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  const docsDir = join(root, 'docs');
  const storeDir = join(root, 'store');
  mkdirSync(docsDir, { recursive: true });
  sampler.reset();
  // Where the peak RSS goes: memory at the end of each phase, logged and kept in the result.
  const memory: PhaseMemory[] = [];
  const endPhase = (phase: MemoryPhase) => {
    const m = sampler.endPhase(phase);
    memory.push(m);
    log(`memory ${formatPhaseMemory(m)}`);
  };

  const corpus = synthesizeCorpus(options.pool, { seed: options.seed, clauses: options.clauses });
  const files = corpus.documents.map((d) => {
    const path = join(docsDir, d.name);
    writeFileSync(path, d.text);
    return path;
  });
  log(`${corpus.documents.length} synthetic documents (~${corpus.estimatedClauses} clauses) in ${docsDir}`);
  endPhase('generate');

  const pipeline = await openPipeline(storeDir);
  try {
    const { db } = pipeline;
    const started = performance.now();
    const { outcomes, timings } = await pipeline.ingest(files);
    const totalMs = performance.now() - started;
    const clauses = await count(db, 'clauses');
    log(
      `ingested ${clauses} clauses in ${(totalMs / 1000).toFixed(1)} s (${Math.round(clauses / (totalMs / 1000))}/s)`,
    );
    endPhase('ingest');

    // At dense weight 0 (the default) ingestion leaves vectors to the first dense search; build them here,
    // timed apart, for the exact-vs-HNSW comparison below.
    const backfillStarted = performance.now();
    await ensureEmbeddings(db, pipeline.embedder);
    const vectorBackfillMs = performance.now() - backfillStarted;
    endPhase('vector backfill');
    const indexStarted = performance.now();
    await buildVectorIndex(db);
    const indexBuildMs = performance.now() - indexStarted;
    await db.exec('CHECKPOINT');
    endPhase('HNSW build');
    const storeBytes = folderBytes(storeDir);

    log('timing search and ask over the query mix (warm)');
    const searchLatency = await timeQueries(options.queries, (q) => search(db, q, { k: 10 }), {
      warmup: WARMUP,
      rounds: options.rounds,
      onSample: () => sampler.sample(),
    });
    endPhase('search');
    const { ask } = await pipeline.answerer();
    const askLatency = ask
      ? await timeQueries(options.queries, (q) => ask(q), {
          warmup: WARMUP,
          rounds: options.rounds,
          onSample: () => sampler.sample(),
        })
      : null;
    endPhase('ask');

    log('exact scan against HNSW over the clause vectors');
    const vectors = await compareVectorSearch(
      db,
      await Promise.all(options.queries.map((q) => pipeline.embedder.embedQuery(q))),
    );

    log('LangChain baseline: split, embed, pgvector (own table), search');
    const lcStarted = performance.now();
    const baseline = await buildLangchainBaseline(
      db,
      corpus.documents.map((d) => ({ name: d.name, text: d.text })),
      { table: 'bench_chunks' },
    );
    const lcMs = performance.now() - lcStarted;
    await db.exec('CHECKPOINT');
    const lcBytes = folderBytes(storeDir) - storeBytes;
    const lcSearch = await timeQueries(options.queries, (q) => baseline.search(q, 10), {
      warmup: WARMUP,
      rounds: options.rounds,
      onSample: () => sampler.sample(),
    });
    endPhase('baselines');

    return {
      targetClauses: options.clauses,
      clauses,
      documents: outcomes.filter((o) => o.status !== 'failed').length,
      failedDocuments: outcomes.filter((o) => o.status === 'failed').length,
      ingest: {
        totalMs,
        storeMs: timings.storeMs,
        embedMs: timings.embedMs,
        clausesPerS: clauses / (totalMs / 1000),
        stages: timings.stages,
      },
      indexBuildMs,
      vectorBackfillMs,
      search: searchLatency,
      ask: askLatency,
      peakRssMb: mb(sampler.peak()),
      memory,
      storeMb: mb(storeBytes),
      langchain: {
        chunks: baseline.chunks,
        ingest: {
          totalMs: lcMs,
          chunksPerS: baseline.chunks / (lcMs / 1000),
          clausesEquivalentPerS: clauses / (lcMs / 1000),
          indexMs: baseline.timings.indexMs,
        },
        search: lcSearch,
        storeMb: mb(Math.max(0, lcBytes)),
      },
      vectors,
    };
  } finally {
    await pipeline.close();
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
}

async function count(db: Db, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row.n;
}

const NEAREST =
  'select clause_id, (vec <=> $1::vector)::float8 as distance from embeddings order by vec <=> $1::vector limit 10';

/**
 * Top 10 by exact scan (index scans off) and by HNSW (ef_search 40 and 100): latency and overlap,
 * by id and counting ties at the exact 10th distance (synthetic passages repeat).
 */
async function compareVectorSearch(db: Db, vectors: readonly number[][]): Promise<TierResult['vectors']> {
  const run = (settings: Array<[string, string]>) => async (vec: readonly number[]) =>
    db.transaction(async (tx) => {
      for (const [k, v] of settings) await tx.query('select set_config($1, $2, true)', [k, v]);
      return tx.query<{ clause_id: string; distance: number }>(NEAREST, [toVectorLiteral(vec)]);
    });
  const exactRun = run([
    ['enable_indexscan', 'off'],
    ['enable_bitmapscan', 'off'],
  ]);
  const hnswRun = run([['hnsw.ef_search', '40']]);
  const hnsw100Run = run([['hnsw.ef_search', '100']]);
  const overlap: number[] = [];
  const overlap100: number[] = [];
  const ties: number[] = [];
  for (const vec of vectors) {
    const exactRows = await exactRun(vec);
    const exact = new Set(exactRows.map((r) => r.clause_id));
    const bound = (exactRows[exactRows.length - 1]?.distance ?? 0) + 1e-9;
    const approx = await hnswRun(vec);
    const approx100 = await hnsw100Run(vec);
    const denom = Math.max(1, exact.size);
    overlap.push(approx.filter((r) => exact.has(r.clause_id)).length / denom);
    overlap100.push(approx100.filter((r) => exact.has(r.clause_id)).length / denom);
    ties.push(approx.filter((r) => r.distance <= bound).length / denom);
  }
  return {
    queries: vectors.length,
    exact: await timeQueries(vectors, exactRun, { warmup: 0 }),
    hnsw: await timeQueries(vectors, hnswRun, { warmup: 0 }),
    hnswRecallAt10: mean(overlap),
    hnswRecallAt10Ef100: mean(overlap100),
    hnswRecallAt10Ties: mean(ties),
  };
}
