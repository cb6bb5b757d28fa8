/** @module core/store/sources-repo — the files each document was read from (one document, many sources). */

import type { Db } from './db.ts';
import type { DocumentSourceRow } from './tables.ts';

/** A file a document was read from. */
export interface DocumentSource {
  /** Absolute path of the file. */
  path: string;
  documentId: string;
  /** Hash of the text read from this file (not necessarily the document's: a near-duplicate differs). */
  contentHash: string;
  /** MinHash signature of the file's normalized text, for near-duplicate detection. */
  fingerprint: string | null;
  /** When the file was first recorded for this document (Postgres text form, microseconds kept); the earliest live one is the document's own file. */
  addedAt?: string;
}

/** A source row as `DocumentSource`. */
export const toSource = (r: DocumentSourceRow): DocumentSource => ({
  path: r.path,
  documentId: r.document_id,
  contentHash: r.content_hash,
  fingerprint: r.fingerprint,
  addedAt: String(r.added_at),
});

/** A path recorded again: it moves to the new document, and keeps its first time while it stays with one. */
export const SOURCE_UPSERT = `on conflict (path) do update set document_id = excluded.document_id, content_hash = excluded.content_hash,
       fingerprint = excluded.fingerprint,
       added_at = case when document_sources.document_id = excluded.document_id
                       then document_sources.added_at else excluded.added_at end`;

/**
 * Records that `source.path` feeds `source.documentId` (a path moves to the new document when it
 * was recorded under another one). A path keeps its first `added_at` while it stays with one document.
 */
export async function recordSource(db: Db, source: DocumentSource): Promise<void> {
  await db.query(
    `insert into document_sources (path, document_id, content_hash, fingerprint, added_at)
     values ($1, $2, $3, $4, coalesce($5::timestamptz, clock_timestamp()))
     ${SOURCE_UPSERT}`,
    [source.path, source.documentId, source.contentHash, source.fingerprint, source.addedAt ?? null],
  );
}

const SOURCE_COLUMNS = 'path, document_id, content_hash, fingerprint, added_at::text as added_at';

/** The source recorded for this path, or null. */
export async function getSource(db: Db, path: string): Promise<DocumentSource | null> {
  const [row] = await db.query<DocumentSourceRow>(`select ${SOURCE_COLUMNS} from document_sources where path = $1`, [
    path,
  ]);
  return row ? toSource(row) : null;
}

/** Every source of one document, first recorded first. */
export async function listSources(db: Db, documentId: string): Promise<DocumentSource[]> {
  const rows = await db.query<DocumentSourceRow>(
    `select ${SOURCE_COLUMNS} from document_sources where document_id = $1 order by added_at, path`,
    [documentId],
  );
  return rows.map(toSource);
}

/** Every source with a fingerprint (the candidates a new file is compared with). */
export async function listFingerprints(db: Db): Promise<DocumentSource[]> {
  const rows = await db.query<DocumentSourceRow>(
    `select ${SOURCE_COLUMNS} from document_sources where fingerprint is not null order by document_id, added_at, path`,
  );
  return rows.map(toSource);
}

/** Forgets a source (its file is gone, or it now feeds another document). */
export async function deleteSource(db: Db, path: string): Promise<void> {
  await db.query('delete from document_sources where path = $1', [path]);
}
