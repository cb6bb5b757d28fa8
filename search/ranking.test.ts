/** @module search/ranking.test — pure ranking pieces: BM25 term math, rank fusion, highlights, filters SQL. */

import { describe, expect, it } from 'vitest';
import { BM25_DEFAULTS, bm25Idf, bm25TermScore } from './bm25.ts';
import { filterSql, paramsOf } from './filters.ts';
import { RRF_K, fuse } from './fusion.ts';
import { highlight } from './highlight.ts';
import { analyzeQuery } from './query.ts';

describe('BM25 term math', () => {
  it('has Lucene’s always-positive IDF', () => {
    expect(bm25Idf(10, 1)).toBeCloseTo(Math.log(1 + 9.5 / 1.5), 12);
    expect(bm25Idf(10, 10)).toBeGreaterThan(0);
    expect(bm25Idf(100, 1)).toBeGreaterThan(bm25Idf(100, 50));
  });

  it('saturates term frequency towards idf·(k1+1)', () => {
    const idf = 2;
    const at = (tf: number) => bm25TermScore(idf, tf, 10, 10);
    expect(at(1)).toBeCloseTo(idf, 12); // tf 1 at average length scores exactly idf
    expect(at(2) - at(1)).toBeGreaterThan(at(3) - at(2));
    expect(at(1000)).toBeLessThan(idf * (BM25_DEFAULTS.k1 + 1));
  });

  it('normalizes by length: the same tf counts more in a shorter clause', () => {
    expect(bm25TermScore(2, 1, 5, 10)).toBeGreaterThan(bm25TermScore(2, 1, 20, 10));
    expect(bm25TermScore(2, 1, 5, 10, { ...BM25_DEFAULTS, b: 0 })).toBeCloseTo(
      bm25TermScore(2, 1, 20, 10, { ...BM25_DEFAULTS, b: 0 }),
      12,
    );
  });
});

describe('fuse', () => {
  it('sums weight / (k + rank) per clause id, best first, ties by id', () => {
    const fused = fuse([
      { name: 'lexical', ids: ['a', 'b', 'c'] },
      { name: 'dense', ids: ['c', 'b'], weight: 0.5 },
    ]);
    expect(fused.map((f) => f.clauseId)).toEqual(['b', 'c', 'a']);
    expect(fused[0]).toEqual({
      clauseId: 'b',
      score: 1 / (RRF_K + 2) + 0.5 / (RRF_K + 2),
      ranks: { lexical: 2, dense: 2 },
    });
    expect(
      fuse([
        { name: 'x', ids: ['z'] },
        { name: 'y', ids: ['y'] },
      ]).map((f) => f.clauseId),
    ).toEqual(['y', 'z']);
  });

  it('counts a clause once per channel', () => {
    expect(fuse([{ name: 'lexical', ids: ['a', 'a'] }])).toEqual([
      { clauseId: 'a', score: 1 / (RRF_K + 1), ranks: { lexical: 1 } },
    ]);
  });
});

describe('highlight', () => {
  const spans = (text: string, query: string) =>
    highlight(text, analyzeQuery(query).terms).map((s) => text.slice(s.start, s.end));
  const text = 'Tăng cường kiểm soát khai thác cát trên sông Hậu, không cắt giảm quán triệt.';

  it.each([
    ['khai thác cát sông Hậu', ['khai thác cát', 'sông Hậu']],
    ['khai thac cat song hau', ['khai thác cát', 'sông Hậu', 'cắt']],
    ['cơ quan kiểm soát', ['kiểm soát']],
    ['Who controls sand mining?', ['kiểm soát khai thác cát']],
  ])('%s → %j', (query, expected) => {
    expect(spans(text, query)).toEqual(expected);
  });
});

describe('filterSql', () => {
  it('puts every value in a parameter', () => {
    const params: unknown[] = ['already'];
    const sql = filterSql(
      { type: 'NQ', issuer: "x' or 1=1 --", dateFrom: '2020', dateTo: '2024-06' },
      paramsOf(params),
    );
    expect(sql).toBe(
      "d.type = $2 and unaccent(lower(coalesce(d.issuer, ''))) like unaccent(lower($3)) and d.date >= left($4::text, length(d.date)) and d.date <= left($5::text, length(d.date))",
    );
    expect(params).toEqual(['already', 'NQ', "%x' or 1=1 --%", '2020', '2024-06']);
    expect(filterSql(undefined, paramsOf(params))).toBe('true');
  });
});
