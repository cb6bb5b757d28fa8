/** @module evals/bench/bench-report — the bench's console tables, headline figures, targets and chart series. */

import type { RunSummary } from '../report/compare-runs.ts';
import { formatTable, ms, ratio } from '../report/format-table.ts';
import { type ArchiveTierResult, BASELINE_PHASES, MEMORY_PHASES, type TierResult } from './bench-result.ts';
import type { IngestTimings } from '../../ingest/ingest-files.ts';
import type { LatencyChart } from './latency-chart.ts';
import type { PhaseMemory } from './measure.ts';
import type { VectorScaleResult } from './vector-scale.ts';

/** A tier as kept in the committed results: when it was measured (tiers not re-run are carried over). */
export type KeptTier = TierResult & {
  measuredAt: string;
  /** Load average when the tier finished: other work on the machine slows every figure. */
  loadAverage?: number[];
};
/** `loadAverage`: when it finished (absent in older results); other work on the machine slows every figure. */
export type KeptVectorScale = VectorScaleResult & { measuredAt: string; loadAverage?: number[] };

const pctOrDash = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);

/** The vector measurements of a results file: `vectorScales`, or the single hashed `vectorScale` of older files. */
export function keptVectorScales(summary: RunSummary | null): KeptVectorScale[] {
  const many = summary?.vectorScales as KeptVectorScale[] | undefined;
  const one = summary?.vectorScale as KeptVectorScale | null | undefined;
  return many ?? (one ? [one] : []);
}

/** The same embedder family (its id without the version and width), so a re-run replaces the earlier figure. */
export const sameEmbedder = (a: { embedder: string }, b: { embedder: string }) =>
  a.embedder.replace(/-v\d+-\d+$/, '') === b.embedder.replace(/-v\d+-\d+$/, '');

const mbOf = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function vectorScaleFigures(v: KeptVectorScale): Record<string, number | null> {
  // The hashed embedder keeps the keys older runs used, so deltas stay comparable.
  const p = `vectors${k(v.vectors)}${v.embedder.startsWith('hashed-ngram') ? '' : `.${v.embedder.replace(/-v\d+-\d+$/, '')}`}`;
  return {
    [`${p}.fitMs`]: v.fitMs === undefined ? null : Math.round(v.fitMs),
    [`${p}.modelBytes`]: v.modelBytes ?? null,
    [`${p}.vectorBytes`]: v.tableBytes === undefined ? null : v.tableBytes + (v.indexBytes ?? 0),
    [`${p}.indexBuildMs`]: Math.round(v.indexBuildMs),
    [`${p}.exact.p95Ms`]: v.exact.p95,
    [`${p}.hnsw.p95Ms`]: v.hnsw.p95,
    [`${p}.hnswRecall10`]: Math.round(v.hnswRecallAt10 * 1000) / 1000,
    [`${p}.hnswRecall10Ef100`]: Math.round(v.hnswRecallAt10Ef100 * 1000) / 1000,
    [`${p}.hnswRecall10Ties`]:
      v.hnswRecallAt10Ties === undefined ? null : Math.round(v.hnswRecallAt10Ties * 1000) / 1000,
  };
}

