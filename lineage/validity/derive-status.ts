/**
 * @module lineage/validity/derive-status
 * The status of a document, or of one of its articles, as of a date, from the statements that
 * concern it: its own effective dates, and the links other stored documents make to it (each
 * dated by the date its sentence gives, else the changing document's own effective date, else its
 * signing date). Pure: the store supplies the statements (see read-validity.ts).
 */
import type { EffectiveDate, ValidityRelation } from '../../core/types.ts';
import { articleOf } from '../../ingest/references/validity/parts.ts';

export type ValidityStatus =
  | 'in_force'
  | 'not_yet_in_force'
  | 'amended'
  | 'partly_repealed'
  | 'replaced'
  | 'repealed'
  | 'suspended'
  | 'expired'
  | 'unknown';

export const VALIDITY_STATUSES: readonly ValidityStatus[] = [
  'in_force',
  'not_yet_in_force',
  'amended',
  'partly_repealed',
  'replaced',
  'repealed',
  'suspended',
  'expired',
  'unknown',
];

/** A change another document makes, as the status cites it. */
export interface ChangedBy {
  /** The changing document's id (for `GET /api/documents/:id`); the cited node's key when a report names an act not stored. */
  key: string;
  symbol: string | null;
  clauseId: string;
  relation: ValidityRelation;
  /** The part changed (`khoản 1 Điều 79`), or null for the whole document. */
  part: string | null;
  /** When the change takes effect, or null when nothing says. */
  date: string | null;
  quote: string;
  exception: string | null;
  /** The stored document whose clause (`clauseId`) reports the change `key` made, or null when `key` states it. */
  reportedIn: string | null;
  /** That reporting document's symbol, so a page can name it. */
  reportedInSymbol: string | null;
}

export interface Validity {
  status: ValidityStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  changedBy: ChangedBy[];
  /** The clauses (of this document) that state its dates; `to` is the last day in force a clause states. */
  statedIn: { clauseId: string; quote: string; to: string | null }[];
}

/** What the store knows about one document (or cited node). */
export interface ValidityFacts {
  /** True when the document is stored (a cited-only node has no text of its own). */
  stored: boolean;
  signingDate: string | null;
  ownDates: EffectiveDate[];
  /** Links from other documents, with their effective date resolved (`date`). */
  incoming: ChangedBy[];
  /** Dates other documents give parts of this one (`… tiếp tục có hiệu lực đến hết ngày …`). */
  continued: EffectiveDate[];
}

/** Relations that change a target's force; `guides` and `basis` do not. */
const CHANGING = new Set<ValidityRelation>(['amends', 'replaces', 'repeals', 'suspends', 'corrects']);

const fullDate = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
const applies = (c: ChangedBy, asOf: string) => c.date === null || c.date <= asOf;

/** The document's own effective dates: the first whole-document start and end it states. */
function ownRange(facts: ValidityFacts): { from: string | null; to: string | null } {
  const whole = facts.ownDates.filter((d) => d.subjectKey === null && d.parts === null);
  return {
    from: whole.find((d) => d.from)?.from ?? null,
    to: whole.find((d) => d.to)?.to ?? null,
  };
}

/**
 * The status of a whole document as of `asOf` (ISO date).
 * @example documentStatus(facts, '2026-01-01').status // 'replaced'
 */
export function documentStatus(facts: ValidityFacts, asOf: string): Validity {
  const { from, to } = ownRange(facts);
  const effectiveFrom = from ?? (facts.stored ? fullDate(facts.signingDate) : null);
  const changedBy = facts.incoming
    .filter((c) => CHANGING.has(c.relation) && applies(c, asOf))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const statedIn = facts.ownDates
    .filter((d) => d.subjectKey === null && d.parts === null)
    .map((d) => ({ clauseId: d.clauseId, quote: d.quote, to: d.to }));
  const result = (status: ValidityStatus): Validity => ({
    status,
    effectiveFrom,
    effectiveTo: to,
    changedBy,
    statedIn,
  });
  if (effectiveFrom && asOf < effectiveFrom) return { ...result('not_yet_in_force'), changedBy: [] };
  const whole = changedBy.filter((c) => c.part === null);
  if (whole.some((c) => c.relation === 'replaces')) return result('replaced');
  if (whole.some((c) => c.relation === 'repeals')) return result('repealed');
  if (to && asOf > to) return result('expired');
  if (whole.some((c) => c.relation === 'suspends')) return result('suspended');
  if (changedBy.some((c) => c.relation === 'repeals')) return result('partly_repealed');
  if (changedBy.some((c) => c.relation === 'amends' || c.relation === 'replaces' || c.relation === 'suspends'))
    return result('amended');
  return result(facts.stored || changedBy.length > 0 ? 'in_force' : 'unknown');
}

/** True when `part` falls within article `article` (`khoản 2 Điều 38` within `38`). */
function inArticle(part: string | null, article: string): boolean {
  return part !== null && articleOf(part) === article;
}

/**
 * The status of article `article` (its number) as of `asOf`, or null when nothing concerns it
 * beyond its document's status.
 */
export function articleStatus(facts: ValidityFacts, article: string, asOf: string): Validity | null {
  const doc = documentStatus(facts, asOf);
  const own = facts.ownDates.filter((d) => d.subjectKey === null && d.parts?.some((p) => inArticle(p, article)));
  const kept = facts.continued.filter((d) => d.parts?.some((p) => inArticle(p, article)));
  const links = facts.incoming.filter((c) => CHANGING.has(c.relation) && inArticle(c.part, article));
  if (own.length === 0 && kept.length === 0 && links.length === 0) return null;
  const changedBy = links.filter((c) => applies(c, asOf));
  const statedIn = [...own, ...kept].map((d) => ({ clauseId: d.clauseId, quote: d.quote, to: d.to }));
  const wholeArticle = own.find((d) => d.parts?.includes(`Điều ${article}`) && d.from);
  const effectiveFrom = wholeArticle?.from ?? doc.effectiveFrom;
  const keptUntil = kept.find((d) => d.to)?.to ?? null;
  const base = { effectiveFrom, effectiveTo: keptUntil ?? doc.effectiveTo, statedIn };
  const make = (status: ValidityStatus, by: ChangedBy[] = changedBy): Validity => ({ status, changedBy: by, ...base });
  if (effectiveFrom && asOf < effectiveFrom) return make('not_yet_in_force', []);
  // Parts a replacing law keeps alive: in force until the day it names, then ended with the rest.
  if (keptUntil && (doc.status === 'replaced' || doc.status === 'repealed')) {
    return asOf <= keptUntil ? make('in_force', []) : make(doc.status, doc.changedBy);
  }
  if (doc.status === 'replaced' || doc.status === 'repealed' || doc.status === 'expired')
    return make(doc.status, doc.changedBy);
  const exact = changedBy.filter((c) => c.part === `Điều ${article}`);
  if (exact.some((c) => c.relation === 'repeals' || c.relation === 'replaces')) return make('repealed');
  if (exact.some((c) => c.relation === 'suspends')) return make('suspended');
  if (changedBy.some((c) => c.relation === 'repeals')) return make('partly_repealed');
  if (changedBy.some((c) => c.relation === 'amends' || c.relation === 'replaces')) return make('amended');
  return make(doc.status === 'unknown' ? 'unknown' : 'in_force');
}
