/** @module core/store/validity-repo — validity links and effective dates: written with their document, read by the document that states them or by the documents they are about. */

import type { EffectiveDate, ValidityLink, ValidityRelation } from '../types.ts';
import type { Db } from './db.ts';
import { insertRows } from './insert-rows.ts';
import type { EffectiveDateRow, ValidityLinkRow } from './tables.ts';

const LINK_COLUMNS = [
  'document_id',
  'clause_id',
  'relation',
  'target_key',
  'target_part',
  'quote',
  'span_start',
  'span_end',
  'date',
  'exception',
  'source_key',
] as const;
const DATE_COLUMNS = [
  'document_id',
  'clause_id',
  'subject_key',
  'parts',
  'date_from',
  'date_to',
  'basis',
  'quote',
  'span_start',
  'span_end',
] as const;

/** Inserts a document's validity statements (inside its save transaction). */
export async function insertValidity(
  db: Db,
  documentId: string,
  validity: { links: readonly ValidityLink[]; dates: readonly EffectiveDate[] },
): Promise<void> {
  await insertRows(
    db,
    'validity_links',
    LINK_COLUMNS,
    validity.links.map((l) => [
      documentId,
      l.clauseId,
      l.relation,
      l.targetKey,
      l.targetPart,
      l.quote,
      l.span.start,
      l.span.end,
      l.date,
      l.exception,
      l.sourceKey,
    ]),
  );
  await insertRows(
    db,
    'effective_dates',
    DATE_COLUMNS,
    validity.dates.map((d) => [
      documentId,
      d.clauseId,
      d.subjectKey,
      d.parts === null ? null : JSON.stringify(d.parts),
      d.from,
      d.to,
      d.basis,
      d.quote,
      d.span.start,
      d.span.end,
    ]),
  );
}

export function rowToLink(r: ValidityLinkRow): ValidityLink {
  return {
    clauseId: r.clause_id,
    relation: r.relation as ValidityRelation,
    targetKey: r.target_key,
    targetPart: r.target_part,
    quote: r.quote,
    span: { start: r.span_start, end: r.span_end },
    date: r.date,
    exception: r.exception,
    sourceKey: r.source_key,
  };
}

export function rowToEffectiveDate(r: EffectiveDateRow): EffectiveDate {
  return {
    clauseId: r.clause_id,
    subjectKey: r.subject_key,
    parts: Array.isArray(r.parts) ? (r.parts as string[]) : null,
    from: r.date_from,
    to: r.date_to,
    basis: r.basis as EffectiveDate['basis'],
    quote: r.quote,
    span: { start: r.span_start, end: r.span_end },
  };
}

/** The validity statements a document makes, in stored order. */
export async function listValidity(
  db: Db,
  documentId: string,
): Promise<{ links: ValidityLink[]; dates: EffectiveDate[] }> {
  const links = await db.query<ValidityLinkRow>('select * from validity_links where document_id = $1 order by id', [
    documentId,
  ]);
  const dates = await db.query<EffectiveDateRow>('select * from effective_dates where document_id = $1 order by id', [
    documentId,
  ]);
  return { links: links.map(rowToLink), dates: dates.map(rowToEffectiveDate) };
}

/** A link stated by a stored document, with what the reader needs to date and cite it. */
export interface IncomingLink extends ValidityLink {
  /** The stored document whose clause states the link (it reports it when `sourceKey` is set). */
  sourceDocumentId: string;
  /** For a reported link: the stored document the agent (`sourceKey`) resolved to, else null. */
  agentDocumentId: string | null;
  /** For a reported link: the agent's symbol, else null. */
  agentSymbol: string | null;
  sourceSymbol: string | null;
  sourceTitle: string | null;
  /** The source document's signing date. */
  sourceDate: string | null;
  /** The source document's own effective date (its first whole-document `có hiệu lực` date), or null. */
  sourceEffectiveFrom: string | null;
}

type IncomingRow = ValidityLinkRow & {
  agent_document_id: string | null;
  agent_symbol: string | null;
  symbol: string | null;
  title: string | null;
  doc_date: string | null;
  effective_from: string | null;
};

/** Links that name any of `keys` as their target, from documents other than `exceptDocumentId`. */
export async function linksTargeting(
  db: Db,
  keys: readonly string[],
  exceptDocumentId: string | null = null,
): Promise<IncomingLink[]> {
  if (keys.length === 0) return [];
  const rows = await db.query<IncomingRow>(
    `select l.*, d.symbol, d.title, d.date as doc_date, a.document_id as agent_document_id, a.symbol as agent_symbol,
            (select e.date_from from effective_dates e
              where e.document_id = l.document_id and e.subject_key is null and e.parts is null and e.date_from is not null
              order by e.id limit 1) as effective_from
       from validity_links l join documents d on d.id = l.document_id
       left join doc_nodes a on a.key = l.source_key
      where l.target_key = any($1::text[]) and ($2::text is null or l.document_id <> $2)
      order by l.id`,
    [keys, exceptDocumentId],
  );
  return rows.map((r) => ({
    ...rowToLink(r),
    sourceDocumentId: r.document_id,
    agentDocumentId: r.agent_document_id,
    agentSymbol: r.agent_symbol,
    sourceSymbol: r.symbol,
    sourceTitle: r.title,
    sourceDate: r.doc_date,
    sourceEffectiveFrom: r.effective_from,
  }));
}

/** Dates other documents state about any of `keys` (`… tiếp tục có hiệu lực đến hết ngày …`). */
export async function datesAbout(
  db: Db,
  keys: readonly string[],
): Promise<(EffectiveDate & { sourceDocumentId: string })[]> {
  if (keys.length === 0) return [];
  const rows = await db.query<EffectiveDateRow>(
    'select * from effective_dates where subject_key = any($1::text[]) order by id',
    [keys],
  );
  return rows.map((r) => ({ ...rowToEffectiveDate(r), sourceDocumentId: r.document_id }));
}

/** Every stored link and date, for evaluation: what the extractor found across the store. */
export async function listAllValidity(db: Db): Promise<{
  links: (ValidityLink & { sourceDocumentId: string })[];
  dates: (EffectiveDate & { sourceDocumentId: string })[];
}> {
  const links = await db.query<ValidityLinkRow>('select * from validity_links order by document_id, id');
  const dates = await db.query<EffectiveDateRow>('select * from effective_dates order by document_id, id');
  return {
    links: links.map((r) => ({ ...rowToLink(r), sourceDocumentId: r.document_id })),
    dates: dates.map((r) => ({ ...rowToEffectiveDate(r), sourceDocumentId: r.document_id })),
  };
}
