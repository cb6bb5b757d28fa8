/**
 * @module answer/rerank
 * Re-reads the best clauses against the question's topic before an answer picks one: the weighted
 * share of topic concepts a clause and its best sentence show (with the headings above it, so
 * "mục tiêu" finds the objectives section), a small prior for the search rank, and a penalty for
 * documents from another place than the one asked about.
 */
import type { DocumentSummary, StoredClause } from '../core/store/index.ts';
import { foldText } from '../search/analyzer.ts';
import { clausesById } from './clause-facts.ts';
import type { ComposeContext } from './compose-context.ts';
import { recordShows } from './document-record.ts';
import { isAbout } from './find-documents.ts';
import { sentenceSpans } from './quote.ts';
import type { Retrieved } from './retrieve.ts';
import { showing } from './vocabulary.ts';

export interface Reranked extends Retrieved {
  /** Weighted share of the topic the clause (and its best sentence) shows, 0..1. */
  match: number;
  /** `match`, plus a prior for the search rank, minus a penalty for another place. */
  fit: number;
  kind: string;
  /** 0-based position in the search's list. */
  rank: number;
  /** Weighted topic shares shown by the whole clause, its best sentence and its headings alone (each with the record's credit). */
  shares: { clause: number; sentence: number; heading: number };
}

/** How many of the best clauses are re-read. */
export const RERANK_DEPTH = 8;
const RANK_PRIOR = 0.15;
const OTHER_PLACE = 0.5;
/** How much of a concept the document's record shows counts for the clause (the clause may show the rest). */
const RECORD_CREDIT = 0.5;

/**
 * Headings of a clause's ancestors (`Mục tiêu cụ thể`, `QUAN ĐIỂM, MỤC TIÊU`), nearest first; `part` reads
 * something else of each ancestor (its lead-in line, for a short item).
 */
export async function headingsOf(
  ctx: Pick<ComposeContext, 'db'>,
  ids: readonly string[],
  part: (ancestor: StoredClause) => string = (c) => c.heading ?? '',
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let level = await clausesById(ctx.db, ids);
  const parentOf = new Map([...level.values()].map((c) => [c.id, c.parentId]));
  const heading = new Map<string, string>();
  for (let depth = 0; depth < 4; depth++) {
    const parents = [...new Set([...level.values()].map((c) => c.parentId).filter((p): p is string => p !== null))];
    if (parents.length === 0) break;
    level = await clausesById(ctx.db, parents);
    for (const c of level.values()) {
      heading.set(c.id, part(c));
      parentOf.set(c.id, c.parentId);
    }
  }
  for (const id of ids) {
    const parts: string[] = [];
    for (let p = parentOf.get(id) ?? null; p; p = parentOf.get(p) ?? null) parts.push(heading.get(p) ?? '');
    out.set(id, parts.join(' '));
  }
  return out;
}

/**
 * The weighted share of the question's topic a folded text of `doc` shows, 0..1: words that name the
 * document (its title, type, issuer, place, year) are answered by its record, for half a concept.
 */
export function topicShare(
  ctx: Pick<ComposeContext, 'topic'>,
  doc: DocumentSummary | undefined,
): (foldedText: string) => number {
  const total = ctx.topic.reduce((sum, c) => sum + c.weight, 0) || 1;
  const named = ctx.topic.map((c) => recordShows(doc, c));
  return (text) =>
    ctx.topic.reduce(
      (sum, c, i) =>
        sum + (named[i] ? RECORD_CREDIT + (1 - RECORD_CREDIT) * showing(text, c) : showing(text, c)) * c.weight,
      0,
    ) / total;
}

/**
 * The best clauses re-ranked for the question's topic, best first.
 * @example const [best] = await rerank(ctx)
 */
export async function rerank(ctx: ComposeContext, list: readonly Retrieved[] = ctx.retrieved): Promise<Reranked[]> {
  const top = list.slice(0, RERANK_DEPTH);
  if (top.length === 0) return [];
  const headings = await headingsOf(
    ctx,
    top.map((r) => r.clauseId),
  );
  const kinds = await clausesById(
    ctx.db,
    top.map((r) => r.clauseId),
  );
  const places = ctx.q.slots.places;
  const ranked = top.map((r, rank) => {
    const heading = foldText(headings.get(r.clauseId));
    const doc = ctx.documentsById.get(r.documentId);
    const share = topicShare(ctx, doc);
    // Half for the whole clause, half for its best sentence: an answer quotes one sentence.
    const sentences = sentenceSpans(r.text).map((s) => foldText(r.text.slice(s.start, s.end)));
    const best = Math.max(0, ...sentences.map((s) => share(`${s} ${heading}`)));
    const whole = share(`${foldText(r.text)} ${heading}`);
    const match = (whole + best) / 2;
    let fit = match + RANK_PRIOR * (1 - rank / top.length);
    if (doc && places.length > 0 && !places.some((p) => isAbout(doc, p))) fit -= OTHER_PLACE;
    const shares = { clause: whole, sentence: best, heading: heading ? share(heading) : 0 };
    return { ...r, fit, match, kind: kinds.get(r.clauseId)?.kind ?? 'paragraph', rank, shares };
  });
  return ranked.sort((a, b) => b.fit - a.fit);
}
