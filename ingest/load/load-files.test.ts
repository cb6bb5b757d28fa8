import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFiles } from './index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-load-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('returns one result per file and does not stop at a bad one', async () => {
  const good = join(dir, 'good.txt');
  const empty = join(dir, 'empty.txt');
  const missing = join(dir, 'missing.pdf');
  await writeFile(good, 'Kế hoạch số 12-KH/TU');
  await writeFile(empty, '');

  const results = await loadFiles([empty, good, missing]);

  expect(results.map((r) => [r.file, r.status, r.status === 'failed' ? r.error.code : r.loaded.text])).toEqual([
    [empty, 'failed', 'empty_document'],
    [good, 'loaded', 'Kế hoạch số 12-KH/TU'],
    [missing, 'failed', 'file_unreadable'],
  ]);
});
