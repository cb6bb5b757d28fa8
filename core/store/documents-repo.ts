/** @module core/store/documents-repo — stores a parsed document whole in one transaction, and reads documents back. */

import type { DocumentKey, DocumentMetadata, DocumentType, MetadataSource, ParsedDocument, Signer } from '../types.ts';
import { insertCitations, listReferences } from './citations-repo.ts';
import { insertClauses, listClauses } from './clauses-repo.ts';
import type { Db } from './db.ts';
import { linkDocNodes, upsertDocNodes } from './doc-nodes-repo.ts';
import { type DocumentFile, hexParam } from './document-files-repo.ts';
import { saveEmbeddings } from './embeddings-repo.ts';
import { storeError } from './errors.ts';
import type { LexicalSegment } from './lexical-repo.ts';
import { insertResponsibilities, listResponsibilities } from './responsibilities-repo.ts';
import { perStoreRevision } from './revision-cache.ts';
import { type DocumentSource, recordSource, SOURCE_UPSERT, toSource } from './sources-repo.ts';
import type { DocumentRow, DocumentSourceRow, DocumentSummaryRow, Json } from './tables.ts';
import { insertTargets, listTargets } from './targets-repo.ts';
import { insertValidity, listValidity } from './validity-repo.ts';

/** What `saveDocument` needs beyond the parsed document. */
export interface SaveExtras {
  /** Clause id → matching form of its text (required for every clause). */
  normTexts: ReadonlyMap<string, string>;
  /** The lineage key this document answers to: its node is created if needed and linked to the document. */
  key?: DocumentKey;
  /** The document's lexical segment (without one, the search index builds it from the clause texts on first use). */
  lexicon?: LexicalSegment;
  /** The file this version was read from; recorded with the document's other sources (which a replacement keeps). */
  source?: Omit<DocumentSource, 'documentId'>;
  /** Clause vectors, computed before the save (embedding is slow; the transaction should not wait on it). */
  embeddings?: { embedder: string; vectors: ReadonlyMap<string, readonly number[]> };
  /** The original file, kept for download (written with the document, so both or neither are stored). */
  file?: DocumentFile;
  /**
   * The caller has just seen that no document holds this id: the save skips the delete of an earlier version
   * (most of a first ingest). Should one be stored meanwhile, the insert fails and nothing changes.
   */
  fresh?: boolean;
}

/** Counts of what one save wrote. */
export interface SaveResult {
  documentId: string;
  /** True when an earlier version of the document was replaced. */
  replaced: boolean;
  clauses: number;
  references: number;
  responsibilities: number;
  targets: number;
  /** True when a lexical segment was stored with the document. */
  lexicon: boolean;
  embeddings: number;
}

/** A stored document without its clauses and facts. */
export interface StoredDocument {
  id: string;
  sourceName: string;
  contentHash: string;
  rawText: string;
  cleanText: string;
  metadata: DocumentMetadata;
  metadataSources: ParsedDocument['metadataSources'];
  /** ISO timestamp of the save. */
  ingestedAt: string;
}

/** A stored document for listings: no texts. */
export type DocumentSummary = Omit<StoredDocument, 'rawText' | 'cleanText'>;

/** Filters for `listDocuments`; all optional, combined with AND. */
export interface DocumentFilters {
  type?: DocumentType;
  /** Part of the issuer's name, case- and diacritics-insensitive. */
  issuer?: string;
  /** Part of the place of issue, case- and diacritics-insensitive. */
  place?: string;
  /** Year of issue. */
  year?: number;
  /** Words in the title, symbol or source name, case- and diacritics-insensitive. */
  q?: string;
  /** Default 100, at most 1000. */
  limit?: number;
  offset?: number;
}

const DOCUMENT_COLUMNS = [
  'id',
  'source_name',
  'content_hash',
  'raw_text',
  'clean_text',
  'type',
  'symbol',
  'symbol_inferred',
  'number',
  'issuer',
  'place',
  'date',
  'draft',
  'parent_issuer',
  'partial_date',
  'title',
  'signer',
  'recipients',
  'metadata_sources',
] as const;

const SUMMARY_COLUMNS =
  'id, source_name, content_hash, type, symbol, symbol_inferred, number, issuer, place, date, draft, parent_issuer, partial_date, title, signer, recipients, metadata_sources, ingested_at';

