/** @module core/store/migrations/002-lexical-segments — one lexical segment per document instead of one row per clause term; revisions that tell a process its caches are stale. */

import type { Db } from '../db.ts';

/**
 * Replaces `clause_terms`/`clause_lengths` (≈170 rows per clause: half of ingestion time, and BM25
 * in SQL over them was 73% of search time) with `lexical_segments`, one opaque row per document that
 * the search module encodes and reads into its in-memory index. `documents.revision` grows with every
 * save, and `store_revision` with every change to documents or settings, so a process can tell with
 * one read whether what it keeps in memory (the index, the document catalog) is behind the store. Documents stored before
 * this migration have no segment; the index builds theirs from the clause texts on first use.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    DROP TABLE clause_terms;
    DROP TABLE clause_lengths;

    CREATE SEQUENCE document_revision_seq;
    ALTER TABLE documents ADD COLUMN revision bigint NOT NULL DEFAULT nextval('document_revision_seq');

    -- One row that moves whenever documents or settings change (committed with the change), so a
    -- process reads one value to know whether what it derived from the store is still current.
    CREATE TABLE store_revision (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      revision  bigint NOT NULL
    );
    INSERT INTO store_revision (revision) VALUES (nextval('document_revision_seq'));
    CREATE FUNCTION bump_store_revision() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE store_revision SET revision = nextval('document_revision_seq');
      RETURN NULL;
    END $$;
    CREATE TRIGGER documents_bump_store_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
      FOR EACH STATEMENT EXECUTE FUNCTION bump_store_revision();
    CREATE TRIGGER store_meta_bump_store_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON store_meta
      FOR EACH STATEMENT EXECUTE FUNCTION bump_store_revision();

    CREATE TABLE lexical_segments (
      document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
      version     text NOT NULL,
      payload     text NOT NULL
    );
    -- Segments are read whole and rewritten whole: compressing them cost more at ingestion than it saved.
    ALTER TABLE lexical_segments ALTER COLUMN payload SET STORAGE EXTERNAL;
  `);
}
