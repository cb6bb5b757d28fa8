/**
 * @module answer/validity-fixtures — for tests: the real decree excerpts whose validity statements the
 * validity and lineage tests read (Nghị định 71/2019 replaces 163/2013; 26/2026 repeals Điều 6–9 of 146/2025),
 * parsed and stored with their lexical segments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, saveDocument } from '../core/store/index.ts';
import { extrasOf } from '../core/store/test-fixtures.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';

const FIXTURES = join(import.meta.dirname, '../ingest/references/validity/fixtures');
export const VALIDITY_DECREES = ['nd-146-2025', 'nd-26-2026', 'nd-71-2019'] as const;

/** Stores the three decree excerpts, each under its fixture name as document id. */
export async function storeValidityDecrees(db: Db): Promise<void> {
  for (const name of VALIDITY_DECREES) {
    const doc = parseDocument(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'), {
      documentId: name,
      sourceName: `${name}.txt`,
    });
    await saveDocument(db, doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
  }
}
