/**
 * @module evals/bench/run-tier
 * One size of the bench: synthesize, write the files, ingest them end to end into a PGlite store in
 * a temp folder, rebuild the HNSW index, time search and ask over the query mix (warm), compare
 * exact and HNSW nearest neighbours; apart, the LangChain baseline's ingest and search on the same corpus.
 * `npm run bench` runs each tier, each baseline and each archive tier in a process of its own
 * (`tsx evals/bench/run-tier.ts --part=vankien|baseline|archive … --out=FILE`), so a peak RSS is that part's
 * alone: not the earlier tiers' heap, nor the store PGlite still holds under the baseline.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, toVectorLiteral } from '../../core/store/db.ts';
import { buildVectorIndex } from '../../core/store/embeddings-repo.ts';
import { migrateToLatest, openPglite } from '../../core/store/index.ts';
import { ensureEmbeddings } from '../../search/ensure-embeddings.ts';
import { search } from '../../search/hybrid-search.ts';
import { buildLangchainBaseline } from '../baselines/langchain-chunks.ts';
import { loadQuestions } from '../load-gold.ts';
import { mean } from '../metrics/retrieval.ts';
import { openPipeline } from '../pipeline.ts';
import type { BaselinePhase, BaselineResult, MemoryPhase, TierResult } from './bench-result.ts';
import { folderBytes, formatPhaseMemory, mb, type PhaseMemory, RssSampler, timeQueries } from './measure.ts';
import { runArchiveTier } from './run-archive-tier.ts';
import { buildSourcePool, type SourcePool } from './source-units.ts';
import { synthesizeCorpus } from './synthesize.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Queries run untimed before each timed pass (the store's caches and the JIT warm up). */
const WARMUP = 20;

/** What every tier is made from: the source pool of the real documents in `corpus/`, and the gold's questions. */
export function benchInputs(): { pool: SourcePool; questions: ReturnType<typeof loadQuestions> } {
  const corpusDir = `${ROOT}corpus/`;
  const sources = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(`${corpusDir}${f}`, 'utf8') }));
  return { pool: buildSourcePool(sources), questions: loadQuestions() };
}

export interface TierOptions {
  clauses: number;
  seed: number;
  pool: SourcePool;
  queries: readonly string[];
  rounds: number;
  keep: boolean;
  /** Parse workers, decided once by the parent (`run-bench`); undefined: the batch's own choice. */
  parseWorkers?: number;
  sampler: RssSampler;
  log: (message: string) => void;
}

/** A tier's vankien phases; the parent adds the baseline's (`runBaseline`, another process). */
export type VankienTierResult = Omit<TierResult, 'langchain'>;

/** Memory at the end of each phase, logged and kept: where the peak RSS goes. */
function phaseLog<P extends string>(sampler: RssSampler, log: (message: string) => void) {
  const memory: PhaseMemory[] = [];
  const endPhase = (phase: P) => {
    const m = sampler.endPhase(phase);
    memory.push(m);
    log(`memory ${formatPhaseMemory(m)}`);
  };
  return { memory, endPhase };
}

