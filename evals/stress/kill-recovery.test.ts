/**
 * @module evals/stress/kill-recovery.test
 * Crash consistency: the ingestion CLI is killed with SIGKILL at random moments while it writes
 * (corpus plus synthetic documents), again and again on the same store. Most kills land a random
 * delay after a random file's progress line (inside that file's parse and save, or in the vector
 * refresh after the last one); some land during start-up (store creation, migrations). After every
 * kill the store must open, pass its integrity checks, and hold each document whole or not at all;
 * at the end an uninterrupted run completes and every document is present with its vectors.
 * Results go to `results/kill-latest.json`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appliedMigrations, type Db, migrateToLatest, migrations, openPglite } from '../../core/store/index.ts';
import { ROOT, spawnTs } from './spawn-server.ts';
import { type ExpectedDocument, expectedDocuments, inspectStore } from './store-checks.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';
import { createRng } from '../bench/prng.ts';

/** Kills to land, the runs that may be tried for them, and the time they may take together. A run can end
 * before its kill (ingestion got faster than a planned delay): such runs do not count, the loop tries again. */
const KILLS = 24;
const MAX_RUNS = 48;
const KILL_BUDGET_MS = 12 * 60_000;
/** Share of kills aimed at start-up (by time) rather than at a file's progress line. */
const STARTUP_SHARE = 0.15;
const SEED = 0x5eed;

const CORPUS = join(ROOT, 'corpus');

/** The PGlite folder under VANKIEN_DATA: where `PG_VERSION` is. */
function pgliteDir(data: string): string | undefined {
  if (!existsSync(data)) return undefined;
  if (existsSync(join(data, 'PG_VERSION'))) return data;
  for (const name of readdirSync(data)) {
    const p = join(data, name);
    if (statSync(p).isDirectory()) {
      const found = pgliteDir(p);
      if (found) return found;
    }
  }
  return undefined;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  output: string;
  killed: boolean;
}

/** When to kill a run: `delayMs` after start, or after the progress line of file number `afterFile`. */
type KillPlan = { afterFile?: number; delayMs: number };

/** Runs the CLI on `files`; kills it with SIGKILL as `plan` says, if it is still running by then. */
function runIngest(files: string[], data: string, plan?: KillPlan): Promise<RunResult> {
  const started = Date.now();
  // A dense weight above 0 keeps the vector refresh on the ingestion path (at 0 it waits for a dense search),
  // so kills still land in it and a completed run must leave every clause its vector.
  const child = spawnTs('app/ingest-cli.ts', files, {
    VANKIEN_DATA: data,
    VANKIEN_CORPUS: CORPUS,
    VANKIEN_DENSE_WEIGHT: '0.15',
  });
  let output = '';
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = (ms: number) => {
    timer ??= setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, ms);
  };
  if (plan && plan.afterFile === undefined) arm(plan.delayMs);
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
    // Progress lines: `[3/9] path` (the CLI prints them to stderr when it has no TTY).
    if (plan?.afterFile !== undefined) {
      for (const m of d.toString().matchAll(/^\[(\d+)\/\d+\]/gm)) if (Number(m[1]) >= plan.afterFile) arm(plan.delayMs);
    }
  });
  // Never wait forever on one run.
  const guard = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ code, signal, ms: Date.now() - started, output, killed: killed && signal === 'SIGKILL' });
    });
  });
}

interface KillRecord {
  n: number;
  plan: KillPlan;
  ranMs: number;
  killed: boolean;
  opened: boolean;
  openError?: string;
  migrationsBefore: number;
  present: number;
  clausesWithoutVectors: number;
  problems: string[];
}

