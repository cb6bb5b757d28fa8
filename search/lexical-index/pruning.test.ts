/** @module search/lexical-index/pruning.test — MaxScore-pruned scoring ranks the same top k as exhaustive scoring, on synthetic and real text. */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BM25_DEFAULTS } from '../bm25.ts';
import { analyzeQuery } from '../query.ts';
import { InvertedIndex } from './inverted-index.ts';
import { buildSegment, decodeSegment, type SegmentClause } from './segment.ts';

/** bm25Search's ranking over an own-score array: own + cw·parent + cw²·grandparent, ties by id. */
function topK(index: InvertedIndex, own: Float64Array, k: number): Array<[string, number]> {
  const cw = BM25_DEFAULTS.contextWeight;
  const r9 = (x: number) => Math.round(x * 1e9) / 1e9;
  const ctx = (ord: number) => (ord < 0 ? 0 : r9(own[ord]));
  const hits: Array<[string, number]> = [];
  own.forEach((s, ord) => {
    if (s <= 0) return;
    const p = index.parentOf(ord);
    const g = p < 0 ? -1 : index.parentOf(p);
    hits.push([index.clauseId(ord), r9(r9(s) + cw * ctx(p) + cw * cw * ctx(g))]);
  });
  return hits.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, k);
}

function expectSameTopK(index: InvertedIndex, queries: string[], k: number, accept?: (id: string) => boolean) {
  let pruned = 0;
  for (const q of queries) {
    const terms = analyzeQuery(q).terms;
    const exhaustive = topK(index, index.scoreTerms(terms, BM25_DEFAULTS, accept), k);
    const fast = index.scoreTermsTopK(terms, BM25_DEFAULTS, k, accept);
    const got = topK(index, fast, k);
    expect(
      got.map((h) => h[0]),
      q,
    ).toEqual(exhaustive.map((h) => h[0]));
    got.forEach((h, i) => {
      expect(h[1]).toBeCloseTo(exhaustive[i][1], 8);
    });
    if (fast.filter((s) => s > 0).length < index.scoreTerms(terms, BM25_DEFAULTS, accept).filter((s) => s > 0).length)
      pruned++;
  }
  return pruned;
}

/** Real text: the repository's archive copies, one document per file, a clause per paragraph under its heading line. */
function realIndex(): { index: InvertedIndex; paragraphs: string[] } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) files.push(path);
    }
  };
  walk(join(import.meta.dirname, '../../evals/archive'));
  const index = new InvertedIndex();
  const paragraphs: string[] = [];
  files.sort().forEach((file, d) => {
    const lines = readFileSync(file, 'utf8')
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l.length > 20);
    const clauses: SegmentClause[] = [];
    let heading: string | null = null;
    lines.forEach((text, i) => {
      const id = `doc${d}~${i}`;
      // A short line opens a group; the lines after it are its children (and a long line's sub-lines its grandchildren).
      const parentId = text.length < 80 ? null : heading;
      clauses.push({ id, parentId, text });
      if (text.length < 80) heading = id;
      paragraphs.push(text);
    });
    index.addDocument(`doc${d}`, 1, decodeSegment(buildSegment(clauses)));
  });
  return { index, paragraphs };
}

describe('scoreTermsTopK (MaxScore pruning)', () => {
  it('ranks the same top k as exhaustive scoring on a synthetic corpus of common and rare syllables', () => {
    const common = ['của', 'và', 'các', 'nhân dân', 'quản lý', 'nhà nước', 'thực hiện', 'theo', 'quy định'];
    const rare = ['khai thác cát', 'sông Hậu', 'vật liệu nổ', 'phòng cháy', 'cụm công nghiệp', 'thẩm định'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = (xs: string[]) => xs[Math.floor(next() * xs.length)];
    const index = new InvertedIndex();
    for (let d = 0; d < 40; d++) {
      const clauses: SegmentClause[] = [];
      for (let c = 0; c < 60; c++) {
        const words = Array.from({ length: 4 + Math.floor(next() * 20) }, () =>
          next() < 0.1 ? pick(rare) : pick(common),
        );
        clauses.push({
          id: `s${d}~${c}`,
          parentId: c % 6 === 0 ? null : `s${d}~${c - (c % 6)}`,
          text: words.join(' '),
        });
      }
      index.addDocument(`s${d}`, 1, decodeSegment(buildSegment(clauses)));
    }
    index.removeDocument('s3'); // removed clauses stay in postings: pruning must skip them too
    const queries = [
      ...rare.map((r) => `${r} của các nhân dân`),
      'quản lý nhà nước theo quy định',
      'khai thác cát sông Hậu',
    ];
    for (const k of [1, 10, 50]) expectSameTopK(index, queries, k);
    expectSameTopK(index, queries, 10, (id) => id !== 's5');
  });

  it('ranks the same top k as exhaustive scoring on the archive copies, and prunes some queries there', () => {
    const { index, paragraphs } = realIndex();
    // Queries: real phrases — the first words of every 400th paragraph — plus questions in the genre's words.
    const queries = [
      ...paragraphs.filter((_, i) => i % 400 === 0).map((p) => p.split(/\s+/).slice(0, 6).join(' ')),
      'Cơ quan nào chủ trì thẩm định thiết kế mỏ?',
      'trách nhiệm của Ủy ban nhân dân tỉnh trong quản lý cụm công nghiệp',
      'sử dụng vật liệu nổ công nghiệp',
    ];
    expect(queries.length).toBeGreaterThan(8);
    const pruned = expectSameTopK(index, queries, 50);
    expect(pruned).toBeGreaterThan(0);
  });
});
