/** @module core/store/doc-nodes-repo — the lineage graph's nodes: every document key cited anywhere, linked to stored documents. */

import { mergeKeys } from '../document-key.ts';
import type { DocumentKey, DocumentType } from '../types.ts';
import type { Db } from './db.ts';
import { insertRows } from './insert-rows.ts';
import type { DocNodeRow } from './tables.ts';

/** A lineage node: a document key, and the stored document it resolves to (null when not in the store). */
export interface DocNode extends DocumentKey {
  documentId: string | null;
}

const NODE_COLUMNS = ['key', 'type', 'symbol', 'number', 'issuer', 'date', 'subject', 'name', 'document_id'] as const;
const KEY_FIELDS = ['type', 'symbol', 'number', 'issuer', 'date', 'subject', 'name'] as const;

/** Existing non-null fields win; nulls are filled from the new key. A given document id replaces the old link. */
const MERGE = `ON CONFLICT (key) DO UPDATE SET ${KEY_FIELDS.map((f) => `${f} = COALESCE(doc_nodes.${f}, EXCLUDED.${f})`).join(', ')}, document_id = COALESCE(EXCLUDED.document_id, doc_nodes.document_id)`;

/**
 * Inserts or merges nodes for `keys`. `linkTo` maps a key to the stored document it is (e.g. a document's own key).
 * Duplicate keys in one call are merged first (first non-null field wins).
 */
export async function upsertDocNodes(
  db: Db,
  keys: readonly DocumentKey[],
  linkTo: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const merged = new Map<string, DocumentKey>();
  for (const k of keys) {
    const seen = merged.get(k.key);
    merged.set(k.key, seen ? mergeKeys(seen, k) : k);
  }
  const rows = [...merged.values()].map((k) => [
    k.key,
    k.type ?? null,
    k.symbol ?? null,
    k.number ?? null,
    k.issuer ?? null,
    k.date ?? null,
    k.subject ?? null,
    k.name ?? null,
    linkTo.get(k.key) ?? null,
  ]);
  await insertRows(db, 'doc_nodes', NODE_COLUMNS, rows, { suffix: MERGE });
}

/**
 * Links unlinked nodes to stored documents with the same symbol (and a compatible type); with
 * `scope`, only the nodes among `keys` and those naming that document's symbol. Returns how many were linked.
 */
export async function linkDocNodes(db: Db, scope?: { documentId: string; keys: readonly string[] }): Promise<number> {
  const link = async (only: string, params: unknown[]) =>
    (
      await db.query<{ key: string }>(
        `update doc_nodes n set document_id = d.id
           from documents d
          where n.document_id is null and n.symbol is not null and n.symbol = d.symbol
            -- Local symbols (\`27-CTr/TU@can-tho\`) repeat across provinces: only the resolver, which knows places, links them.
            and strpos(n.key, '@') = 0
            and (n.type is null or d.type is null or n.type = d.type)
            ${only}
          returning n.key`,
        params,
      )
    ).length;
  if (!scope) return link('', []);
  // Two indexed lookups: as one condition (`d.id = $1 or n.key = any($2)`) every unlinked node was joined for each
  // saved document (EXPLAIN ANALYZE on the dev store, 1,611 unlinked nodes: 2-119 ms against 0.4-2 ms).
  const named = await link('and d.id = $1', [scope.documentId]);
  return named + (await link('and n.key = any($1::text[])', [[...scope.keys]]));
}

/** One node by key, or null. */
export async function getDocNode(db: Db, key: string): Promise<DocNode | null> {
  const [row] = await db.query<DocNodeRow>('select * from doc_nodes where key = $1', [key]);
  return row ? rowToDocNode(row) : null;
}

/** Maps a `doc_nodes` row to a `DocNode`. */
export function rowToDocNode(row: DocNodeRow): DocNode {
  return { ...rowToDocumentKey(row), documentId: row.document_id };
}

/** Maps the key fields of a `doc_nodes` row to a `DocumentKey`. */
export function rowToDocumentKey(row: Omit<DocNodeRow, 'document_id'>): DocumentKey {
  return {
    key: row.key,
    type: row.type as DocumentType | null,
    symbol: row.symbol,
    number: row.number,
    issuer: row.issuer,
    date: row.date,
    subject: row.subject,
    name: row.name,
  };
}

/** A document known only from citations, with how many clauses cite it. */
export interface CitedNode extends DocumentKey {
  citations: number;
}

/**
 * Documents known only from citations (no stored text) whose symbol, name or subject contains `q`
 * (accents and case ignored), most cited first: the lineage picker offers them beside stored documents.
 */
export async function searchCitedNodes(db: Db, q: string, limit = 20): Promise<CitedNode[]> {
  const like = `%${q.trim().replace(/[\\%_]/g, '\\$&')}%`;
  const folded = (column: string) => `unaccent(lower(coalesce(${column}, '')))`;
  const rows = await db.query<DocNodeRow & { citations: number }>(
    `select n.*, (select count(*)::int from citations c where c.target_key = n.key) as citations
       from doc_nodes n
      where n.document_id is null
        and (${folded('n.symbol')} like unaccent(lower($1)) or ${folded('n.name')} like unaccent(lower($1))
             or ${folded('n.subject')} like unaccent(lower($1)) or ${folded('n.key')} like unaccent(lower($1)))
      order by citations desc, n.key
      limit $2`,
    [like, Math.min(Math.max(Math.trunc(limit), 1), 100)],
  );
  return rows.map((r) => ({ ...rowToDocumentKey(r), citations: r.citations }));
}
