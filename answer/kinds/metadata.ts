/**
 * @module answer/kinds/metadata
 * Signer, date, number/symbol, place and issuer of the document the question describes, from its
 * stored metadata; each value is quoted where the text prints it (the header, the signing block, or
 * — for an inferred symbol — the clause of another document that cites it).
 */
import type { Db, DocumentSummary, StoredClause } from '../../core/store/index.ts';
import { AnswerDraft } from '../answer-draft.ts';
import { clausesById, documentClauses, spanInClause } from '../clause-facts.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { mentionNames } from '../find-documents.ts';
import { documentName, formatDate, PHRASES } from '../templates.ts';
import type { MetadataField } from '../types.ts';

/** Without an identified document, the best candidate still answers when it scores this much. */
const MIN_CANDIDATE_SCORE = 3;
/** How many of the best retrieved clauses vote for the document a question describes by its content. */
const VOTERS = 5;
/** Share of the (rank-weighted) vote the document must hold: the best clauses must mostly agree. */
const MIN_VOTE_SHARE = 0.5;

type Found = { clause: StoredClause; span: { start: number; end: number } } | null;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first clause whose text matches `re`, with the match's span. */
function findIn(clauses: readonly StoredClause[], re: RegExp): Found {
  for (const clause of clauses) {
    const m = re.exec(clause.text);
    if (m) return { clause, span: { start: m.index, end: m.index + m[0].length } };
  }
  return null;
}

/** `2024-07-09` as printed: `ngày 09 tháng 7 năm 2024` or `09/7/2024`. */
function dateRegExp(date: string): RegExp | null {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return null;
  if (!m) return new RegExp(`năm\\s*${y}`, 'u');
  const day = d ? `0?${d}` : '[ .…_]*';
  return new RegExp(
    `ngày\\s*${day}\\s*tháng\\s*0?${m}\\s*năm\\s*${y}|${d ? `0?${d}\\s*[/.-]\\s*` : ''}0?${m}\\s*[/.-]\\s*${y}`,
    'u',
  );
}

/** A name or phrase as printed, whatever the spacing and case. */
function phraseRegExp(text: string): RegExp {
  return new RegExp(text.trim().split(/\s+/).map(escapeRegExp).join('\\s*'), 'iu');
}

/** Where another stored document cites this one (for symbols inferred from citations). */
async function citingClause(db: Db, documentId: string): Promise<Found> {
  const rows = await db.query<{ clause_id: string; span_start: number; span_end: number }>(
    `select c.clause_id, c.span_start, c.span_end from citations c join doc_nodes n on n.key = c.target_key
      where n.document_id = $1 and c.document_id <> $1 order by c.id limit 1`,
    [documentId],
  );
  if (!rows[0]) return null;
  const clause = (await clausesById(db, [rows[0].clause_id])).get(rows[0].clause_id);
  const span = clause && spanInClause(clause, { start: rows[0].span_start, end: rows[0].span_end });
  return clause && span ? { clause, span } : null;
}

function signerText(doc: DocumentSummary): string | null {
  const s = doc.metadata.signer;
  if (!s?.name) return null;
  const role = [s.capacity, s.title].filter(Boolean).join(', ');
  return role ? `${s.name} (${role})` : s.name;
}

async function fieldAnswer(
  ctx: ComposeContext,
  doc: DocumentSummary,
  clauses: readonly StoredClause[],
  field: MetadataField,
): Promise<{ value: string | null; found: Found }> {
  const m = doc.metadata;
  switch (field) {
    case 'signer': {
      const name = m.signer?.name;
      const signing = clauses.filter((c) => c.kind === 'signature' || c.kind === 'closing');
      return {
        value: signerText(doc),
        found: name ? findIn(signing.length ? signing : clauses, phraseRegExp(name)) : null,
      };
    }
    case 'date': {
      const re = m.date ? dateRegExp(m.date) : null;
      return { value: m.date && formatDate(m.date, ctx.lang), found: re ? findIn(clauses, re) : null };
    }
    case 'symbol': {
      if (!m.symbol) return { value: null, found: null };
      const value = m.symbolInferred ? `${m.symbol} (${PHRASES[ctx.lang].inferred})` : m.symbol;
      const printed = m.symbolInferred ? null : findIn(clauses, phraseRegExp(m.symbol.replace(/([-/])/g, ' $1 ')));
      return { value, found: printed ?? (await citingClause(ctx.db, doc.id)) };
    }
    case 'place': {
      const place = m.place;
      return {
        value: place,
        found: place ? findIn(clauses, new RegExp(`${phraseRegExp(place).source}\\s*,\\s*ngày`, 'iu')) : null,
      };
    }
    case 'issuer': {
      const issuer = m.issuer;
      return { value: issuer, found: issuer ? findIn(clauses, phraseRegExp(issuer)) : null };
    }
  }
}

/**
 * The document the best retrieved clauses come from, when they mostly agree (votes weighted by rank, the
 * best clause's document must win) and its type fits the one asked. A letter, permit or decision is often
 * described by what it is about — its addressee, site or case (`giấy phép … cho DNTN than đá Suối Bắc`) —
 * words that stand in its body, not in its header fields; the relevance check has already judged the match.
 */
export function retrievedDocument(ctx: ComposeContext): DocumentSummary | null {
  const top = ctx.retrieved.slice(0, VOTERS);
  if (top.length === 0) return null;
  const votes = new Map<string, number>();
  for (const [i, r] of top.entries()) votes.set(r.documentId, (votes.get(r.documentId) ?? 0) + 1 / (i + 1));
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const id = top[0].documentId;
  const share = (votes.get(id) ?? 0) / total;
  if (share < MIN_VOTE_SHARE || [...votes.values()].some((v) => v > (votes.get(id) ?? 0))) return null;
  const doc = ctx.documentsById.get(id);
  if (!doc) return null;
  const asked = ctx.q.slots.docType;
  if (asked && doc.metadata.type && doc.metadata.type !== asked) return null;
  // A question naming documents (`văn bản triển khai Kết luận 81`) describes one by them: the catalog's ranking
  // already weighed which stored document is or cites them, and a merely retrieved one is not it.
  const mentions = ctx.q.slots.mentions;
  return mentions.length === 0 || mentions.some((m) => mentionNames(m, doc.metadata)) ? doc : null;
}

/** Answers metadata questions about the document the question describes; abstains when none fits. */
export async function answerMetadata(ctx: ComposeContext): Promise<KindAnswer> {
  const [best] = ctx.candidates;
  const doc = ctx.focus ?? (best && best.score >= MIN_CANDIDATE_SCORE ? best.doc : null) ?? retrievedDocument(ctx);
  const words = PHRASES[ctx.lang];
  if (!doc) return { abstain: 'no document fits the description', message: words.notFound };
  const clauses = await documentClauses(ctx.db, doc.id);
  const draft = new AnswerDraft();
  const name = documentName({ ...doc.metadata, title: doc.metadata.title && `“${doc.metadata.title}”` }, ctx.lang);
  draft.add(`${name}${doc.metadata.issuer ? ` (${doc.metadata.issuer})` : ''}:`);
  for (const field of ctx.q.slots.fields) {
    const { value, found } = await fieldAnswer(ctx, doc, clauses, field);
    const cite = found
      ? ` — ${found.clause.label}: ${draft.quote(found.clause, [], { around: found.span, whole: false })}`
      : '';
    draft.add(`${words.field[field]}: ${value ?? words.missing}${cite}`);
  }
  return draft;
}
