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

export interface RunningServer {
  url: string;
  pid: number;
  rssMiB(): number;
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
}

/** Starts `app/serve.ts` on a free loopback port and resolves when `/api/health` answers 200. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const child = spawnTs('app/serve.ts', [], {
    PORT: String(port),
    HOST,
    VANKIEN_DATA: options.data,
    VANKIEN_CORPUS: options.corpus,
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
