/** @module core/store/migrations/005-document-files — the original bytes of each ingested document, for download. */

import type { Db } from '../db.ts';

/**
 * One row per document: the file as it was ingested (PDF, DOCX, DOC or text), its name and content
 * type. Written in the same transaction as the document and deleted with it. Documents stored before
 * this migration have no row until they are ingested again.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE document_files (
      document_id  text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
      file_name    text NOT NULL,
      content_type text NOT NULL,
      bytes        bytea NOT NULL
    );
    -- PDFs and DOCX are already compressed.
    ALTER TABLE document_files ALTER COLUMN bytes SET STORAGE EXTERNAL;
  `);
}