export function vectorScaleTable(v: KeptVectorScale): string {
  return [
    `Exact scan vs HNSW on ${v.vectors.toLocaleString('en')} clause vectors (${v.embedder}, standalone table; measured ${v.measuredAt.slice(0, 16).replace('T', ' ')}${v.loadAverage ? `, load average ${v.loadAverage.join(' ')}` : ''})`,
    formatTable(
      ['measure', 'value'],
      [
        ['embed (fit + vectors)', ms(v.embedMs)],
        ['  of which fit (build the model)', v.fitMs === undefined ? '–' : ms(v.fitMs)],
        ['peak RSS by the end of the fit', v.fitPeakRssMb === undefined ? '–' : `${v.fitPeakRssMb} MB`],
        ['fitted model as stored', mbOf(v.modelBytes)],
        ['vectors on disk: table / HNSW index', `${mbOf(v.tableBytes)} / ${mbOf(v.indexBytes)}`],
        ['bulk insert', ms(v.insertMs)],
        ['HNSW build after load', ms(v.indexBuildMs)],
        ['exact scan top-10 p50 / p95', `${ms(v.exact.p50)} / ${ms(v.exact.p95)}`],
        ['HNSW top-10 p50 / p95 (ef 40)', `${ms(v.hnsw.p50)} / ${ms(v.hnsw.p95)}`],
        ['HNSW top-10 p50 / p95 (ef 100)', `${ms(v.hnswEf100.p50)} / ${ms(v.hnswEf100.p95)}`],
        ['exact / HNSW p95 (ef 40)', ratio(v.exact.p95, v.hnsw.p95)],
        ['HNSW recall@10 vs exact (ef 40)', `${(v.hnswRecallAt10 * 100).toFixed(1)}%`],
        ['HNSW recall@10 vs exact (ef 100)', `${(v.hnswRecallAt10Ef100 * 100).toFixed(1)}%`],
        ['  counting ties at the 10th distance (ef 40)', pctOrDash(v.hnswRecallAt10Ties)],
        ['  counting ties at the 10th distance (ef 100)', pctOrDash(v.hnswRecallAt10TiesEf100)],
      ],
    ),
  ].join('\n');
}

const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
const int = (x: number) => Math.round(x).toLocaleString('en');

export function benchTables(tiers: readonly KeptTier[]): string {
  const head = ['', ...tiers.map((t) => `${k(t.targetClauses)}${t.measuredAt ? '' : ''}`)];
  const row = (name: string, f: (t: KeptTier) => string) => [name, ...tiers.map(f)];
  const main = formatTable(head, [
    row('clauses stored', (t) => int(t.clauses)),
    row('documents', (t) => int(t.documents)),
    row('ingest, end to end', (t) => ms(t.ingest.totalMs)),
    row('  parse + store + resolve', (t) => ms(t.ingest.storeMs)),
    row('  embed + vector index', (t) => ms(t.ingest.embedMs)),
    ...stageRows((name, f) => row(name, (t) => (t.ingest.stages ? f(t.ingest.stages) : '–'))),
    row('ingest throughput (clauses/s)', (t) => t.ingest.clausesPerS.toFixed(0)),
    row('vectors built after ingestion (on demand)', (t) =>
      t.vectorBackfillMs === undefined ? '–' : ms(t.vectorBackfillMs),
    ),
    row('HNSW rebuild', (t) => ms(t.indexBuildMs)),
    row('search p50', (t) => ms(t.search.p50)),
    row('search p95', (t) => ms(t.search.p95)),
    row('search p99', (t) => ms(t.search.p99)),
    row('ask p50', (t) => ms(t.ask?.p50)),
    row('ask p95', (t) => ms(t.ask?.p95)),
    row('ask p99', (t) => ms(t.ask?.p99)),
    row("peak RSS, vankien's phases (MB)", (t) => vankienPeakRssMb(t).toFixed(0)),
    ...memoryRows(
      tiers.some((t) => t.memory?.some((m) => m.phase === OLD_BASELINES_PHASE))
        ? [...MEMORY_PHASES, OLD_BASELINES_PHASE]
        : MEMORY_PHASES,
      (name, f) => row(name, (t) => f(t.memory)),
    ),
    row('store on disk (MB)', (t) => t.storeMb.toFixed(1)),
    row('measured', (t) => t.measuredAt.slice(0, 16).replace('T', ' ')),
  ]);
  const lc = formatTable(head, [
    row('LangChain chunks', (t) => int(t.langchain.chunks)),
    row('LangChain ingest (split+embed+insert+HNSW)', (t) => ms(t.langchain.ingest.totalMs)),
    row('LangChain throughput (clause-equivalents/s)', (t) => t.langchain.ingest.clausesEquivalentPerS.toFixed(0)),
    row('vankien / LangChain ingest throughput', (t) =>
      ratio(t.ingest.clausesPerS, t.langchain.ingest.clausesEquivalentPerS),
    ),
    row('LangChain search p50', (t) => ms(t.langchain.search.p50)),
    row('LangChain search p95', (t) => ms(t.langchain.search.p95)),
    row('vankien / LangChain search p95', (t) => ratio(t.search.p95, t.langchain.search.p95)),
    row('LangChain table + index on disk (MB)', (t) => t.langchain.storeMb.toFixed(1)),
    row('peak RSS, baseline (MB; own process)', (t) =>
      t.langchain.peakRssMb === undefined ? '– (shared the process)' : t.langchain.peakRssMb.toFixed(0),
    ),
    ...memoryRows(BASELINE_PHASES, (name, f) => row(name, (t) => f(t.langchain.memory))),
  ]);
  const vec = formatTable(head, [
    row('exact scan top-10 p50', (t) => ms(t.vectors.exact.p50)),
    row('exact scan top-10 p95', (t) => ms(t.vectors.exact.p95)),
    row('HNSW top-10 p50 (ef 40)', (t) => ms(t.vectors.hnsw.p50)),
    row('HNSW top-10 p95 (ef 40)', (t) => ms(t.vectors.hnsw.p95)),
    row('exact / HNSW p95', (t) => ratio(t.vectors.exact.p95, t.vectors.hnsw.p95)),
    row('HNSW recall@10 vs exact (ef 40)', (t) => `${(t.vectors.hnswRecallAt10 * 100).toFixed(1)}%`),
    row('HNSW recall@10 vs exact (ef 100)', (t) => `${(t.vectors.hnswRecallAt10Ef100 * 100).toFixed(1)}%`),
    row('  counting ties (ef 40)', (t) => pctOrDash(t.vectors.hnswRecallAt10Ties)),
  ]);
  return [
    'vankien at scale (synthetic corpus from the real documents; PGlite in a temp folder)',
    main,
    '',
    'LangChain baseline on the same corpus (own process and store, same embedder)',
    lc,
    '',
    'Clause vectors: exact scan vs HNSW',
    vec,
  ].join('\n');
}