/**
 * Stores `parsed` whole in one transaction, replacing any earlier version with the same id: document,
 * clauses, lineage nodes of every cited key (merged), citations, responsibilities, targets, and optionally
 * its lexical segment and vectors. On any failure nothing changes.
 * @example await saveDocument(db, parsed, { normTexts: new Map(parsed.clauses.map((c) => [c.id, normalize(c.text)])) })
 */
export async function saveDocument(db: Db, parsed: ParsedDocument, extras: SaveExtras): Promise<SaveResult> {
  checkDocument(parsed, extras.normTexts);
  return db.transaction(async (tx) => {
    // The cascade would drop the document's sources with the old version: keep them.
    const { replaced, sources } = extras.fresh
      ? { replaced: false, sources: [] as DocumentSource[] }
      : await deleteKeepingSources(tx, parsed.id);
    const m = parsed.metadata;
    // The new source keeps the first-recorded time of the old one at its path (the document's own file stays first).
    const own = extras.source && { ...extras.source, documentId: parsed.id };
    const ownBefore = own && sources.find((s) => s.path === own.path);
    await insertDocumentRow(
      tx,
      [
        parsed.id,
        parsed.sourceName,
        parsed.contentHash,
        parsed.rawText,
        parsed.cleanText,
        m.type,
        m.symbol,
        m.symbolInferred,
        m.number,
        m.issuer,
        m.place,
        m.date,
        m.draft ?? false,
        m.parentIssuer ?? null,
        m.partialDate ?? null,
        m.title,
        m.signer === null ? null : JSON.stringify(m.signer),
        JSON.stringify(m.recipients),
        JSON.stringify(parsed.metadataSources),
      ],
      {
        lexicon: extras.lexicon,
        source: own && { ...own, addedAt: ownBefore?.addedAt ?? own.addedAt },
        file: extras.file,
      },
    );
    await insertClauses(tx, parsed.id, parsed.clauses, extras.normTexts);
    const keys = parsed.references.map((r) => r.target);
    if (extras.key) keys.unshift(extras.key);
    await upsertDocNodes(tx, keys, extras.key ? new Map([[extras.key.key, parsed.id]]) : undefined);
    // Only what this save can change: nodes it cites, and nodes naming this document's symbol.
    await linkDocNodes(tx, { documentId: parsed.id, keys: keys.map((k) => k.key) });
    await insertCitations(tx, parsed.id, parsed.references);
    await insertResponsibilities(tx, parsed.id, parsed.responsibilities);
    await insertTargets(tx, parsed.id, parsed.targets);
    if (parsed.validity) await insertValidity(tx, parsed.id, parsed.validity);
    for (const source of sources) if (source.path !== own?.path) await recordSource(tx, source);
    const embeddings = extras.embeddings
      ? await saveEmbeddings(tx, extras.embeddings.embedder, extras.embeddings.vectors)
      : 0;
    return {
      documentId: parsed.id,
      replaced,
      clauses: parsed.clauses.length,
      references: parsed.references.length,
      responsibilities: parsed.responsibilities.length,
      targets: parsed.targets.length,
      lexicon: extras.lexicon !== undefined,
      embeddings,
    };
  });
}

/**
 * Deletes a document (its clauses, facts and sources by cascade) and returns the sources it had, in one
 * statement: the sub-select reads the rows as they were before the delete.
 */
async function deleteKeepingSources(db: Db, id: string): Promise<{ replaced: boolean; sources: DocumentSource[] }> {
  const [row] = await db.query<{ replaced: boolean; sources: DocumentSourceRow[] }>(
    `with old as (delete from documents where id = $1 returning id)
     select exists (select 1 from old) as replaced,
            coalesce((select json_agg(json_build_object('path', path, 'document_id', document_id,
                        'content_hash', content_hash, 'fingerprint', fingerprint, 'added_at', added_at::text)
                        order by added_at, path)
                        from document_sources where document_id = $1), '[]'::json) as sources`,
    [id],
  );
  return { replaced: row.replaced, sources: row.sources.map(toSource) };
}

/**
 * Inserts the document row and, in the same statement, its lexical segment, its original file and the
 * source it was read from: one round trip instead of four (each statement costs a WASM call on PGlite).
 */
