/**
 * @module ingest/parse-pool
 * Decoding and parsing off the main thread: a small pool of worker threads running `loadFile`
 * (pdf-parse, mammoth, word-extractor) and `parseDocument`, so one core reads and parses the next
 * documents while the main thread stores the current one (PGlite runs on the main thread). Both are
 * pure and their results plain data, so a worker's answer is the same as an inline one; when workers
 * cannot start (or a job fails in one) the job runs inline instead — the pool is a speed-up, never a
 * new way for a file to fail, and a file's load error surfaces with its usual type.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedDocument } from '../core/types.ts';
import type { ClauseIndex } from './clause-index.ts';
import { type DecodeJob, type Decoded, decodeFile } from './decode-file.ts';
import { parseDocument, type Sidecar } from './parse-document.ts';

/** One document to parse: what `parseDocument` takes. */
export interface ParseJob {
  rawText: string;
  documentId: string;
  sourceName: string;
  sidecar?: Sidecar;
}

/** A parse, with the clause index when a worker built it beside the parse. */
export interface Parsed {
  parsed: ParsedDocument;
  index?: ClauseIndex;
}

/**
 * Asks the workers to build each parsed document's clause index too (`ClauseIndex`), so the main thread only
 * stores: `lexiconModule` is the URL of a module exporting `lexicon` (see `ClauseIndexer.lexiconModule`).
 */
export interface PoolIndexing {
  lexiconModule?: string;
}

export interface ParsePool {
  /** Worker threads (0: every job is parsed inline). */
  readonly size: number;
  /** Whether a worker has booted: until then a caller in a hurry parses inline (a worker takes a second or more to load the parser). */
  readonly ready: boolean;
  /** Milliseconds the workers spent parsing, as they report it. */
  readonly busyMs: number;
  /** Milliseconds the workers spent decoding files (`decode` jobs), as they report it. */
  readonly decodeMs: number;
  parse(job: ParseJob): Promise<ParsedDocument>;
  /** `parse`, with the clause index when a worker built it (a pool created with `indexing`). */
  parseIndexed(job: ParseJob): Promise<Parsed>;
  /** Decodes a file (and parses it, when `job.parse`); inline, never parses. */
  decode(job: DecodeJob): Promise<Decoded>;
  close(): Promise<void>;
}

/**
 * One worker per core beyond the main thread's, when the machine has a core to spare: on 2 cores
 * with a load average of 20 (helpers running beside it) a worker only adds contention and a second
 * JIT warm-up — measured 28–30 s against 17–24 s inline for 1,104 clauses — so then parsing stays inline.
 * `load` is other processes' load (see `othersLoad`).
 */
export function defaultParseWorkers(cores = availableParallelism(), load = othersLoad()): number {
  const workers = Math.min(cores - 1, Math.floor(cores - load));
  return workers >= 1 ? workers : 0;
}

/**
 * The 1-minute load average less this process's own share of it: a process that has been busy (the bench's
 * earlier tiers, a server's earlier batches) would otherwise read its own work as a busy machine and turn its
 * workers off. The share is the process's mean CPU use (all its threads) weighted by how much of the
 * average's 60 s window its uptime covers, so a fresh process takes the load average as it is.
 */
export function othersLoad(
  load = loadavg()[0],
  cpuSeconds = cpuSecondsSoFar(),
  uptimeSeconds = process.uptime(),
): number {
  if (uptimeSeconds <= 0) return load;
  const ownShare = (cpuSeconds / uptimeSeconds) * (1 - Math.exp(-uptimeSeconds / 60));
  return Math.max(0, load - ownShare);
}

