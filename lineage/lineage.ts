/**
 * @module lineage/lineage
 * Graph queries over stored citations: what a document cites and implements ("up", transitively
 * through documents in the store) and which documents cite it ("down"). Nodes are named as in
 * `node-id.ts`: `doc:<documentId>` for stored documents, the node key for documents only cited.
 * Breadth-first, one parameterized query per level, bounded by `depth`.
 */
import { canonicalSymbol, parseDocumentKey } from '../ingest/references/index.ts';
import type { Db } from '../core/store/db.ts';
import type { DocNodeRow, DocumentRow } from '../core/store/tables.ts';
import type { DocumentType, RelationType } from '../core/types.ts';
import { citingSentence } from './citing-sentence.ts';
import { documentIdOfNode, documentNodeId, targetNodeId } from './node-id.ts';

export type LineageDirection = 'up' | 'down' | 'both';

export interface LineageOptions {
  direction: LineageDirection;
  /** Edges to follow from the start (1 = direct citations only). */
  depth: number;
}

export interface LineageNode {
  /** `doc:<documentId>` for a stored document, else the cited node's key (`41-NQ/TW`). */
  key: string;
  documentId: string | null;
  symbol: string | null;
  type: DocumentType | null;
  issuer: string | null;
  date: string | null;
  /** The document's title, or what citations give as its subject or name. */
  title: string | null;
  inCorpus: boolean;
}

export interface LineageEdge {
  /** The citing document's node. */
  from: string;
  /** The cited node. */
  to: string;
  relation: RelationType;
  /** True when the citing document names the cited one as its basis. */
  basis: boolean;
  clauseId: string;
  /** The sentence of the citing clause that holds the mention (verbatim, cut around it when long). */
  quote: string;
  /** The mention as it stands in the citing clause (`Kết luận số 81-KL/TW`). */
  mention: string;
}

export interface LineageGraph {
  /** The node(s) the start named; first is the main one. */
  start: string[];
  nodes: LineageNode[];
  edges: LineageEdge[];
}

/** At most this many levels, whatever the caller asks. */
export const MAX_DEPTH = 10;

interface CitationStep {
  id: number;
  document_id: string;
  clause_id: string;
  target_key: string;
  target_document_id: string | null;
  mention: string;
  span_start: number;
  span_end: number;
  relation: string;
  basis: boolean;
  clause_text: string;
  clause_start: number;
}

const STEP_COLUMNS = `c.id, c.document_id, c.clause_id, c.target_key, n.document_id as target_document_id, c.mention,
  c.span_start, c.span_end, c.relation, c.basis, cl.text as clause_text, cl.span_start as clause_start
  from citations c join doc_nodes n on n.key = c.target_key join clauses cl on cl.id = c.clause_id`;

/**
 * The node ids `start` names: a document id, `doc:<id>`, a node key, a symbol (printed or inferred),
 * or a query `parseDocumentKey` understands (`kl 81`, `Nghị quyết Trung ương 7 khóa XI`). Empty when unknown.
 */
export async function findStart(db: Db, start: string): Promise<string[]> {
  const raw = start.trim();
  if (!raw) return [];
  const id = documentIdOfNode(raw) ?? raw;
  const doc = await db.query<{ id: string }>('select id from documents where id = $1', [id]);
  if (doc.length > 0) return [documentNodeId(doc[0].id)];

  const byKey = await db.query<Pick<DocNodeRow, 'key' | 'document_id'>>(
    'select key, document_id from doc_nodes where key = $1',
    [raw],
  );
  if (byKey.length > 0) return [targetNodeId(byKey[0].key, byKey[0].document_id)];

  const parsed = parseDocumentKey(raw);
  const symbol = canonicalSymbol(raw)?.symbol ?? parsed?.symbol ?? null;
  const found: string[] = [];
  if (symbol) {
    const docs = await db.query<{ id: string }>('select id from documents where symbol = $1 order by id', [symbol]);
    found.push(...docs.map((d) => documentNodeId(d.id)));
    const nodes = await db.query<Pick<DocNodeRow, 'key' | 'document_id'>>(
      'select key, document_id from doc_nodes where symbol = $1 order by key',
      [symbol],
    );
    found.push(...nodes.map((n) => targetNodeId(n.key, n.document_id)));
  } else if (parsed) {
    const nodes = await db.query<Pick<DocNodeRow, 'key' | 'document_id'>>(
      parsed.number !== null
        ? 'select key, document_id from doc_nodes where key = $1 or (type = $2 and number = $3) order by key'
        : 'select key, document_id from doc_nodes where key = $1 order by key',
      parsed.number !== null ? [parsed.key, parsed.type, parsed.number] : [parsed.key],
    );
    found.push(...nodes.map((n) => targetNodeId(n.key, n.document_id)));
  }
  return [...new Set(found)];
}

/** Citations made by the documents `documentIds` (one level up). */
async function citationsFrom(db: Db, documentIds: string[]): Promise<CitationStep[]> {
  if (documentIds.length === 0) return [];
  return db.query<CitationStep>(`select ${STEP_COLUMNS} where c.document_id = any($1::text[]) order by c.id`, [
    documentIds,
  ]);
}

