/** @module answer/keep-verified.test — the final gate drops sentences whose citation failed and renumbers the rest. */

import { describe, expect, it } from 'vitest';
import { keepVerified } from './ask.ts';
import type { Citation } from './types.ts';

const c = (clauseId: string, quote: string): Citation => ({
  clauseId,
  documentId: 'd',
  label: `d, ${clauseId}`,
  quote,
});

describe('keepVerified', () => {
  const citations = [c('d~1', 'một'), c('d~2', 'hai'), c('d~3', 'ba')];
  const text = 'Câu một “một” [1]. Câu hai “hai” [2]. Câu ba “ba” [3].';

  it('returns everything when every citation verified', () => {
    expect(keepVerified(text, citations, citations)).toEqual({ text, citations, removed: 0 });
  });

  it('drops the sentence of a failed citation and renumbers the markers after it', () => {
    const kept = keepVerified(text, citations, [citations[0], citations[2]]);
    expect(kept).toEqual({
      text: 'Câu một “một” [1]. Câu ba “ba” [2].',
      citations: [citations[0], citations[2]],
      removed: 1,
    });
  });
});
