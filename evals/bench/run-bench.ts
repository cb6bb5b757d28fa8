/**
 * @module evals/bench/run-bench
 * `npm run bench`: synthetic corpora of 1k and 10k clauses (and 100k with `--full` or
 * `BENCH_FULL=1`) built from the real documents and pushed through the real pipeline; ingestion
 * throughput, index build, search and ask latency, peak memory, store size, the LangChain baseline
 * beside it, and exact against HNSW vector search. Writes `evals/bench/results/bench-latest.json`
 * (tiers not re-run are carried over from the previous file) and the latency chart. Each tier's vankien phases, its
 * baseline and each archive tier run in a child process of their own (`run-tier.ts`): their peak RSS is theirs alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openPglite } from '../../core/store/index.ts';
import { createEmbedder } from '../../search/embedders/create-embedder.ts';
import { defaultParseWorkers } from '../../ingest/parse-pool.ts';
import { spawnTs } from '../stress/spawn-server.ts';
import { formatDeltas, type RunSummary, readSummary, writeJson } from '../report/compare-runs.ts';
import { FULL_TIER, parseBenchOptions } from './bench-options.ts';
import {
  archiveFigures,
  archiveTable,
  benchFigures,
  benchTables,
  benchTargets,
  type KeptTier,
  type KeptVectorScale,
  keptVectorScales,
  latencyChart,
  sameEmbedder,
  targetLines,
  vectorScaleFigures,
  vectorScaleTable,
} from './bench-report.ts';
import { writeLatencyChart } from './latency-chart.ts';
import type { ArchiveTierResult, BaselineResult } from './bench-result.ts';
import { type BenchPart, benchInputs, benchPartArgs, type VankienTierResult } from './run-tier.ts';
import { synthesizeCorpus } from './synthesize.ts';
import { clauseTexts, measureVectorScale } from './vector-scale.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = `${ROOT}evals/bench/results/`;
const LATEST = `${RESULTS}bench-latest.json`;

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** A child's exit other than 0: the part's result is missing, and the bench stops rather than report without it. */
export class BenchPartError extends Error {
  constructor(
    readonly part: BenchPart,
    readonly exitCode: number | null,
  ) {
    super(`bench part ${part} exited with ${exitCode ?? 'a signal'}`);
    this.name = 'BenchPartError';
  }
}