/** The phase of results from before the baseline had its own process: the exact-vs-HNSW comparison and the baseline. */
const OLD_BASELINES_PHASE = 'baselines';

/**
 * The RSS peak of vankien's own phases: the tier's peak once the baseline ran in a process of its own; in older
 * results (one process for every tier and the baseline), the highest phase peak but the baselines'.
 */
export function vankienPeakRssMb(t: TierResult): number {
  if (t.langchain.peakRssMb !== undefined || !t.memory) return t.peakRssMb;
  const own = t.memory.filter((m) => m.phase !== OLD_BASELINES_PHASE).map((m) => m.peakRssMb);
  return own.length > 0 ? Math.max(...own) : t.peakRssMb;
}

/** Per phase of the tier (MB): RSS peak / at its end, heap used, external (PGlite's WASM memory), other (workers, native). */
function memoryRows(
  phases: readonly string[],
  row: (name: string, f: (m: PhaseMemory[] | undefined) => string) => string[],
): string[][] {
  return phases.map((phase) =>
    row(`  RSS peak / end, heap, ext, other: ${phase}`, (memory) => {
      const p = memory?.find((m) => m.phase === phase);
      return p
        ? `${p.peakRssMb.toFixed(0)} / ${p.rssMb.toFixed(0)}, ${p.heapUsedMb.toFixed(0)}, ${p.externalMb.toFixed(0)}, ${p.otherMb.toFixed(0)}`
        : '–';
    }),
  );
}

/** Runs measured before a figure existed carry over without it. */
const msOrDash = (x: number | undefined): string => (x === undefined ? '—' : ms(x));
const roundOrNull = (x: number | undefined): number | null => (x === undefined ? null : Math.round(x));

/** One row per ingest stage; parse is worker time, overlapping the main thread's store. */
function stageRows(row: (name: string, f: (s: IngestTimings) => string) => string[]): string[][] {
  return [
    row('  stage: load (OCR pages)', (s) => `${ms(s.loadMs)} (${s.ocrPages})`),
    row('  stage: decode (workers)', (s) => msOrDash(s.decodeMs)),
    row('  stage: parse (workers) / main-thread wait', (s) => `${ms(s.parseMs)} / ${ms(s.parseWaitMs)}`),
    row('  stage: index (lexical segments)', (s) => ms(s.indexMs)),
    row('  stage: store', (s) => ms(s.storeMs)),
    row('  stage: resolve citations', (s) => ms(s.resolveMs)),
    row('  stage: embed (fit + vectors + HNSW)', (s) => ms(s.embedMs)),
  ];
}

