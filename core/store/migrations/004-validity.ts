/** @module core/store/migrations/004-validity — validity links (amends, replaces, repeals, …) and effective dates, one row per statement with its clause. */

import type { Db } from '../db.ts';

/**
 * Statements, not status: a document's status is derived on read from the links that target it,
 * so ingesting or deleting the changing document changes it with no stale copy to refresh. Rows
 * go with their document and clause (ON DELETE CASCADE). `target_key` and `subject_key` are node
 * keys (`doc_nodes.key`) or null for the stating document itself; no foreign key, so a node's
 * re-linking never blocks a save. Documents stored before this migration have no rows until they
 * are ingested again.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE validity_links (
      id          serial PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      clause_id   text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      relation    text NOT NULL,
      target_key  text,
      target_part text,
      quote       text NOT NULL,
      span_start  integer NOT NULL,
      span_end    integer NOT NULL,
      date        text,
      exception   text
    );
    CREATE INDEX validity_links_document_id_idx ON validity_links (document_id);
    CREATE INDEX validity_links_target_key_idx ON validity_links (target_key);

    CREATE TABLE effective_dates (
      id          serial PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      clause_id   text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      subject_key text,
      parts       jsonb,
      date_from   text,
      date_to     text,
      basis       text,
      quote       text NOT NULL,
      span_start  integer NOT NULL,
      span_end    integer NOT NULL
    );
    CREATE INDEX effective_dates_document_id_idx ON effective_dates (document_id);
    CREATE INDEX effective_dates_subject_key_idx ON effective_dates (subject_key);
  `);
}
