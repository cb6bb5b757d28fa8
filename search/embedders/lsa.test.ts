/**
 * @module search/embedders/lsa.test
 * The corpus-trained embedder: its SVD against an exact one, determinism, state round trip, and
 * that it learns co-occurrence from real clauses (words that share contexts end up near each other).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LsaEmbeddings } from './lsa.ts';
import { type SparseColumns, symmetricEigen, truncatedSvd } from './randomized-svd.ts';

const CORPUS = resolve(import.meta.dirname, '..', '..', 'corpus');
const lines = readdirSync(CORPUS)
  .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split(/\n+/))
  .filter((l) => l.trim().length > 30);

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('randomized truncated SVD', () => {
  it('finds the singular values of a small dense matrix (checked against its exact eigenvalues)', () => {
    // 4 terms × 5 documents, stored by column.
    const dense = [
      [1, 0, 2, 0, 1],
      [0, 3, 0, 1, 0],
      [2, 0, 1, 0, 0],
      [0, 1, 0, 2, 1],
    ];
    const ptr = [0];
    const terms: number[] = [];
    const weights: number[] = [];
    for (let j = 0; j < 5; j++) {
      for (let i = 0; i < 4; i++)
        if (dense[i][j] !== 0) {
          terms.push(i);
          weights.push(dense[i][j]);
        }
      ptr.push(terms.length);
    }
    const x: SparseColumns = {
      rows: 4,
      cols: 5,
      ptr: Int32Array.from(ptr),
      terms: Int32Array.from(terms),
      weights: Float32Array.from(weights),
    };
    const svd = truncatedSvd(x, 2, { seed: 3 });
    const xxt = new Float64Array(16);
    for (let i = 0; i < 4; i++)
      for (let k = 0; k < 4; k++) for (let j = 0; j < 5; j++) xxt[i * 4 + k] += dense[i][j] * dense[k][j];
    const exact = [...symmetricEigen(xxt, 4).values].sort((a, b) => b - a).map(Math.sqrt);
    expect(svd.sigma[0]).toBeCloseTo(exact[0], 4);
    expect(svd.sigma[1]).toBeCloseTo(exact[1], 4);
  });
});

describe('LsaEmbeddings', () => {
  const e = new LsaEmbeddings({ dim: 32 });
  e.fit(lines);

  it('is deterministic: the same corpus gives the same vectors', async () => {
    const again = new LsaEmbeddings({ dim: 32 });
    again.fit(lines);
    expect(again.fingerprint).toBe(e.fingerprint);
    expect(await again.embedQuery('thu gom rác thải')).toEqual(await e.embedQuery('thu gom rác thải'));
  });

  it('round-trips its fitted state', async () => {
    const copy = new LsaEmbeddings({ dim: 32 });
    copy.importState(e.exportState() ?? '');
    expect(copy.fittedOn).toBe(lines.length);
    const [a, b] = [await e.embedQuery('khai thác cát'), await copy.embedQuery('khai thác cát')];
    expect(cosine(a, b)).toBeCloseTo(1, 5);
  });

  it('learns from co-occurrence: "rác thải" is nearer "chôn lấp" than "tuyên truyền"', () => {
    const similarity = new Map(e.neighbours('rac thai', 100_000).map((n) => [n.term, n.similarity]));
    expect(similarity.get('chon lap')).toBeGreaterThan(0.5);
    expect(similarity.get('chon lap')).toBeGreaterThan(similarity.get('tuyen truyen') ?? 1);
  });

  it('gives unit vectors of its width, and one shared vector to text with no known term', async () => {
    const v = await e.embedQuery('xyzzy plugh');
    expect(v).toHaveLength(32);
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(v[0]).toBe(1);
  });
});
