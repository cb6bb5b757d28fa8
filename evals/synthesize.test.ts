import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/parse-document.ts';
import { buildSourcePool } from './bench/source-units.ts';
import { synthesizeCorpus } from './bench/synthesize.ts';

const corpusDir = new URL('../corpus/', import.meta.url);
const sources = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(f, corpusDir), 'utf8') }));

describe('synthesizeCorpus', () => {
  const pool = buildSourcePool(sources);

  it('gives the same corpus for the same seed', () => {
    const a = synthesizeCorpus(pool, { seed: 11, clauses: 400 });
    const b = synthesizeCorpus(pool, { seed: 11, clauses: 400 });
    expect(b.documents.map((d) => d.name)).toEqual(a.documents.map((d) => d.name));
    expect(b.documents.map((d) => d.text)).toEqual(a.documents.map((d) => d.text));
  });

  it('gives another corpus for another seed', () => {
    const a = synthesizeCorpus(pool, { seed: 11, clauses: 400 });
    const b = synthesizeCorpus(pool, { seed: 12, clauses: 400 });
    expect(b.documents.map((d) => d.text).join('\n')).not.toEqual(a.documents.map((d) => d.text).join('\n'));
  });

  it('reaches the clause target and keeps lineage inside the corpus', () => {
    const corpus = synthesizeCorpus(pool, { seed: 3, clauses: 600 });
    expect(corpus.estimatedClauses).toBeGreaterThanOrEqual(600);
    const symbols = new Set(corpus.documents.map((d) => d.symbol));
    for (const doc of corpus.documents) {
      if (doc.tier === 'central') expect(doc.implements).toEqual([]);
      else expect(doc.implements.length).toBeGreaterThan(0);
      for (const parent of doc.implements) {
        expect(symbols.has(parent)).toBe(true);
        expect(doc.text).toContain(parent);
      }
    }
  });

  it('writes documents the real parser reads: symbol, place, date and about the estimated clauses', () => {
    const corpus = synthesizeCorpus(pool, { seed: 5, clauses: 300 });
    for (const doc of corpus.documents.slice(0, 6)) {
      const parsed = parseDocument(doc.text, { documentId: 'synth', sourceName: doc.name });
      expect(parsed.metadata.symbol).toBe(doc.symbol);
      expect(parsed.metadata.date).toBe(doc.date);
      expect(parsed.metadata.place).toBe(doc.place);
      expect(Math.abs(parsed.clauses.length - doc.estimatedClauses)).toBeLessThanOrEqual(3);
    }
  });
});