/** The archive tier: real files, with and without their scans. */
export function archiveTable(runs: readonly ArchiveTierResult[]): string {
  const head = ['', ...runs.map((r) => (r.withScans ? 'with scans (OCR cache)' : 'without scans'))];
  const row = (name: string, f: (r: ArchiveTierResult) => string) => [name, ...runs.map(f)];
  return formatTable(head, [
    row('files', (r) => int(r.files)),
    row(
      'documents stored / duplicates / failed (need OCR)',
      (r) => `${r.documents} / ${r.duplicates} / ${r.failed} (${r.needOcr})`,
    ),
    row('clauses stored', (r) => int(r.clauses)),
    row('ingest, end to end', (r) => ms(r.ingest.totalMs)),
    row('ingest throughput (clauses/s)', (r) => r.ingest.clausesPerS.toFixed(0)),
    ...stageRows((name, f) => row(name, (r) => f(r.ingest.stages))),
    // Scans wait in the OCR pool while text files are stored: text ready comes before all ready.
    row('OCR queue: scans / main-thread wait after text', (r) => {
      const s = r.ingest.stages;
      return s.ocrFiles === undefined ? '—' : `${s.ocrFiles} / ${ms(s.ocrWaitMs)}`;
    }),
    row('text ready / all stored (from start)', (r) => {
      const s = r.ingest.stages;
      return `${msOrDash(s.textReadyMs)} / ${msOrDash(s.storedMs)}`;
    }),
    row('search p50 / p95', (r) => `${ms(r.search.p50)} / ${ms(r.search.p95)}`),
    row('peak RSS (MB)', (r) => r.peakRssMb.toFixed(0)),
    row('load average after', (r) => r.loadAverage.map((x) => x.toFixed(1)).join(' ')),
  ]);
}

export function archiveFigures(runs: readonly ArchiveTierResult[]): Record<string, number | null> {
  const f: Record<string, number | null> = {};
  for (const r of runs) {
    const p = `archive.${r.withScans ? 'withScans' : 'text'}`;
    f[`${p}.ingest.totalMs`] = Math.round(r.ingest.totalMs);
    f[`${p}.ingest.clausesPerS`] = Math.round(r.ingest.clausesPerS * 10) / 10;
    f[`${p}.ingest.textReadyMs`] = roundOrNull(r.ingest.stages.textReadyMs);
    f[`${p}.ingest.allStoredMs`] = roundOrNull(r.ingest.stages.storedMs);
    f[`${p}.search.p95Ms`] = r.search.p95;
  }
  return f;
}

export function benchFigures(tiers: readonly KeptTier[]): Record<string, number | null> {
  const f: Record<string, number | null> = {};
  for (const t of tiers) {
    const p = `t${k(t.targetClauses)}`;
    f[`${p}.ingest.clausesPerS`] = Math.round(t.ingest.clausesPerS * 10) / 10;
    f[`${p}.ingest.totalMs`] = Math.round(t.ingest.totalMs);
    f[`${p}.indexBuildMs`] = Math.round(t.indexBuildMs);
    f[`${p}.search.p50Ms`] = t.search.p50;
    f[`${p}.search.p95Ms`] = t.search.p95;
    f[`${p}.search.p99Ms`] = t.search.p99;
    f[`${p}.ask.p50Ms`] = t.ask?.p50 ?? null;
    f[`${p}.ask.p95Ms`] = t.ask?.p95 ?? null;
    f[`${p}.ask.p99Ms`] = t.ask?.p99 ?? null;
    f[`${p}.peakRssMb`] = vankienPeakRssMb(t);
    f[`${p}.langchain.peakRssMb`] = t.langchain.peakRssMb ?? null;
    f[`${p}.storeMb`] = t.storeMb;
    f[`${p}.langchain.ingest.clausesPerS`] = Math.round(t.langchain.ingest.clausesEquivalentPerS * 10) / 10;
    f[`${p}.langchain.search.p95Ms`] = t.langchain.search.p95;
    f[`${p}.vectors.exact.p95Ms`] = t.vectors.exact.p95;
    f[`${p}.vectors.hnsw.p95Ms`] = t.vectors.hnsw.p95;
    f[`${p}.vectors.hnswRecall10`] = Math.round(t.vectors.hnswRecallAt10 * 1000) / 1000;
  }
  return f;
}

