/**
 * The five seed documents against their hand-written gold (evals/gold/ingestion.json): metadata the
 * text carries and the shape of the clause tree. The gold is data, so the same checks feed `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../core/types.ts';
import { parseDocument } from './parse-document.ts';

interface GoldDocument {
  metadata: {
    type: string;
    symbol: string | null;
    issuer: string;
    issuerAliases?: string[];
    issuerPrinted?: boolean;
    place: string | null;
    placePrinted?: boolean;
    date: string | null;
    signerName: string | null;
    signerTitle: string | null;
    titleContains: string;
  };
  clauses: { sections: string[]; items: Record<string, string[]>; subItems: Record<string, string[]> };
}

const gold: Record<string, GoldDocument> = JSON.parse(readFileSync('evals/gold/ingestion.json', 'utf8'));

describe.each(Object.entries(gold))('%s', (file, expected) => {
  const doc = parseDocument(readFileSync(`corpus/${file}`, 'utf8'), { documentId: 'seed', sourceName: file });
  const m = doc.metadata;

  it('reads the metadata its text carries', () => {
    expect(m.type).toBe(expected.metadata.type);
    expect(m.symbol).toBe(expected.metadata.symbol);
    expect(m.date).toBe(expected.metadata.date);
    expect(m.signer?.name ?? null).toBe(expected.metadata.signerName);
    expect(m.signer?.title ?? null).toBe(expected.metadata.signerTitle);
    expect(m.title).toContain(expected.metadata.titleContains);
    if (expected.metadata.placePrinted === false) expect([null, expected.metadata.place]).toContain(m.place);
    else expect(m.place).toBe(expected.metadata.place);
    expect([expected.metadata.issuer, ...(expected.metadata.issuerAliases ?? [])]).toContain(m.issuer);
  });

  it('builds the clause tree: sections, items, sub-items under their parents', () => {
    const byId = new Map(doc.clauses.map((c) => [c.id, c]));
    const markersUnder = (kind: Clause['kind'], parent: (c: Clause) => boolean) =>
      doc.clauses.filter((c) => c.kind === kind && parent(c)).map((c) => c.marker);
    const parentOf = (c: Clause) => (c.parentId ? byId.get(c.parentId) : undefined);

    expect(markersUnder('section', () => true)).toEqual(expected.clauses.sections);
    for (const [parent, items] of Object.entries(expected.clauses.items)) {
      const under = (c: Clause) => (parent === 'root' ? c.parentId === null : parentOf(c)?.marker === parent);
      expect(markersUnder('item', under), `items under ${parent}`).toEqual(items);
    }
    for (const [item, subItems] of Object.entries(expected.clauses.subItems)) {
      expect(
        markersUnder('subitem', (c) => parentOf(c)?.marker === item),
        `sub-items under ${item}`,
      ).toEqual(subItems);
    }
  });

  it('keeps every clause and every span inside the clean text', () => {
    for (const c of doc.clauses) expect(doc.cleanText.slice(c.span.start, c.span.end)).toBe(c.text);
    for (const r of doc.references) expect(doc.cleanText.slice(r.span.start, r.span.end)).toBe(r.mention);
  });
});