export async function runTier(options: TierOptions): Promise<VankienTierResult> {
  const { log, sampler } = options;
  const root = join(tmpdir(), `vankien-bench-${options.clauses}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  const docsDir = join(root, 'docs');
  const storeDir = join(root, 'store');
  mkdirSync(docsDir, { recursive: true });
  sampler.reset();
  const { memory, endPhase } = phaseLog<MemoryPhase>(sampler, log);

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
    const { outcomes, timings } = await pipeline.ingest(files, undefined, options.parseWorkers);
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

    endPhase('exact vs HNSW');

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
      vectors,
    };
  } finally {
    await pipeline.close();
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
}

/** The LangChain baseline on the tier's corpus (same seed and size), in a store of its own: split, embed, pgvector, search. */
export async function runBaseline(options: TierOptions): Promise<BaselineResult> {
  const { log, sampler } = options;
  const dir = join(tmpdir(), `vankien-bench-baseline-${options.clauses}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  sampler.reset();
  const { memory, endPhase } = phaseLog<BaselinePhase>(sampler, log);
  const corpus = synthesizeCorpus(options.pool, { seed: options.seed, clauses: options.clauses });
  endPhase('generate');
  const db = await openPglite(dir);
  try {
    await migrateToLatest(db);
    await db.exec('CHECKPOINT');
    const emptyBytes = folderBytes(dir);
    log('LangChain baseline: split, embed, pgvector (own table), search');
    const started = performance.now();
    const baseline = await buildLangchainBaseline(
      db,
      corpus.documents.map((d) => ({ name: d.name, text: d.text })),
      { table: 'bench_chunks' },
    );
    const totalMs = performance.now() - started;
    await db.exec('CHECKPOINT');
    const storeBytes = folderBytes(dir) - emptyBytes;
    const searchLatency = await timeQueries(options.queries, (q) => baseline.search(q, 10), {
      warmup: WARMUP,
      rounds: options.rounds,
      onSample: () => sampler.sample(),
    });
    endPhase('baseline');
    return {
      chunks: baseline.chunks,
      ingest: { totalMs, chunksPerS: baseline.chunks / (totalMs / 1000), indexMs: baseline.timings.indexMs },
      search: searchLatency,
      storeMb: mb(Math.max(0, storeBytes)),
      peakRssMb: mb(sampler.peak()),
      memory,
    };
  } finally {
    await db.close();
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
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

/** The parts `run-bench` runs in a child process each. */
export type BenchPart = 'vankien' | 'baseline' | 'archive';

/**
 * The child's arguments: `--part=vankien --clauses=1000 --seed=1 --rounds=1 [--keep] [--scans] [--workers=1] --out=FILE`.
 */
export function benchPartArgs(
  part: BenchPart,
  o: {
    clauses?: number;
    seed?: number;
    rounds?: number;
    keep?: boolean;
    scans?: boolean;
    workers?: number;
    out: string;
  },
): string[] {
  return [
    `--part=${part}`,
    ...(o.workers === undefined ? [] : [`--workers=${o.workers}`]),
    ...(o.clauses === undefined ? [] : [`--clauses=${o.clauses}`]),
    ...(o.seed === undefined ? [] : [`--seed=${o.seed}`]),
    ...(o.rounds === undefined ? [] : [`--rounds=${o.rounds}`]),
    ...(o.keep ? ['--keep'] : []),
    ...(o.scans ? ['--scans'] : []),
    `--out=${o.out}`,
  ];
}

/** As a child of `run-bench`: runs one part with a sampler of its own and writes its result as JSON to `--out`. */
async function main(argv: readonly string[]): Promise<void> {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const part = value('part');
  const out = value('out');
  if (!out || (part !== 'vankien' && part !== 'baseline' && part !== 'archive')) {
    throw new Error(`run-tier: expected --part=vankien|baseline|archive and --out=FILE, got ${argv.join(' ')}`);
  }
  const log = (message: string) =>
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}]   ${message}\n`);
  const { pool, questions } = benchInputs();
  const queries = questions.map((q) => q.question);
  const sampler = new RssSampler().start();
  const options: TierOptions = {
    clauses: Number(value('clauses') ?? 0),
    seed: Number(value('seed') ?? 0),
    rounds: Number(value('rounds') ?? 1),
    keep: argv.includes('--keep'),
    parseWorkers: value('workers') === undefined ? undefined : Number(value('workers')),
    pool,
    queries,
    sampler,
    log,
  };
  const result =
    part === 'vankien'
      ? await runTier(options)
      : part === 'baseline'
        ? await runBaseline(options)
        : await runArchiveTier({
            withScans: argv.includes('--scans'),
            parseWorkers: options.parseWorkers,
            queries,
            sampler,
            log,
          });
  sampler.stop();
  writeFileSync(out, JSON.stringify(result));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
