/**
 * @module lineage/validity/read-validity
 * Validity as the store stands: the statements about a document or cited node gathered from
 * `validity_links` and `effective_dates`, then `derive-status.ts`. Read on every request, so a
 * document ingested or deleted changes the answer at once.
 */
import type { Db } from '../../core/store/db.ts';
import { datesAbout, linksTargeting, listValidity } from '../../core/store/validity-repo.ts';
import type { DocNodeRow, DocumentRow } from '../../core/store/tables.ts';
import { keyQualifiers } from '../../ingest/references/index.ts';
import { findStart } from '../lineage.ts';
import { documentIdOfNode } from '../node-id.ts';
import { type ChangedBy, articleStatus, documentStatus, type Validity, type ValidityFacts } from './derive-status.ts';

/** Today as an ISO date (UTC): the default `asOf`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * True when two cited keys sharing a symbol name one act: one act cited by its name and by its bare number
 * (`LUAT:dat-dai:2024` and `31/2024/QH15`) is two nodes, but a local symbol repeats across places and years
 * (`10/2021/QĐ-UBND@lao-cai`, `…@yen-bai`), so the keys must carry the same place and no other year.
 */
export function sameActKeys(a: string, b: string): boolean {
  const x = keyQualifiers(a);
  const y = keyQualifiers(b);
  return x.place === y.place && (x.year === null || y.year === null || x.year === y.year);
}

/**
 * The node keys a statement about the target may name, in one query (status is read on the answer path): the
 * given `keys`, the keys citations resolved to the stored document, and the unlinked nodes that name the same act
 * (see `sameActKeys`).
 */
async function targetKeys(db: Db, keys: readonly string[], documentId: string | null): Promise<string[]> {
  const rows = await db.query<{ key: string; of: string | null }>(
    `with own as (select unnest($1::text[]) as key union select key from doc_nodes where document_id = $2)
     select key, null as of from own
     union all
     select n2.key, n1.key as of from own
       join doc_nodes n1 on n1.key = own.key
       join doc_nodes n2 on n2.symbol = n1.symbol and n2.key <> n1.key and n2.document_id is null`,
    [keys, documentId],
  );
  return [...new Set(rows.filter((r) => r.of === null || sameActKeys(r.key, r.of)).map((r) => r.key))];
}

/** Statements about a stored document (`documentId`) or a cited-only node (`keys`). */
export async function validityFacts(
  db: Db,
  target: { documentId: string | null; keys: string[] },
): Promise<ValidityFacts> {
  const keys = await targetKeys(db, target.keys, target.documentId);
  const [links, continued] = await Promise.all([linksTargeting(db, keys, target.documentId), datesAbout(db, keys)]);
  let ownDates: ValidityFacts['ownDates'] = [];
  let signingDate: string | null = null;
  if (target.documentId) {
    ownDates = (await listValidity(db, target.documentId)).dates;
    const [doc] = await db.query<Pick<DocumentRow, 'date'>>('select date from documents where id = $1', [
      target.documentId,
    ]);
    signingDate = doc?.date ?? null;
  }
  const signed = (date: string | null) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null);
  const own: ChangedBy[] = [];
  const reported: ChangedBy[] = [];
  const changedBy = (
    l: (typeof links)[number],
    by: Pick<ChangedBy, 'key' | 'symbol' | 'date' | 'reportedIn' | 'reportedInSymbol'>,
  ) => ({
    ...by,
    clauseId: l.clauseId,
    relation: l.relation,
    part: l.targetPart,
    quote: l.quote,
    exception: l.exception,
  });
  for (const l of links) {
    if (l.sourceKey === null)
      own.push(
        changedBy(l, {
          key: l.sourceDocumentId,
          symbol: l.sourceSymbol,
          date: l.date ?? l.sourceEffectiveFrom ?? signed(l.sourceDate),
          reportedIn: null,
          reportedInSymbol: null,
        }),
      );
    // A change another document reports (`… được sửa đổi, bổ sung bởi Nghị định số …`): the agent made it by the day
    // the report was signed; the reporting clause is the evidence.
    else if (l.agentDocumentId === null || l.agentDocumentId !== target.documentId)
      reported.push(
        changedBy(l, {
          key: l.agentDocumentId ?? l.sourceKey,
          symbol: l.agentSymbol,
          date: l.date ?? signed(l.sourceDate),
          reportedIn: l.sourceDocumentId,
          reportedInSymbol: l.sourceSymbol,
        }),
      );
  }
  // The agent's own statement, when it is stored, is the better evidence; one report per agent, relation and part.
  const incoming = [...own];
  for (const r of reported)
    if (!incoming.some((c) => c.key === r.key && c.relation === r.relation && c.part === r.part)) incoming.push(r);
  return {
    stored: target.documentId !== null,
    signingDate,
    ownDates,
    incoming,
    continued: continued.filter((d) => d.sourceDocumentId !== target.documentId),
  };
}

