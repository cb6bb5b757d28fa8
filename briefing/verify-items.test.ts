/** @module briefing/verify-items.test — edited briefing items against a real store: what an export accepts and why it refuses. */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../answer/test-store.ts';
import type { BriefingItem } from './types.ts';
import { verifyItems } from './verify-items.ts';

const QUOTE = 'tỷ lệ che phủ rừng đạt 74,8%';

/** An item quoting `quote` from item I.1 of the fixture document, with its citation changed by `change`. */
function item(change: Partial<BriefingItem['citation']> = {}, quote = QUOTE): BriefingItem {
  const citation = { clauseId: 'doc-a~I-1', documentId: 'doc-a', label: 'doc-a-NQ/TU, mục I.1', quote, ...change };
  return { id: 'targets:doc-a~I-1:0', summary: null, text: citation.quote, citation };
}

describe('verifyItems', () => {
  const store = useTestStore();
  const problems = async (i: BriefingItem) =>
    (await verifyItems(store().db, [{ id: 'targets', items: [i] }])).map((p) => p.reason);

  it('accepts an item whose citation holds', async () => {
    expect(await problems(item())).toEqual([]);
  });

  // The answer's 8-character floor on quotes does not apply: briefing sentences may be shorter.
  it('accepts a quote shorter than an answer may cite', async () => {
    expect(await problems(item({}, 'đạt 74,8%'))).toEqual([]);
  });

  it.each<[string, BriefingItem, string]>([
    ['a fabricated clause', item({ clauseId: 'doc-a~IX-9' }), 'no clause doc-a~IX-9'],
    ['a clause of another document', item({ documentId: 'doc-inj' }), 'clause doc-a~I-1 is not in document doc-inj'],
    ['no document id', item({ documentId: '' }), 'clause doc-a~I-1 is not in document '],
    ['a label of its own', item({ label: 'mục 1' }), 'label "mục 1" is not the clause\'s label "doc-a-NQ/TU, mục I.1"'],
    ['a misquote', item({}, 'tỷ lệ che phủ rừng đạt 84,8%'), 'the quote is not in the text of doc-a-NQ/TU, mục I.1'],
    ['an empty quote', { ...item({}, ''), text: 'x' }, 'the quote is not in the text of doc-a-NQ/TU, mục I.1'],
    ['edited text', { ...item(), text: 'Đạt 100%.' }, 'the item text differs from its quote'],
  ])('refuses %s', async (_, bad, reason) => {
    expect(await problems(bad)).toEqual([reason]);
  });
});