/** Citations of the documents `documentIds` or of the external nodes `keys` (one level down). */
async function citationsOf(db: Db, documentIds: string[], keys: string[]): Promise<CitationStep[]> {
  if (documentIds.length === 0 && keys.length === 0) return [];
  return db.query<CitationStep>(
    `select ${STEP_COLUMNS} where n.document_id = any($1::text[]) or (n.document_id is null and c.target_key = any($2::text[])) order by c.id`,
    [documentIds, keys],
  );
}

function edgeOf(step: CitationStep): LineageEdge {
  return {
    from: documentNodeId(step.document_id),
    to: targetNodeId(step.target_key, step.target_document_id),
    relation: step.relation as RelationType,
    basis: step.basis,
    clauseId: step.clause_id,
    quote: quoteOf(step),
    mention: step.mention,
  };
}

/** The citing sentence; the mention is found by its span, else by its words, else it stands alone. */
function quoteOf(step: CitationStep): string {
  const text = step.clause_text;
  let start = step.span_start - step.clause_start;
  if (text.slice(start, start + step.mention.length) !== step.mention) start = text.indexOf(step.mention);
  if (start < 0) return step.mention;
  return citingSentence(text, { start, end: start + step.mention.length });
}

/** Breadth-first walk in one direction; returns the edges met, in walk order. */
async function walk(db: Db, start: string[], direction: 'up' | 'down', depth: number): Promise<LineageEdge[]> {
  const edges: LineageEdge[] = [];
  const seen = new Set(start);
  let frontier = start;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const docs = frontier.map(documentIdOfNode).filter((d): d is string => d !== null);
    const steps =
      direction === 'up'
        ? await citationsFrom(db, docs)
        : await citationsOf(
            db,
            docs,
            frontier.filter((n) => documentIdOfNode(n) === null),
          );
    const next: string[] = [];
    for (const step of steps) {
      const edge = edgeOf(step);
      if (edge.from === edge.to) continue; // a document naming itself
      edges.push(edge);
      const reached = direction === 'up' ? edge.to : edge.from;
      // Only stored documents lead further up; every citing document leads further down.
      if (!seen.has(reached) && (direction === 'down' || documentIdOfNode(reached) !== null)) {
        seen.add(reached);
        next.push(reached);
      }
    }
    frontier = next;
  }
  return edges;
}

/** Node details for the ids met. */
async function describeNodes(db: Db, ids: string[]): Promise<LineageNode[]> {
  const docIds = ids.map(documentIdOfNode).filter((d): d is string => d !== null);
  const keys = ids.filter((n) => documentIdOfNode(n) === null);
  type DocInfo = Pick<DocumentRow, 'id' | 'symbol' | 'type' | 'issuer' | 'date' | 'title'>;
  const docs = docIds.length
    ? await db.query<DocInfo>(
        'select id, symbol, type, issuer, date, title from documents where id = any($1::text[])',
        [docIds],
      )
    : [];
  const nodes = keys.length
    ? await db.query<DocNodeRow>('select * from doc_nodes where key = any($1::text[])', [keys])
    : [];
  const docById = new Map(docs.map((d) => [d.id, d]));
  const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
  return ids.flatMap((id): LineageNode[] => {
    const documentId = documentIdOfNode(id);
    if (documentId) {
      const d = docById.get(documentId);
      if (!d) return [];
      return [
        {
          key: id,
          documentId,
          symbol: d.symbol,
          type: d.type as DocumentType | null,
          issuer: d.issuer,
          date: d.date,
          title: d.title,
          inCorpus: true,
        },
      ];
    }
    const n = nodeByKey.get(id);
    if (!n) return [];
    return [
      {
        key: id,
        documentId: null,
        symbol: n.symbol,
        type: n.type as DocumentType | null,
        issuer: n.issuer,
        date: n.date,
        title: n.subject ?? n.name,
        inCorpus: false,
      },
    ];
  });
}

/**
 * The lineage around `start` (a document id, node key or symbol), or null when the store does not know it.
 * @example await lineage(db, '1032-CV/TU', { direction: 'up', depth: 2 })
 */
export async function lineage(db: Db, start: string, options: LineageOptions): Promise<LineageGraph | null> {
  const starts = await findStart(db, start);
  if (starts.length === 0) return null;
  const depth = Math.max(0, Math.min(Math.trunc(options.depth), MAX_DEPTH));
  const up = options.direction === 'down' ? [] : await walk(db, starts, 'up', depth);
  const down = options.direction === 'up' ? [] : await walk(db, starts, 'down', depth);
  const edges: LineageEdge[] = [];
  const seenEdges = new Set<string>();
  for (const e of [...up, ...down]) {
    const id = JSON.stringify([e.from, e.to, e.relation, e.clauseId, e.quote]);
    if (seenEdges.has(id)) continue;
    seenEdges.add(id);
    edges.push(e);
  }
  const ids = [...new Set([...starts, ...edges.flatMap((e) => [e.from, e.to])])];
  return { start: starts, nodes: await describeNodes(db, ids), edges };
}
