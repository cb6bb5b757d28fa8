/**
 * @module evals/bench/run-bench
 * `npm run bench`: synthetic corpora of 1k and 10k clauses (and 100k with `--full` or
 * `BENCH_FULL=1`) built from the real documents and pushed through the real pipeline; ingestion
 * throughput, index build, search and ask latency, peak memory, store size, the LangChain baseline
 * beside it, and exact against HNSW vector search. Writes `evals/bench/results/bench-latest.json`
 * (tiers not re-run are carried over from the previous file) and the latency chart.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openPglite } from '../../core/store/index.ts';
import { createEmbedder } from '../../search/embedders/create-embedder.ts';
import { loadQuestions } from '../load-gold.ts';
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
import { RssSampler } from './measure.ts';
import type { ArchiveTierResult } from './bench-result.ts';
import { runArchiveTier } from './run-archive-tier.ts';
import { runTier } from './run-tier.ts';
import { buildSourcePool } from './source-units.ts';
import { synthesizeCorpus } from './synthesize.ts';
import { clauseTexts, measureVectorScale } from './vector-scale.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = `${ROOT}evals/bench/results/`;
const LATEST = `${RESULTS}bench-latest.json`;

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadStart = loadavg();
  const corpusDir = `${ROOT}corpus/`;
  const sources = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(`${corpusDir}${f}`, 'utf8') }));
  const pool = buildSourcePool(sources);
  const questions = loadQuestions();
  const queries = questions.map((q) => q.question);
  const sampler = new RssSampler().start();

  const measured: KeptTier[] = [];
  for (const clauses of options.tiers) {
    log(`tier ${clauses} clauses`);
    const tier = await runTier({
      clauses,
      seed: options.seed,
      pool,
      queries,
      rounds: options.rounds,
      keep: options.keep,
      sampler,
      log: (m) => log(`  ${m}`),
    });
    measured.push({
      ...tier,
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    });
  }
  const previousArchive = (readSummary(LATEST)?.archive as ArchiveTierResult[] | undefined) ?? [];
  let archive = previousArchive;
  if (options.archive) {
    archive = [];
    for (const withScans of [false, true]) {
      log(`archive tier ${withScans ? 'with' : 'without'} scans (evals/archive)`);
      archive.push(await runArchiveTier({ withScans, queries, sampler, log: (m) => log(`  ${m}`) }));
    }
  }
  sampler.stop();

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
