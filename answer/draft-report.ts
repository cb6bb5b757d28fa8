/**
 * @module answer/draft-report
 * What a drafted answer states, as the abstain decision reads it: whether the clause it cites is the one
 * the chooser trusts, how much of the question's topic its quotes show against the best clause read, and
 * whether a quote holds a value of the asked type. The decision comes after the draft, so it judges the
 * words the answer would give, not the top clauses of the search (which the answerers re-rank and re-choose).
 */
import { foldText } from '../search/analyzer.ts';
import type { AnswerDraft } from './answer-draft.ts';
import { askedType, askedUnit, valuesIn } from './answer-type.ts';
import { chooseClauses } from './clause-chooser.ts';
import type { ComposeContext } from './compose-context.ts';
import { headingsOf, rerank, topicShare } from './rerank.ts';
import type { QuestionKind } from './types.ts';

export interface DraftReport {
  /** The kind whose answerer wrote the draft (`content` when the open answerer stood in for another). */
  kind: QuestionKind;
  /** The draft cites one of the re-read clauses (a quote), not only a stored fact or a header. */
  quoted: boolean;
  /**
   * The chooser's probability for the best-trusted clause the draft cites, against the clause it trusts
   * most (0..1): 1 when the draft cites the chooser's pick; 1 for a draft that quotes no re-read clause.
   */
  trust: number;
  /**
   * Weighted share of the topic the quotes show (with their clause's headings and document record),
   * against the best sentence of the re-read clauses (0..1): 1 when the draft quotes the best-matching words.
   */
  coverage: number;
  /** The question asks a value of a type and a quote holds one of that type; null when none is asked. */
  statesValue: boolean | null;
}

/**
 * Reads a draft against the question and the clauses its answerer read.
 * @example const report = await readDraft(ctx, draft, 'content') // { trust: 1, coverage: 0.8, statesValue: null, … }
 */
export async function readDraft(ctx: ComposeContext, draft: AnswerDraft, kind: QuestionKind): Promise<DraftReport> {
  const chosen = chooseClauses(ctx, await rerank(ctx));
  const top = Math.max(0, ...chosen.map((c) => c.chance));
  const cited = new Set(draft.citations.map((c) => c.clauseId));
  const read = chosen.filter((c) => cited.has(c.clauseId));
  const quoted = read.length > 0;
  const trust = quoted && top > 0 ? Math.max(...read.map((c) => c.chance)) / top : 1;

  const bestSentence = Math.max(0, ...chosen.map((c) => c.shares.sentence));
  const headings = await headingsOf(ctx, [...cited]);
  let shown = 0;
  for (const c of draft.citations) {
    const doc = ctx.documents.find((d) => d.id === c.documentId);
    shown = Math.max(shown, topicShare(ctx, doc)(`${foldText(c.quote)} ${foldText(headings.get(c.clauseId))}`));
  }
  const coverage = bestSentence > 0 ? Math.min(1, shown / bestSentence) : draft.citations.length > 0 ? 1 : 0;

  const asked = askedType(ctx.q.text);
  const unit = asked === 'number' ? askedUnit(ctx.q.text) : null;
  const statesValue = asked === null ? null : draft.citations.some((c) => valuesIn(c.quote, asked, unit).length > 0);
  return { kind, quoted, trust, coverage, statesValue };
}
