/** @module answer/relevance.test — the abstention decision, signal by signal. */

import { describe, expect, it } from 'vitest';
import { abstainReason, type RelevanceReport } from './relevance.ts';

const answered: RelevanceReport = {
  coverage: 0.8,
  absent: [],
  absentShare: 0,
  strangePairs: [],
  strangePairShare: 0.1,
  foreignPlace: null,
  unknownDocument: null,
  notUnderstood: [],
  understood: 3,
};

describe('abstainReason', () => {
  it('answers when every signal says the corpus answers', () => {
    expect(abstainReason(answered, 'lead')).toBeNull();
  });

  it.each<[string, Partial<RelevanceReport>, RegExp]>([
    ['a document the store neither holds nor cites', { unknownDocument: '100/2019/NĐ-CP' }, /unknown document/],
    ['a place no retrieved document is about', { foreignPlace: 'Hà Nội' }, /no document about Hà Nội/],
    [
      'concepts the corpus never mentions',
      { absent: ['health insurance'], absentShare: 0.42 },
      /not in the corpus: health insurance/,
    ],
    [
      'word pairs strange to the corpus',
      { strangePairs: ['xe may', 'vuot den'], strangePairShare: 0.67 },
      /phrases not in the corpus/,
    ],
    ['a weak match', { coverage: 0.2 }, /weak match/],
    [
      'more words not understood than understood',
      { notUnderstood: ['dredging', 'sites'], understood: 1 },
      /words not understood: dredging, sites/,
    ],
  ])('abstains on %s', (_, change, reason) => {
    expect(abstainReason({ ...answered, ...change }, 'content')).toMatch(reason);
  });

  it('answers when what was understood carries the question', () => {
    expect(abstainReason({ ...answered, notUnderstood: ['compiles'], understood: 2 }, 'report')).toBeNull();
  });

  it('does not ask lineage and metadata answers for clause coverage (they read the graph and the header)', () => {
    expect(abstainReason({ ...answered, coverage: 0.1 }, 'lineage')).toBeNull();
    expect(abstainReason({ ...answered, coverage: 0.1 }, 'metadata')).toBeNull();
  });
});
