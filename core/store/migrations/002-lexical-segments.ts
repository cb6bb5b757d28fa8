/** @module core/store/migrations/002-lexical-segments — one lexical segment per document instead of one row per clause term; a revision per document save. */

import type { Db } from '../db.ts';

/**
 * Replaces `clause_terms`/`clause_lengths` (≈170 rows per clause: half of ingestion time, and BM25
 * in SQL over them was 73% of search time) with `lexical_segments`, one opaque row per document that
 * the search module encodes and reads into its in-memory index. `documents.revision` grows with every
 * save, so a process can tell cheaply whether its index is behind the store. Documents stored before
 * this migration have no segment; the index builds theirs from the clause texts on first use.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    DROP TABLE clause_terms;
    DROP TABLE clause_lengths;

    CREATE SEQUENCE document_revision_seq;
    ALTER TABLE documents ADD COLUMN revision bigint NOT NULL DEFAULT nextval('document_revision_seq');

    CREATE TABLE lexical_segments (
      document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
      version     text NOT NULL,
      payload     text NOT NULL
    );
  `);
}