describe('SIGKILL during ingestion', () => {
  let work: string;
  let files: string[];
  let expected: Map<string, ExpectedDocument>;
  const records: KillRecord[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'vankien-kill-'));
    const synthetic = writeSyntheticCorpus(join(work, 'synthetic'), { documents: 4, clausesPerDocument: 150 });
    const corpus = readdirSync(CORPUS)
      .filter((n) => /\.(txt|pdf|docx)$/i.test(n))
      .sort()
      .map((n) => join(CORPUS, n));
    // Interleave: writes of small and large documents alternate.
    files = [];
    for (let i = 0; i < Math.max(corpus.length, synthetic.length); i++) {
      if (corpus[i]) files.push(corpus[i]);
      if (synthetic[i]) files.push(synthetic[i]);
    }
    expected = await expectedDocuments(files);
  }, 5 * 60_000);

  /** Written after every kill, so a run stopped half-way still leaves its evidence. */
  const writeResults = () => {
    const resultsDir = join(ROOT, 'evals/stress/results');
    mkdirSync(resultsDir, { recursive: true });
    const summary = {
      at: new Date().toISOString(),
      files: files?.length,
      clauses: [...(expected?.values() ?? [])].reduce((n, d) => n + d.clauses, 0),
      kills: records.filter((r) => r.killed).length,
      // A kill before the store folder existed left nothing to damage: it counts as survived.
      survived: records.filter((r) => r.killed && r.openError === undefined && r.problems.length === 0).length,
      beforeStore: records.filter((r) => r.killed && !r.opened && r.openError === undefined).length,
      records,
    };
    writeFileSync(join(resultsDir, 'kill-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  };

  afterAll(() => {
    writeResults();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(
    'leaves a store that opens, passes integrity and holds whole documents after every kill; a final run completes',
    async () => {
      const rnd = createRng(SEED).next;
      const data = join(work, 'data');
      const started = Date.now();
      // How long a run over a complete store takes (it only refreshes vectors): kills aimed at that phase land
      // within it. Learned from the last such run that finished; 20 s until one has.
      let refreshMs = 20_000;
      const landed = () => records.filter((r) => r.killed).length;
      for (let n = 1; landed() < KILLS && n <= MAX_RUNS && Date.now() - started < KILL_BUDGET_MS; n++) {
        // Once every document is stored, runs only refresh vectors: half the time aim there (fit, clear,
        // embed in batches), half the time start over from an empty store (creation, migrations, writes).
        const everything = records.length > 0 && records[records.length - 1].present === expected.size;
        if (everything && rnd() < 0.5) rmSync(data, { recursive: true, force: true });
        // Otherwise: start-up by time, or a random file's parse and save by its predecessor's progress
        // line plus up to 2.5 s (after the last file: the vector refresh).
        const plan: KillPlan =
          everything && existsSync(data)
            ? { afterFile: files.length, delayMs: Math.round(rnd() * refreshMs) }
            : rnd() < STARTUP_SHARE
              ? { delayMs: Math.round(300 + rnd() * 12_000) }
              : { afterFile: 1 + Math.floor(rnd() * files.length), delayMs: Math.round(rnd() * 2500) };
        const run = await runIngest(files, data, plan);
        if (!run.killed && plan.afterFile === files.length) refreshMs = Math.min(refreshMs, run.ms);
        const record: KillRecord = {
          n,
          plan,
          ranMs: run.ms,
          killed: run.killed,
          opened: false,
          migrationsBefore: 0,
          present: 0,
          clausesWithoutVectors: 0,
          problems: [],
        };
        records.push(record);
        const dir = pgliteDir(data);
        if (dir !== undefined) {
          let db: Db | undefined;
          try {
            db = await openPglite(dir);
            record.opened = true;
          } catch (err) {
            record.openError = err instanceof Error ? err.message : String(err);
          }
          if (db) {
            try {
              record.migrationsBefore = (await appliedMigrations(db)).length;
              // What the next start does: bring the schema up (a kill during the first migration leaves none).
              if (record.migrationsBefore < migrations.length) await migrateToLatest(db);
              const report = await inspectStore(db, expected);
              record.present = report.present.length;
              record.clausesWithoutVectors = report.clausesWithoutVectors;
              record.problems = report.problems;
            } catch (err) {
              record.problems.push(`inspection failed: ${err instanceof Error ? err.message : String(err)}`);
            } finally {
              await db.close();
            }
          }
        }
        writeResults();
        // A run that finished before its kill leaves nothing to interrupt: start again from an empty store.
        if (!run.killed) {
          expect(run.code, run.output.slice(-3000)).toBe(0);
          rmSync(data, { recursive: true, force: true });
        }
      }
      const killed = records.filter((r) => r.killed);
      const broken = records.filter((r) => r.openError !== undefined || r.problems.length > 0);
      expect(killed.length).toBeGreaterThanOrEqual(Math.min(20, KILLS));
      expect(broken, JSON.stringify(broken, null, 2)).toEqual([]);

      // Finally an uninterrupted run on the same store completes and everything is there, whole.
      const last = await runIngest(files, data);
      expect(last.code, last.output.slice(-3000)).toBe(0);
      const dir = pgliteDir(data);
      expect(dir).toBeDefined();
      const db = await openPglite(dir);
      try {
        const report = await inspectStore(db, expected);
        expect(report.problems).toEqual([]);
        expect(report.present.sort()).toEqual([...expected.keys()].sort());
        expect(report.clausesWithoutVectors, 'every clause has its vector after a completed run').toBe(0);
      } finally {
        await db.close();
      }
    },
    15 * 60_000,
  );
});
