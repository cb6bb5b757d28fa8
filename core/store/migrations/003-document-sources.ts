/** @module core/store/migrations/003-document-sources — every file a document was read from, so duplicates are stored once with all their sources. */

import type { Db } from '../db.ts';

/**
 * One row per source file (its absolute path is the key: a file feeds exactly one document). The
 * same law arriving as `.docx` and `.doc`, or in two folders, is one document with two rows here.
 * `content_hash` is the hash of the text read from that file, so a re-ingest of an unchanged file
 * is answered from this table alone; `fingerprint` is the MinHash of its normalized text, used to
 * recognise near-duplicates (same text, other format or other typing).
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE document_sources (
      path         text PRIMARY KEY,
      document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      content_hash text NOT NULL,
      fingerprint  text,
      added_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX document_sources_document ON document_sources (document_id);
  `);
}