async function insertDocumentRow(
  db: Db,
  values: readonly unknown[],
  with_: { lexicon?: LexicalSegment; source?: DocumentSource; file?: DocumentFile },
): Promise<void> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // One placeholder per column, in DOCUMENT_COLUMNS order (the order `values` comes in).
  const slots = DOCUMENT_COLUMNS.map((_, i) => param(values[i])).join(', ');
  const parts = [`doc as (insert into documents (${DOCUMENT_COLUMNS.join(', ')}) values (${slots}) returning id)`];
  const { lexicon, source, file } = with_;
  if (lexicon) {
    parts.push(
      `seg as (insert into lexical_segments (document_id, version, payload) select id, ${param(lexicon.version)}::text, ${param(lexicon.payload)}::text from doc)`,
    );
  }
  if (file) {
    parts.push(
      `file as (insert into document_files (document_id, file_name, content_type, bytes) select id, ${param(file.fileName)}::text, ${param(file.contentType)}::text, decode(${param(hexParam(file.bytes))}::text, 'hex') from doc)`,
    );
  }
  if (source) {
    parts.push(
      `src as (insert into document_sources (path, document_id, content_hash, fingerprint, added_at)
       select ${param(source.path)}::text, id, ${param(source.contentHash)}::text, ${param(source.fingerprint)}::text,
              coalesce(${param(source.addedAt ?? null)}::timestamptz, clock_timestamp()) from doc
       ${SOURCE_UPSERT})`,
    );
  }
  await db.query(`with ${parts.join(', ')} select 1`, params);
}

/** The stored document with this content hash (the newest if several), or null: a re-ingest can skip it. */
export async function findDocumentByHash(db: Db, contentHash: string): Promise<DocumentSummary | null> {
  const [row] = await db.query<DocumentSummaryRow>(
    `select ${SUMMARY_COLUMNS} from documents where content_hash = $1 order by ingested_at desc, id limit 1`,
    [contentHash],
  );
  return row ? rowToDocumentSummary(row) : null;
}

/** One document without its texts (cheap for large documents), or null. */
export async function getDocumentSummary(db: Db, id: string): Promise<DocumentSummary | null> {
  const [row] = await db.query<DocumentSummaryRow>(`select ${SUMMARY_COLUMNS} from documents where id = $1`, [id]);
  return row ? rowToDocumentSummary(row) : null;
}

/** One document with its texts and metadata, or null. */
export async function getDocument(db: Db, id: string): Promise<StoredDocument | null> {
  const [row] = await db.query<DocumentRow>('select * from documents where id = $1', [id]);
  return row ? rowToDocument(row) : null;
}

/** A document as it was saved: clauses, references (targets as their nodes now stand), facts; or null. */
export async function getParsedDocument(db: Db, id: string): Promise<ParsedDocument | null> {
  const doc = await getDocument(db, id);
  if (!doc) return null;
  const clauses = (await listClauses(db, id)).map(({ normText: _, ...clause }) => clause);
  const { ingestedAt: _, ...rest } = doc;
  return {
    ...rest,
    clauses,
    references: await listReferences(db, id),
    responsibilities: await listResponsibilities(db, id),
    targets: await listTargets(db, id),
    validity: await listValidity(db, id),
  };
}

/**
 * Documents matching all given filters, newest first (undated last).
 * @example await listDocuments(db, { type: 'NQ', issuer: 'thanh uy', year: 2024 })
 */
export async function listDocuments(db: Db, filters: DocumentFilters = {}): Promise<DocumentSummary[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const folded = (column: string) => `unaccent(lower(coalesce(${column}, '')))`;
  const contains = (value: string) => `%${escapeLike(value)}%`;
  if (filters.type !== undefined) where.push(`type = ${param(filters.type)}`);
  if (filters.year !== undefined) where.push(`left(date, 4) = ${param(String(filters.year))}`);
  if (filters.issuer) where.push(`${folded('issuer')} like unaccent(lower(${param(contains(filters.issuer))}))`);
  if (filters.place) where.push(`${folded('place')} like unaccent(lower(${param(contains(filters.place))}))`);
  if (filters.q) {
    const q = param(contains(filters.q));
    where.push(
      `(${folded('title')} like unaccent(lower(${q})) or ${folded('symbol')} like unaccent(lower(${q})) or ${folded('source_name')} like unaccent(lower(${q})))`,
    );
  }
  const limit = Math.min(Math.max(Math.trunc(filters.limit ?? 100), 1), 1000);
  const offset = Math.max(Math.trunc(filters.offset ?? 0), 0);
  const rows = await db.query<DocumentSummaryRow>(
    `select ${SUMMARY_COLUMNS} from documents
      ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
      order by date desc nulls last, id
      limit ${param(limit)} offset ${param(offset)}`,
    params,
  );
  return rows.map(rowToDocumentSummary);
}

