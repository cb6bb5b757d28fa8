/** @module evals/bench/measure — what the bench measures with: an RSS peak sampler, folder size on disk, timed runs of a query mix. */

import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type LatencySummary, summarizeLatency } from '../metrics/latency.ts';

/**
 * Memory at the end of one phase of a bench tier (MB): the RSS peak seen during the phase, and at its end the RSS
 * and what it is made of — the main thread's JS heap; `external`, memory held by JS objects outside it, which counts
 * PGlite's WASM memory (a `WebAssembly.Memory` is external but no ArrayBuffer; it never shrinks) beside
 * `arrayBuffers`; and the rest (`other`: worker threads' heaps, native code and stacks).
 */
export interface PhaseMemory {
  phase: string;
  peakRssMb: number;
  rssMb: number;
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  otherMb: number;
}

/** Samples `process.memoryUsage().rss` every `everyMs` until stopped; `peak()` is the highest seen. */
export class RssSampler {
  private max = process.memoryUsage().rss;
  private phaseMax = this.max;
  private timer: NodeJS.Timeout | null = null;

  start(everyMs = 50): this {
    this.reset();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    return this;
  }

  /** Take a sample now (call inside long synchronous loops too). */
  sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.max) this.max = rss;
    if (rss > this.phaseMax) this.phaseMax = rss;
  }

  reset(): void {
    this.max = process.memoryUsage().rss;
    this.phaseMax = this.max;
  }

  /** Ends a phase: its RSS peak since the previous `endPhase` (or `reset`) and the memory now, by holder. */
  endPhase(phase: string): PhaseMemory {
    const m = process.memoryUsage();
    const peak = Math.max(this.phaseMax, m.rss);
    if (peak > this.max) this.max = peak;
    this.phaseMax = m.rss;
    return {
      phase,
      peakRssMb: mb(peak),
      rssMb: mb(m.rss),
      heapTotalMb: mb(m.heapTotal),
      heapUsedMb: mb(m.heapUsed),
      externalMb: mb(m.external),
      arrayBuffersMb: mb(m.arrayBuffers),
      otherMb: mb(Math.max(0, m.rss - m.heapTotal - m.external)),
    };
  }

  peak(): number {
    this.sample();
    return this.max;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.peak();
  }
}

/** Bytes of all files under a folder (0 when it does not exist). */
export function folderBytes(dir: string): number {
  let total = 0;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'utf8' });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += folderBytes(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

/**
 * Runs `fn` on the first `warmup` queries untimed (default: all of them), then times every query
 * `rounds` times; returns the latency summary (ms).
 * @example await timeQueries(queries, (q) => search(db, q, { k: 10 }), { warmup: 20 })
 */
export async function timeQueries<T>(
  queries: readonly T[],
  fn: (query: T) => Promise<unknown>,
  options: { warmup?: number; rounds?: number; onSample?: () => void } = {},
): Promise<LatencySummary> {
  for (const q of queries.slice(0, options.warmup ?? queries.length)) await fn(q);
  const samples: number[] = [];
  for (let r = 0; r < (options.rounds ?? 1); r++) {
    for (const q of queries) {
      const started = performance.now();
      await fn(q);
      samples.push(performance.now() - started);
      options.onSample?.();
    }
  }
  return summarizeLatency(samples);
}

export function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** One line for the log: `ingest: peak 812 MB, rss 790 (heap 210/250, external 40, arrayBuffers 12, other 500)`. */
export function formatPhaseMemory(p: PhaseMemory): string {
  const n = (x: number) => x.toFixed(0);
  return `${p.phase}: peak ${n(p.peakRssMb)} MB, rss ${n(p.rssMb)} (heap ${n(p.heapUsedMb)}/${n(p.heapTotalMb)}, external ${n(p.externalMb)}, arrayBuffers ${n(p.arrayBuffersMb)}, other ${n(p.otherMb)})`;
}
