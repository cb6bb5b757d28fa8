/** @module core/store/lexical-repo — per-document lexical segments (opaque to the store) and the document revisions an index syncs by. */

import type { Db } from './db.ts';

/** A document's lexical index entry as the search module encoded it; `version` names the encoding and tokenizer. */
export interface LexicalSegment {
  version: string;
  payload: string;
}

/** A stored document's revision and, when it has one, its segment. */
export interface StoredSegment {
  documentId: string;
  revision: number;
  segment: LexicalSegment | null;
}

/** Every document's id → its revision. */
export async function documentRevisions(db: Db): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; revision: number }>(
    'select id, revision::float8 as revision from documents',
  );
  return new Map(rows.map((r) => [r.id, r.revision]));
}

/** Revisions and segments of these documents (those still stored). */
export async function readSegments(db: Db, documentIds: readonly string[]): Promise<StoredSegment[]> {
  const rows = await db.query<{ id: string; revision: number; version: string | null; payload: string | null }>(
    `select d.id, d.revision::float8 as revision, s.version, s.payload
       from documents d left join lexical_segments s on s.document_id = d.id
      where d.id = any($1::text[])`,
    [[...documentIds]],
  );
  return rows.map((r) => ({
    documentId: r.id,
    revision: r.revision,
    segment: r.version === null || r.payload === null ? null : { version: r.version, payload: r.payload },
  }));
}

/** Stores a document's segment, replacing any other. Call inside the transaction that saves the document. */
export async function insertSegment(db: Db, documentId: string, segment: LexicalSegment): Promise<void> {
  await db.query(
    `insert into lexical_segments (document_id, version, payload) values ($1, $2, $3)
     on conflict (document_id) do update set version = excluded.version, payload = excluded.payload`,
    [documentId, segment.version, segment.payload],
  );
}

/**
 * Stores a segment built after the fact (an older store, a new tokenizer) only if the document is
 * still at `revision`: a segment must never describe clauses the document no longer has.
 */
export async function backfillSegment(
  db: Db,
  documentId: string,
  revision: number,
  segment: LexicalSegment,
): Promise<void> {
  await db.query(
    `insert into lexical_segments (document_id, version, payload)
     select id, $3, $4 from documents where id = $1 and revision = $2
     on conflict (document_id) do update set version = excluded.version, payload = excluded.payload`,
    [documentId, revision, segment.version, segment.payload],
  );
}