/** #18's targets at 100k clauses; peak RSS 1.5 GB (in MB), of vankien's phases (the baseline's process is apart). */
export const SCALE_TARGETS = { clauses: 100_000, searchP95Ms: 50, askP95Ms: 150, ingestPerS: 1000, peakRssMb: 1536 };

export function benchTargets(tiers: readonly KeptTier[]): RunSummary['targets'] {
  const big = tiers.find((t) => t.targetClauses === SCALE_TARGETS.clauses);
  const v = (x: number | null | undefined) => (x === undefined || x === null ? null : x);
  return [
    {
      name: 'search p95 at 100k (ms)',
      value: v(big?.search.p95),
      threshold: `≤ ${SCALE_TARGETS.searchP95Ms} ms`,
      pass: big !== undefined && big.search.p95 <= SCALE_TARGETS.searchP95Ms,
    },
    {
      name: 'ask p95 at 100k (ms)',
      value: v(big?.ask?.p95),
      threshold: `≤ ${SCALE_TARGETS.askP95Ms} ms`,
      pass: big?.ask !== undefined && big.ask !== null && big.ask.p95 <= SCALE_TARGETS.askP95Ms,
    },
    {
      name: 'ingestion at 100k (clauses/s)',
      value: v(big?.ingest.clausesPerS),
      threshold: `≥ ${SCALE_TARGETS.ingestPerS}`,
      pass: big !== undefined && big.ingest.clausesPerS >= SCALE_TARGETS.ingestPerS,
    },
    {
      name: "peak RSS at 100k, vankien's phases (MB)",
      value: big ? vankienPeakRssMb(big) : null,
      threshold: `≤ ${SCALE_TARGETS.peakRssMb} MB`,
      pass: big !== undefined && vankienPeakRssMb(big) <= SCALE_TARGETS.peakRssMb,
    },
  ];
}

export function targetLines(targets: RunSummary['targets']): string {
  return formatTable(
    ['target', 'value', 'threshold', 'verdict'],
    targets.map((t) => [
      t.name,
      t.value === null ? 'not measured' : t.value.toFixed(1),
      t.threshold,
      t.pass ? 'pass' : 'MISS',
    ]),
  );
}

export function latencyChart(tiers: readonly KeptTier[]): LatencyChart {
  const sorted = [...tiers].sort((a, b) => a.targetClauses - b.targetClauses);
  return {
    title: 'vankien latency vs corpus size (warm, 2-core machine)',
    sizes: sorted.map((t) => t.clauses),
    series: [
      { label: 'search p95', values: sorted.map((t) => t.search.p95) },
      { label: 'search p50', values: sorted.map((t) => t.search.p50), dashed: true },
      { label: 'ask p95', values: sorted.map((t) => t.ask?.p95 ?? null) },
      { label: 'ask p50', values: sorted.map((t) => t.ask?.p50 ?? null), dashed: true },
      { label: 'LangChain search p95', values: sorted.map((t) => t.langchain.search.p95) },
      { label: 'exact vector scan p95', values: sorted.map((t) => t.vectors.exact.p95), dashed: true },
      {
        label: `search target (${SCALE_TARGETS.searchP95Ms} ms)`,
        values: sorted.map(() => SCALE_TARGETS.searchP95Ms),
        dashed: true,
      },
      {
        label: `ask target (${SCALE_TARGETS.askP95Ms} ms)`,
        values: sorted.map(() => SCALE_TARGETS.askP95Ms),
        dashed: true,
      },
    ],
  };
}