function cpuSecondsSoFar(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const inline = (job: ParseJob): ParsedDocument =>
  parseDocument(job.rawText, { documentId: job.documentId, sourceName: job.sourceName, sidecar: job.sidecar });

/** Inline decoding: the main thread parses only the documents it stores (not duplicates). */
const inlineDecode = (job: DecodeJob): Promise<Decoded> => decodeFile({ ...job, parse: false });

/** A pool that parses on the calling thread (tests, size 0). */
export function inlineParsePool(): ParsePool {
  return {
    size: 0,
    ready: true,
    busyMs: 0,
    decodeMs: 0,
    parse: async (job) => inline(job),
    parseIndexed: async (job) => ({ parsed: inline(job) }),
    decode: inlineDecode,
    close: async () => {},
  };
}

/** A job sent to a worker, and what to do with its answer. */
type Pending =
  | { kind: 'parse'; job: ParseJob; resolve: (parsed: Parsed) => void; reject: (err: unknown) => void }
  | { kind: 'decode'; job: DecodeJob; resolve: (decoded: Decoded) => void; reject: (err: unknown) => void };

/** What a worker answers: a result, or `error` (the job then runs again inline). */
export interface WorkerAnswer {
  id: number;
  parsed?: ParsedDocument;
  index?: ClauseIndex;
  decoded?: Decoded;
  error?: string;
  ms: number;
  decodeMs?: number;
  ready?: true;
}

/**
 * A parse worker's old generation: unbounded, V8 let the worker's heap grow with the garbage of the files it decoded
 * (the archive's peak RSS was 2.2 GB with one worker, 1.6 GB with none). 512 MB was too little for one archive document
 * (the worker ran out of memory, the rest of the batch ran inline); a document that needs more than this also fails
 * the worker and runs inline, as every job of a broken worker does — with a warning.
 */
const WORKER_HEAP_MB = 1024;

/**
 * A pool of `size` parse workers; jobs go to the least busy worker. Close it when done (live workers keep the process up).
 * @example const pool = createParsePool(); const parsed = await pool.parse({ rawText, documentId, sourceName }); await pool.close();
 */
export function createParsePool(size = defaultParseWorkers(), indexing?: PoolIndexing): ParsePool {
  if (size <= 0) return inlineParsePool();
  // Workers load TypeScript through tsx, as the main thread does (Node 20 has no type stripping).
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => t.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  let nextId = 0;
  let busyMs = 0;
  let decodeMs = 0;
  let ready = false;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(boot, {
      eval: true,
      workerData: { indexing },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const pending = new Map<number, Pending>();
    const state = { worker, pending, broken: false };
    // A failed job or a dead worker: parse inline, so the document's own errors surface as they would without the pool.
    const fallBack = (p: Pending) => {
      if (p.kind === 'decode') {
        inlineDecode(p.job).then(p.resolve, p.reject);
        return;
      }
      try {
        p.resolve({ parsed: inline(p.job) });
      } catch (err) {
        p.reject(err);
      }
    };
    worker.on('message', (m: WorkerAnswer) => {
      if (m.ready) {
        ready = true;
        return;
      }
      busyMs += m.ms;
      decodeMs += m.decodeMs ?? 0;
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (p.kind === 'parse' && m.parsed)
        p.resolve(m.index ? { parsed: m.parsed, index: m.index } : { parsed: m.parsed });
      else if (p.kind === 'decode' && m.decoded) p.resolve(m.decoded);
      else fallBack(p);
    });
    const fail = () => {
      state.broken = true;
      for (const p of pending.values()) fallBack(p);
      pending.clear();
    };
    worker.on('error', (err: Error & { code?: string }) => {
      // Its jobs run inline from here on: say why, the batch slows down.
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') process.emitWarning(`parse worker out of memory (${err.message})`);
      fail();
    });
    worker.on('exit', fail);
    return state;
  });

  /** Sends a job to the least busy live worker; undefined when none is left. */
  const send = (pending: Pending): boolean => {
    const live = workers.filter((w) => !w.broken);
    if (live.length === 0) return false;
    const target = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    target.pending.set(id, pending);
    target.worker.postMessage({ id, kind: pending.kind, job: pending.job });
    return true;
  };

  const parseIndexed = (job: ParseJob) =>
    new Promise<Parsed>((resolve, reject) => {
      if (!send({ kind: 'parse', job, resolve, reject })) {
        Promise.resolve()
          .then(() => resolve({ parsed: inline(job) }))
          .catch(reject);
      }
    });

  return {
    size,
    get ready() {
      return ready;
    },
    get busyMs() {
      return busyMs;
    },
    get decodeMs() {
      return decodeMs;
    },
    parse: (job) => parseIndexed(job).then((p) => p.parsed),
    parseIndexed,
    decode(job) {
      return new Promise<Decoded>((resolve, reject) => {
        if (!send({ kind: 'decode', job, resolve, reject })) inlineDecode(job).then(resolve, reject);
      });
    },
    async close() {
      for (const w of workers) w.broken = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
