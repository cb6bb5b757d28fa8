/**
 * @module web/e2e/global-setup
 * Starts the real app once for the browser suite: `tsx app/serve.ts` on a free port, with its store and
 * corpus (a copy of `corpus/`) in a temporary folder and an admin token set; stops it afterwards.
 * With VANKIEN_E2E_URL set, the suite runs against that server instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const E2E_TOKEN = 'e2e-token-not-secret';
const ROOT = resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 280_000;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    token: string;
  }
}

function waitForListening(child: ChildProcess, log: string[]): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${START_TIMEOUT_MS / 1000} s:\n${log.join('')}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const m = /listening on (http:\/\/[\w.:[\]-]+)/.exec(log.join(''));
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before listening:\n${log.join('')}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Against a server already running (debugging): VANKIEN_E2E_URL=http://127.0.0.1:3000 npm run test:e2e
  const running = process.env.VANKIEN_E2E_URL;
  if (running) {
    project.provide('baseUrl', running.replace(/\/$/, ''));
    project.provide('token', process.env.VANKIEN_E2E_TOKEN ?? E2E_TOKEN);
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'vankien-e2e-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  mkdirSync(join(ROOT, 'web/e2e/screenshots'), { recursive: true });
  const log: string[] = [];
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['app/serve.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      VANKIEN_DATA: join(dir, 'data'),
      VANKIEN_CORPUS: corpus,
      VANKIEN_API_TOKEN: E2E_TOKEN,
      VANKIEN_EMBEDDER: 'hashed-ngram',
      VANKIEN_CHAT: 'none',
      VANKIEN_RATE_LIMIT: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await waitForListening(child, log);
    project.provide('baseUrl', url);
    project.provide('token', E2E_TOKEN);
  } catch (err) {
    await stop();
    throw err;
  }
  return stop;
}