/** The article number a clause opens (`Điều 5. …` → `5`), or null. */
export function articleOpened(text: string): string | null {
  return /^\s*Điều\s+(\d+[a-z]?)\s*[.:]/u.exec(text)?.[1] ?? null;
}

/**
 * A stored document's validity as of `asOf`, and that of each of its clauses that has its own:
 * the `Điều N.` clause of an article something amends, repeals, dates or keeps alive.
 */
export async function documentValidity(
  db: Db,
  documentId: string,
  asOf: string = today(),
): Promise<{ document: Validity; clauses: Map<string, Validity> }> {
  const facts = await validityFacts(db, { documentId, keys: [] });
  const clauses = new Map<string, Validity>();
  const rows = await db.query<{ id: string; text: string }>(
    'select id, text from clauses where document_id = $1 order by span_start',
    [documentId],
  );
  for (const c of rows) {
    const article = articleOpened(c.text);
    if (!article) continue;
    const v = articleStatus(facts, article, asOf);
    if (v) clauses.set(c.id, v);
  }
  return { document: documentStatus(facts, asOf), clauses };
}

export interface KeyValidity {
  /** What the key resolved to: a stored document's id, else the cited node's key. */
  documentId: string | null;
  key: string;
  symbol: string | null;
  title: string | null;
  asOf: string;
  validity: Validity;
  /** Articles with their own status (stored documents only), by article number. */
  articles: { article: string; clauseId: string; validity: Validity }[];
}

/**
 * Validity of whatever `start` names (a document id, node key or symbol, as lineage understands it),
 * or null when the store knows nothing by that name.
 */
export async function keyValidity(db: Db, start: string, asOf: string = today()): Promise<KeyValidity | null> {
  const nodes = await findStart(db, start);
  if (nodes.length === 0) return null;
  const documentId = documentIdOfNode(nodes[0]);
  if (documentId) {
    const [doc] = await db.query<Pick<DocumentRow, 'symbol' | 'title'>>(
      'select symbol, title from documents where id = $1',
      [documentId],
    );
    const { document, clauses } = await documentValidity(db, documentId, asOf);
    const texts = await db.query<{ id: string; text: string }>(
      'select id, text from clauses where id = any($1::text[])',
      [[...clauses.keys()]],
    );
    const textOf = new Map(texts.map((t) => [t.id, t.text]));
    return {
      documentId,
      key: documentId,
      symbol: doc?.symbol ?? null,
      title: doc?.title ?? null,
      asOf,
      validity: document,
      articles: [...clauses].map(([clauseId, validity]) => ({
        article: articleOpened(textOf.get(clauseId) ?? '') ?? '',
        clauseId,
        validity,
      })),
    };
  }
  const keys = nodes.filter((n) => documentIdOfNode(n) === null);
  const [node] = await db.query<DocNodeRow>('select * from doc_nodes where key = $1', [keys[0]]);
  const facts = await validityFacts(db, { documentId: null, keys });
  return {
    documentId: null,
    key: keys[0],
    symbol: node?.symbol ?? null,
    title: node?.subject ?? node?.name ?? null,
    asOf,
    validity: documentStatus(facts, asOf),
    articles: [],
  };
}

/** Status of each lineage node id (`doc:<id>` or a cited node's key) as of `asOf`. */
export async function nodeStatuses(
  db: Db,
  ids: readonly string[],
  asOf: string = today(),
): Promise<Map<string, Validity>> {
  const out = new Map<string, Validity>();
  for (const id of ids) {
    const documentId = documentIdOfNode(id);
    const facts = await validityFacts(db, documentId ? { documentId, keys: [] } : { documentId: null, keys: [id] });
    out.set(id, documentStatus(facts, asOf));
  }
  return out;
}
