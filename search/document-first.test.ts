/**
 * @module search/document-first.test — the document-first stage's list: documents by score, their clauses
 * interleaved in flat order. Its effect on whole rankings is measured by `npm run rank:dev` (a few
 * small fixture documents give document-level IDF too little to tell).
 */
import { describe, expect, it } from 'vitest';
import type { LexicalHit } from './bm25.ts';
import { documentFirst, documentScores } from './document-first.ts';

const hit = (clauseId: string, score: number): LexicalHit => ({
  clauseId,
  documentId: clauseId.split('~')[0],
  own: score,
  score,
});

describe('documentFirst', () => {
  const hits = [hit('law~1', 90), hit('law~2', 80), hit('letter~1', 40), hit('law~3', 30), hit('letter~2', 20)];

  it('reads the best-scored documents first, their clauses interleaved in flat order', () => {
    const scores = new Map([
      ['letter', 9],
      ['law', 5],
    ]);
    expect(documentFirst(hits, scores)).toEqual(['letter~1', 'law~1', 'letter~2', 'law~2', 'law~3']);
  });

  it('keeps to the documents and clauses per document asked', () => {
    const scores = new Map([
      ['letter', 9],
      ['law', 5],
    ]);
    expect(documentFirst(hits, scores, { documents: 1, perDocument: 1 })).toEqual(['letter~1']);
  });

  it('adds the record fit, weighted, to the content score', () => {
    expect(documentScores(new Map([['letter', 2]]), new Map([['law', 3]]), 2)).toEqual(
      new Map([
        ['law', 3],
        ['letter', 4],
      ]),
    );
  });
});
