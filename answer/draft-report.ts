/**
 * @module answer/draft-report
 * What a drafted answer states, as the abstain decision reads it: whether the clause it cites is the one
 * the chooser trusts, how much of the question's topic its quotes show against the best clause read, and
 * whether a quote holds a value of the asked type, and whether the cited clauses and documents name what the
 * question names (`anchors.ts`): for the training dump, where a feature is tried before the model reads it. The decision comes after the draft, so it judges the
 * words the answer would give, not the top clauses of the search (which the answerers re-rank and re-choose).
 */
import type { DocumentSummary } from '../core/store/index.ts';
import { foldText } from '../search/analyzer.ts';
import { type Anchor, anchorShown, questionAnchors } from './anchors.ts';
import type { AnswerDraft } from './answer-draft.ts';
import { askedType, askedUnit, valuesIn } from './answer-type.ts';
import { clausesById, documentClauses } from './clause-facts.ts';
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
  /** How many anchors (numbers, full dates, Vietnamese names: `anchors.ts`) the question has. */
  anchors: number;
  /** Share of them no cited clause shows, with the text above it and its document's record (0 with none). */
  anchorsOffClause: number;
  /** Share of them no cited document shows anywhere, record included (0 with none). */
  anchorsOffDocument: number;
}

/** What the abstain decision reads of a draft: the value its quotes state, the anchors its cited clauses show. */
type DraftValueReading = Pick<DraftReport, 'statesValue' | 'anchors' | 'anchorsOffClause'>;

/** A document's record as anchors are looked for in: title, symbol, issuers, place and date (`dd/mm/yyyy`). */
function recordText(doc: DocumentSummary | undefined): string {
  const m = doc?.metadata;
  if (!m) return '';
  return [m.title, m.symbol, m.issuer, m.parentIssuer, m.place, m.date?.split('-').reverse().join('/')]
    .filter(Boolean)
    .join(' ; ');
}

/** Whole cited documents read for a draft: the party decline and the draft report both read them. */
const documentTexts = new WeakMap<AnswerDraft, Promise<string[]>>();

/** Each document the draft cites, whole: its clauses and its record (read once per draft). */
function citedDocumentTexts(ctx: ComposeContext, draft: AnswerDraft): Promise<string[]> {
  let texts = documentTexts.get(draft);
  if (!texts) {
    texts = Promise.all(
      [...new Set(draft.citations.map((c) => c.documentId))].map(async (id) => {
        const doc = ctx.documentsById.get(id);
        return `${(await documentClauses(ctx.db, id)).map((c) => c.text).join(' ; ')} ; ${recordText(doc)}`;
      }),
    );
    documentTexts.set(draft, texts);
  }
  return texts;
}

/**
 * The parties (a company, a cooperative) and vehicles (a plate) the question names that no document the draft
 * cites names anywhere, record included: a value asked about one of them (the litres of its tanker) is not
 * answered by a rule for everyone (a general packaging limit) — the store does not hold the party's own paper.
 * @example await partiesOffCited(ctx, draft) // ['thai thinh'] for `xe của Công ty TNHH Thái Thịnh` cited from a decree
 */
export async function partiesOffCited(ctx: ComposeContext, draft: AnswerDraft): Promise<string[]> {
  const parties = questionAnchors(ctx.q).filter((a) => 'plate' in a || ('name' in a && a.party));
  if (parties.length === 0 || draft.citations.length === 0) return [];
  // The quotes and records first: a party they show needs no whole document read.
  const near = draft.citations.map((c) => `${c.quote} ; ${recordText(ctx.documentsById.get(c.documentId))}`);
  const unseen = parties.filter((a) => !near.some((t) => anchorShown(a, t)));
  if (unseen.length === 0) return [];
  const documents = await citedDocumentTexts(ctx, draft);
  return unseen
    .filter((a) => !documents.some((t) => anchorShown(a, t)))
    .map((a) => ('plate' in a ? a.plate : 'name' in a ? a.name : ''));
}

/** Share of `anchors` no text of `texts` shows (0 with none). */
const shareOff = (anchors: readonly Anchor[], texts: readonly string[]) =>
  anchors.length === 0 ? 0 : anchors.filter((a) => !texts.some((t) => anchorShown(a, t))).length / anchors.length;

/**
 * What the decision reads of a draft: whether a quote holds a value
 * of the asked type, and the share of the question's anchors (numbers, full dates, names: `anchors.ts`) no cited
 * clause shows, with the text of the parts above it and its document's record. Cited clauses only: cheap enough
 * for every answer.
 */
async function readDraftValue(ctx: ComposeContext, draft: AnswerDraft): Promise<DraftValueReading> {
  const asked = askedType(ctx.q.text);
  const unit = asked === 'number' ? askedUnit(ctx.q.text) : null;
  const statesValue = asked === null ? null : draft.citations.some((c) => valuesIn(c.quote, asked, unit).length > 0);
  const anchors = questionAnchors(ctx.q);
  if (anchors.length === 0 || draft.citations.length === 0)
    return { statesValue, anchors: anchors.length, anchorsOffClause: 0 };
  const ids = [...new Set(draft.citations.map((c) => c.clauseId))];
  const above = await headingsOf(ctx, ids, (c) => `${c.heading ?? ''} ${c.text}`);
  const clauses = await clausesById(ctx.db, ids);
  const cited = draft.citations.map(
    (c) =>
      `${clauses.get(c.clauseId)?.text ?? c.quote} ; ${above.get(c.clauseId)} ; ${recordText(ctx.documentsById.get(c.documentId))}`,
  );
  return { statesValue, anchors: anchors.length, anchorsOffClause: shareOff(anchors, cited) };
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
    const doc = ctx.documentsById.get(c.documentId);
    shown = Math.max(shown, topicShare(ctx, doc)(`${foldText(c.quote)} ${foldText(headings.get(c.clauseId))}`));
  }
  const coverage = bestSentence > 0 ? Math.min(1, shown / bestSentence) : draft.citations.length > 0 ? 1 : 0;

  const value = await readDraftValue(ctx, draft);
  const anchorsOffDocument =
    value.anchors === 0 || draft.citations.length === 0
      ? 0
      : shareOff(questionAnchors(ctx.q), await citedDocumentTexts(ctx, draft));
  return { kind, quoted, trust, coverage, ...value, anchorsOffDocument };
}