/** Runs one part in its own `node --import tsx evals/bench/run-tier.ts` process, its output passed through; its JSON. */
async function runPart<T>(part: BenchPart, args: Omit<Parameters<typeof benchPartArgs>[1], 'out'>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-bench-part-'));
  const out = join(dir, 'result.json');
  try {
    const child = spawnTs('evals/bench/run-tier.ts', benchPartArgs(part, { ...args, out }), {});
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
    const exitCode = await new Promise<number | null>((done) => child.on('close', done));
    if (exitCode !== 0) throw new BenchPartError(part, exitCode);
    return JSON.parse(readFileSync(out, 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadStart = loadavg();
  const { pool, questions } = benchInputs();
  const queries = questions.map((q) => q.question);
  // Decided once, from the load before the bench began: a child judging the load itself counts the previous
  // child's work as another process's and parses inline (100k ingest 993 → 593 clauses/s in the first such run).
  const workers = defaultParseWorkers();
  log(`parse workers: ${workers} (load average ${loadStart.map((x) => x.toFixed(2)).join(' ')})`);

  const measured: KeptTier[] = [];
  for (const clauses of options.tiers) {
    const part = { clauses, seed: options.seed, rounds: options.rounds, keep: options.keep, workers };
    log(`tier ${clauses} clauses (own process)`);
    const tier = await runPart<VankienTierResult>('vankien', part);
    log(`tier ${clauses} clauses: LangChain baseline (own process)`);
    const baseline = await runPart<BaselineResult>('baseline', part);
    measured.push({
      ...tier,
      langchain: {
        ...baseline,
        ingest: { ...baseline.ingest, clausesEquivalentPerS: tier.clauses / (baseline.ingest.totalMs / 1000) },
      },
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    });
  }
  const previousArchive = (readSummary(LATEST)?.archive as ArchiveTierResult[] | undefined) ?? [];
  let archive = previousArchive;
  if (options.archive) {
    archive = [];
    for (const withScans of [false, true]) {
      log(`archive tier ${withScans ? 'with' : 'without'} scans (evals/archive, own process)`);
      archive.push(await runPart<ArchiveTierResult>('archive', { scans: withScans, workers }));
    }
  }

  const previousVectors = keptVectorScales(readSummary(LATEST));
  const vectorScales: KeptVectorScale[] = [];
  if (options.vectors > 0) {
    for (const provider of options.vectorEmbedders) {
      log(`exact vs HNSW on ${options.vectors} clause vectors, ${provider} embedder (standalone table)`);
      const dir = join(tmpdir(), `vankien-bench-vectors-${process.pid}`);
      rmSync(dir, { recursive: true, force: true });
      const db = await openPglite(dir);
      try {
        await migrateToLatest(db);
        const corpus = synthesizeCorpus(pool, { seed: options.seed, clauses: options.vectors });
        const texts = clauseTexts(corpus, options.vectors);
        const measuredVectors = await measureVectorScale(db, texts, queries, (m) => log(`  ${m}`), provider);
        vectorScales.push({
          ...measuredVectors,
          measuredAt: new Date().toISOString(),
          loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
        });
      } finally {
        await db.close();
        if (!options.keep) rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  // Embedders not measured this time keep their previous figures.
  const carriedVectors = previousVectors.filter((p) => !vectorScales.some((v) => sameEmbedder(v, p)));
  vectorScales.push(...carriedVectors);

  const previous = readSummary(LATEST);
  const carried = ((previous?.tiers as KeptTier[] | undefined) ?? []).filter(
    (t) => !measured.some((m) => m.targetClauses === t.targetClauses),
  );
  const tiers = [...measured, ...carried].sort((a, b) => a.targetClauses - b.targetClauses);
  const finishedAt = new Date().toISOString();
  const summary: RunSummary = {
    kind: 'bench',
    startedAt,
    finishedAt,
    durationMs: Math.round(performance.now() - started),
    seed: options.seed,
    environment: {
      node: process.version,
      embedder: createEmbedder().id,
      cpus: cpus().length,
      loadAverageStart: loadStart.map((x) => Math.round(x * 100) / 100),
      loadAverageEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    queryMix: {
      questions: queries.length,
      languages: Object.fromEntries(
        ['vi', 'vi-nodiac', 'en'].map((l) => [l, questions.filter((q) => q.lang === l).length]),
      ),
    },
    figures: {
      ...benchFigures(tiers),
      ...archiveFigures(archive),
      ...Object.assign({}, ...vectorScales.map(vectorScaleFigures)),
    },
    targets: benchTargets(tiers),
    vectorScales,
    archive,
    notes: [
      ...(options.archive || archive.length === 0
        ? []
        : [`archive tier carried over from the run of ${archive[0].measuredAt}`]),
      ...carried.map(
        (t) => `tier ${t.targetClauses} carried over from the run of ${t.measuredAt} (not re-run this time)`,
      ),
      ...carriedVectors.map(
        (v) => `exact-vs-HNSW on ${v.vectors} ${v.embedder} vectors carried over from the run of ${v.measuredAt}`,
      ),
      ...(tiers.some((t) => t.targetClauses === FULL_TIER)
        ? []
        : [`the ${FULL_TIER} full-pipeline tier has not been measured yet: npm run bench -- --full`]),
    ],
    tiers,
  };
  const chart = await writeLatencyChart(latencyChart(tiers), `${RESULTS}latency`);

  console.log(benchTables(tiers));
  if (archive.length > 0) {
    console.log('');
    console.log('The archive (evals/archive copies: real docx, doc, pdf, txt; PGlite in a temp folder)');
    console.log(archiveTable(archive));
  }
  for (const v of vectorScales) {
    console.log('');
    console.log(vectorScaleTable(v));
  }
  console.log('');
  console.log('Targets at 100k clauses');
  console.log(targetLines(summary.targets));
  for (const note of summary.notes ?? []) console.log(`note: ${note}`);
  console.log('');
  console.log(formatDeltas(previous, summary));
  console.log('');
  console.log(
    `Finished in ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${loadStart.map((x) => x.toFixed(2)).join(' ')} → ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${cpus().length} cores. Chart: ${chart.replace(ROOT, '')}`,
  );
  writeJson(LATEST, summary);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
