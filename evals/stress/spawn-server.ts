/**
 * @module evals/stress/spawn-server
 * Starts the real server (`app/serve.ts`) as a child process on a free loopback port with its own
 * store folder, waits until `/api/health` answers, and stops it. Node runs the TypeScript directly
 * (`node --import tsx`), so the child's pid is the server's: its RSS can be read and a kill reaches it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Only loopback: stress traffic never leaves the machine. */
export const HOST = '127.0.0.1';

/** A port the kernel says is free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MiB, from /proc (Linux); NaN when unavailable. */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Runs a TypeScript entry point of the repo with `node --import tsx`, output captured. */
export function spawnTs(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** What stays reachable in the server after a full collection (MiB); `collected` false when gc was not exposed. */
export interface HeapFigures {
  heapUsedMiB: number;
  externalMiB: number;
  rssMiB: number;
  collected: boolean;
}

export interface RunningServer {
  url: string;
  pid: number;
  rssMiB(): number;
  /** The heap after a full collection, through `heap-probe.mjs` (a server started with `heapProbe`). */
  heapAfterGc(): Promise<HeapFigures>;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Store folder (VANKIEN_DATA). */
  data: string;
  /** Corpus folder ingested at start (VANKIEN_CORPUS). */
  corpus: string;
  env?: Record<string, string>;
  /** How long start-up (including the corpus ingest) may take. */
  startTimeoutMs?: number;
  /** Preload `heap-probe.mjs` with gc exposed, for `heapAfterGc`. */
  heapProbe?: boolean;
}

const HEAP_PROBE = fileURLToPath(new URL('./heap-probe.mjs', import.meta.url));
const HEAP_LINE = /\[heap-probe\] (\{.*\})\n/g;

/** Starts `app/serve.ts` on a free loopback port and resolves when `/api/health` answers 200. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const probe: Record<string, string> = options.heapProbe
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --import ${HEAP_PROBE}`.trim() }
    : {};
  const child = spawnTs('app/serve.ts', [], {
    PORT: String(port),
    HOST,
    VANKIEN_DATA: options.data,
    VANKIEN_CORPUS: options.corpus,
    ...probe,
    ...options.env,
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${HOST}:${port}`;
  const server: RunningServer = {
    url,
    pid: child.pid ?? -1,
    rssMiB: () => rssMiB(child.pid ?? -1),
    heapAfterGc: async () => {
      if (!options.heapProbe) throw new Error('heapAfterGc needs a server started with heapProbe: true');
      const seen = [...log.matchAll(HEAP_LINE)].length;
      child.kill('SIGUSR2');
      // The server answers between requests: under a queue left by the load this may take a while.
      for (const started = Date.now(); Date.now() - started < 120_000; ) {
        const lines = [...log.matchAll(HEAP_LINE)];
        if (lines.length > seen) {
          const m = JSON.parse(lines[lines.length - 1][1]) as {
            heapUsed: number;
            external: number;
            rss: number;
            collected: boolean;
          };
          const mib = (bytes: number) => bytes / 2 ** 20;
          return {
            heapUsedMiB: mib(m.heapUsed),
            externalMiB: mib(m.external),
            rssMiB: mib(m.rss),
            collected: m.collected,
          };
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('the server printed no heap figures within 120 s of SIGUSR2');
    },
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 5 * 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode} during start:\n${log.slice(-4000)}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await server.stop();
  throw new Error(`server did not answer /api/health within the start timeout:\n${log.slice(-4000)}`);
}