/** Every stored document without its texts, as `listDocuments` orders them (newest first, undated last). */
export async function listAllDocuments(db: Db): Promise<DocumentSummary[]> {
  const rows = await db.query<DocumentSummaryRow>(
    `select ${SUMMARY_COLUMNS} from documents order by date desc nulls last, id`,
  );
  return rows.map(rowToDocumentSummary);
}

/** All stored documents, newest first, and by id. */
export interface DocumentCatalog {
  documents: DocumentSummary[];
  byId: Map<string, DocumentSummary>;
}

/**
 * The catalog of stored documents, read again only when the store has changed: the answerer and the
 * ranker consult every document's metadata for each question.
 */
export const documentCatalog: (db: Db) => Promise<DocumentCatalog> = perStoreRevision(async (db) => {
  const documents = await listAllDocuments(db);
  return { documents, byId: new Map(documents.map((d) => [d.id, d])) };
});

/** Deletes a document and, by cascade, its clauses, facts, terms and vectors. Lineage nodes stay, unlinked. */
export async function deleteDocument(db: Db, id: string): Promise<boolean> {
  const rows = await db.query('delete from documents where id = $1 returning id', [id]);
  return rows.length > 0;
}

/** How many documents and clauses the store holds. */
export async function countAll(db: Db): Promise<{ documents: number; clauses: number }> {
  const [row] = await db.query<{ documents: number; clauses: number }>(
    'select (select count(*) from documents)::int as documents, (select count(*) from clauses)::int as clauses',
  );
  return row;
}

/** Maps a `documents` row to a `StoredDocument`. */
export function rowToDocument(row: DocumentRow): StoredDocument {
  const summary = rowToDocumentSummary(row);
  return {
    id: summary.id,
    sourceName: summary.sourceName,
    contentHash: summary.contentHash,
    rawText: row.raw_text,
    cleanText: row.clean_text,
    metadata: summary.metadata,
    metadataSources: summary.metadataSources,
    ingestedAt: summary.ingestedAt,
  };
}

/** Maps a `documents` row (texts not needed) to a `DocumentSummary`. */
export function rowToDocumentSummary(row: DocumentSummaryRow): DocumentSummary {
  return {
    id: row.id,
    sourceName: row.source_name,
    contentHash: row.content_hash,
    metadata: {
      type: row.type as DocumentType | null,
      symbol: row.symbol,
      symbolInferred: row.symbol_inferred,
      number: row.number,
      issuer: row.issuer,
      place: row.place,
      date: row.date,
      draft: row.draft ?? false,
      parentIssuer: row.parent_issuer ?? null,
      partialDate: row.partial_date ?? null,
      title: row.title,
      signer: toSigner(row.signer),
      recipients: Array.isArray(row.recipients) ? row.recipients.map(String) : [],
    },
    metadataSources: toMetadataSources(row.metadata_sources),
    ingestedAt: new Date(row.ingested_at).toISOString(),
  };
}

function toSigner(json: Json): Signer | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const field = (v: Json | undefined) => (typeof v === 'string' ? v : null);
  return { capacity: field(json.capacity), title: field(json.title), name: field(json.name) };
}

function toMetadataSources(json: Json): ParsedDocument['metadataSources'] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return {};
  const out: Record<string, MetadataSource> = {};
  for (const [k, v] of Object.entries(json)) {
    if (v === 'text' || v === 'sidecar' || v === 'inferred' || v === 'file-name') out[k] = v;
  }
  return out as ParsedDocument['metadataSources'];
}

/** Checks what the database cannot check with a clear message. */
function checkDocument(parsed: ParsedDocument, normTexts: ReadonlyMap<string, string>): void {
  for (const clause of parsed.clauses) {
    if (clause.documentId !== parsed.id) {
      throw storeError('invalid_document', {
        documentId: parsed.id,
        reason: `clause ${clause.id} belongs to document ${clause.documentId}`,
      });
    }
    if (!normTexts.has(clause.id)) {
      throw storeError('invalid_document', { documentId: parsed.id, reason: `clause ${clause.id} has no norm text` });
    }
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
