/** @module answer/verify-citations.test — the citation contract against a real store: fabricated, misquoted and foreign citations fail. */

import { describe, expect, it } from 'vitest';
import { useTestStore } from './test-store.ts';
import type { Citation } from './types.ts';
import { verifyCitations } from './verify-citations.ts';

describe('verifyCitations', () => {
  const store = useTestStore();
  const good = (): Citation => ({
    clauseId: 'doc-a~I-1',
    documentId: 'doc-a',
    label: 'whatever the caller says',
    quote: 'tỷ lệ che phủ rừng đạt 74,8%',
  });

  it('accepts an exact quote and takes the label from the store', async () => {
    const { verified, rejected } = await verifyCitations(store().db, [good()]);
    expect(rejected).toEqual([]);
    expect(verified).toEqual([{ ...good(), label: 'doc-a-NQ/TU, mục I.1' }]);
  });

  it.each<[string, Partial<Citation>, string]>([
    ['a fabricated clause id', { clauseId: 'doc-a~IX-9' }, 'unknown_clause'],
    ['a fabricated document', { clauseId: 'doc-zzz~I-1', documentId: 'doc-zzz' }, 'unknown_clause'],
    ['a clause of another document', { documentId: 'doc-inj' }, 'document_mismatch'],
    ['a misquote (one word changed)', { quote: 'tỷ lệ che phủ rừng đạt 84,8%' }, 'quote_not_in_clause'],
    ['a paraphrase', { quote: 'độ che phủ rừng 74,8%' }, 'quote_not_in_clause'],
    ['a quote from a sibling clause', { quote: 'MỤC TIÊU VÀ NHIỆM VỤ' }, 'quote_not_in_clause'],
    ['a quote with the tone marks placed differently', { quote: 'Uỷ ban nhân dân thành phố' }, 'quote_not_in_clause'],
    ['a trivial quote', { quote: 'đạt' }, 'quote_too_short'],
  ])('rejects %s', async (_, change, reason) => {
    const { verified, rejected } = await verifyCitations(store().db, [{ ...good(), ...change }]);
    expect(verified).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([reason]);
  });

  it('keeps the good citations of a mixed batch and merges duplicates', async () => {
    const { verified, rejected } = await verifyCitations(store().db, [
      good(),
      { ...good(), clauseId: 'doc-a~nope' },
      good(),
    ]);
    expect(verified).toHaveLength(1);
    expect(rejected).toHaveLength(1);
  });
});
