/**
 * @module evals/bench/profile-ingest
 * Where an ingest's time goes: synthesizes `--clauses=N` (the bench's corpus, same seed), writes the
 * files once under `--dir=DIR`, ingests them into a fresh PGlite store on disk and prints the stage
 * timings and the rate. `--archive` ingests the archive copies (`evals/archive/`, scans left out) instead.
 * `--workers=N` sets the parse workers (default: the batch's own choice); `--sql` prints time per statement
 * shape; `--keep` keeps the store. Peak RSS is sampled every 100 ms; `cpuS` is user+sys CPU of all threads.
 * Run under `node --cpu-prof --import tsx` for a profile. A diagnostic, not part of `npm run bench`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseIndexer, configuredEmbedder } from '../../app/services.ts';
import { loadConfig } from '../../core/config.ts';
import { PGlite } from '@electric-sql/pglite';
import { pgliteDb, pgliteExtensions } from '../../core/store/db.ts';
import { type Db, migrateToLatest } from '../../core/store/index.ts';
import { emptyTimings, ingestFiles } from '../../ingest/ingest-files.ts';
import { archiveFiles } from './run-archive-tier.ts';
import { buildSourcePool } from './source-units.ts';
import { synthesizeCorpus } from './synthesize.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const clauses = Number(arg('clauses') ?? 10_000);
const dir = arg('dir') ?? join(tmpdir(), `vankien-profile-ingest-${clauses}`);
const workers = arg('workers');
const archive = process.argv.includes('--archive');

async function main(): Promise<void> {
  const docs = join(dir, 'docs');
  if (!archive && !existsSync(docs)) {
    const sources = readdirSync(`${ROOT}corpus`)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(`${ROOT}corpus/${f}`, 'utf8') }));
    const corpus = synthesizeCorpus(buildSourcePool(sources), { seed: 20240709, clauses });
    mkdirSync(docs, { recursive: true });
    for (const d of corpus.documents) writeFileSync(join(docs, d.name), d.text);
  }
  const files = archive
    ? archiveFiles()
    : readdirSync(docs)
        .sort()
        .map((f) => join(docs, f));
  const storeDir = join(archive ? join(tmpdir(), 'vankien-profile-archive') : dir, `store-${process.pid}`);
  rmSync(storeDir, { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  const engine = await PGlite.create({ dataDir: storeDir, extensions: pgliteExtensions });
  // PGlite's WASM memory only grows: its size is the high-water mark of what Postgres held.
  const wasmBytes = () => (engine as unknown as { mod?: { HEAPU8?: Uint8Array } }).mod?.HEAPU8?.length ?? 0;
  const db = timedDb(pgliteDb(engine, storeDir));
  await migrateToLatest(db);
  sqlTimes.clear();
  const indexer = clauseIndexer(configuredEmbedder(loadConfig({})));
  const timings = emptyTimings();
  let peakRss = process.memoryUsage.rss();
  // What the peak is made of: the JS heap, buffers outside it, and the rest (PGlite's WASM memory, native code).
  let atPeak = { ...process.memoryUsage(), wasm: wasmBytes(), stored: 0, file: '' };
  let stored = 0;
  let lastFile = '';
  const peakOf = { heapUsed: 0, external: 0, arrayBuffers: 0 };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) [peakRss, atPeak] = [m.rss, { ...m, wasm: wasmBytes(), stored, file: lastFile }];
    for (const k of ['heapUsed', 'external', 'arrayBuffers'] as const) peakOf[k] = Math.max(peakOf[k], m[k]);
  }, 100);
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const outcomes = await ingestFiles(files, {
    db,
    indexer,
    load: {},
    timings,
    onProgress: (done, _total, file) => {
      stored = done;
      lastFile = file;
    },
    ...(workers === undefined ? {} : { parseWorkers: Number(workers) }),
  });
  const totalMs = performance.now() - started;
  clearInterval(sampler);
  // Every thread of the process (main and parse workers): the work done, whatever else runs on the machine.
  const cpu = process.cpuUsage(cpuStarted);
  const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from clauses');
  const failed = outcomes.filter((o) => o.status === 'failed');
  console.log(
    JSON.stringify({
      files: files.length,
      failed: failed.length,
      clauses: n,
      totalS: +(totalMs / 1000).toFixed(2),
      perS: Math.round(n / (totalMs / 1000)),
      cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(2),
      peakRssMb: Math.round(peakRss / 2 ** 20),
      // Main thread only (a worker's heap is its own): at the RSS peak, and each part's own peak.
      memoryMb: {
        atPeak: {
          heapTotal: mb(atPeak.heapTotal),
          heapUsed: mb(atPeak.heapUsed),
          external: mb(atPeak.external),
          arrayBuffers: mb(atPeak.arrayBuffers),
          pgliteWasm: mb(atPeak.wasm),
          filesStored: atPeak.stored,
          lastStored: atPeak.file.split('/').slice(-2).join('/'),
        },
        pgliteWasmAtEnd: mb(wasmBytes()),
        peaks: { heapUsed: mb(peakOf.heapUsed), external: mb(peakOf.external), arrayBuffers: mb(peakOf.arrayBuffers) },
      },
      documents: outcomes.filter((o) => o.status === 'ingested').length,
      stagesS: Object.fromEntries(
        Object.entries(timings).map(([k, v]) => [k, k.endsWith('Ms') ? +(v / 1000).toFixed(2) : v]),
      ),
    }),
  );
  if (process.argv.includes('--sql')) {
    for (const [sql, t] of [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
      console.log(`${(t.ms / 1000).toFixed(2).padStart(7)} s ${String(t.n).padStart(7)}×  ${sql}`);
    }
  }
  await db.close();
  if (!process.argv.includes('--keep')) rmSync(storeDir, { recursive: true, force: true });
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Time per statement shape (its first words), when `--sql` asks for it. */
const sqlTimes = new Map<string, { ms: number; n: number }>();

function timedDb(db: Db): Db {
  const time = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      const key = sql
        .replace(/\s+/g, ' ')
        .replace(/\(\$\d+.*$/, '(…')
        .slice(0, 90);
      const t = sqlTimes.get(key) ?? { ms: 0, n: 0 };
      t.ms += performance.now() - started;
      t.n++;
      sqlTimes.set(key, t);
    }
  };
  return {
    kind: db.kind,
    query: (sql, params) => time(sql, () => db.query(sql, params)),
    exec: (sql) => time(sql, () => db.exec(sql)),
    transaction: (fn) => time('(transaction)', () => db.transaction((tx) => fn(timedDb(tx)))),
    close: () => db.close(),
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
