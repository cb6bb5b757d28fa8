/**
 * @module evals/validity-gold.test
 * The complete validity gold of the fresh set: it covers every document the fresh questions use, each
 * marked complete, tagged with its split, and every quote sits in its document as independent tools
 * read it (pdftotext, the DOCX XML, word-extractor; a scan through the OCR cache's text).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldPassages, hasPdftotext } from './gold-source-text.ts';
import { ARCHIVE_COPY_DIR, loadFreshValidityGold } from './load-archive-gold.ts';
import { loadFreshArchiveQuestions } from './load-gold.ts';
import { OCR_CACHE } from './pipeline.ts';
import { splitOf } from './split.ts';

const gold = loadFreshValidityGold();
const documents = gold.documents ?? {};

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A scan has no text layer: its passages are the OCR cache's pages (the text the gold was read from). */
function ocrPassages(file: string): string[] {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  const cached = `${OCR_CACHE}${hash}-vie-300.json`;
  if (!existsSync(cached)) return [];
  const pages = (JSON.parse(readFileSync(cached, 'utf8')) as { pages: Record<string, string> }).pages;
  return Object.values(pages).flatMap((page) => page.split('\n').map(collapse));
}

describe('fresh validity gold', () => {
  it('covers every document of the fresh questions, each complete and with the split its path gives', () => {
    const sources = [...new Set(loadFreshArchiveQuestions().map((q) => q.source ?? ''))];
    expect(sources.filter((s) => !documents[s]?.complete)).toEqual([]);
    const bad = Object.entries(documents).filter(([file, d]) => d.split !== splitOf(file));
    expect(bad.map(([file]) => file)).toEqual([]);
  });

  it('lists relations and dates only of graded documents, each tagged with its split', () => {
    const rows = [...gold.relations, ...gold.effectiveDates];
    expect(rows.filter((r) => !documents[r.source] || r.split !== splitOf(r.source)).map((r) => r.source)).toEqual([]);
  });

  it('names each (relation, target) once per document', () => {
    const seen = new Set<string>();
    const twice = gold.relations
      .map((r) => `${r.source} ${r.relation} ${r.target} ${r.targetPart ?? ''}`)
      .filter((k) => seen.has(k) || !seen.add(k));
    expect(twice).toEqual([]);
  });

  it.skipIf(!hasPdftotext())(
    'finds every quote inside one passage of its document, read with independent tools',
    async () => {
      const missing: string[] = [];
      for (const source of Object.keys(documents)) {
        const quotes = [...gold.relations, ...gold.effectiveDates]
          .filter((r) => r.source === source)
          .map((r) => r.quote);
        if (quotes.length === 0) continue;
        const file = `${ARCHIVE_COPY_DIR}${source}`;
        let passages = await goldPassages(file);
        if (passages.length === 0) passages = ocrPassages(file);
        for (const quote of quotes)
          if (!passages.some((p) => p.includes(collapse(quote)))) missing.push(`${source}: ${quote}`);
      }
      expect(missing).toEqual([]);
    },
    120_000,
  );
});
