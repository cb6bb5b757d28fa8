/**
 * @module answer/compose
 * The default answerer, no language model: lets the answerer of the question's kind write from
 * structured facts — falling back to quoting the best clauses — in the question's language, with
 * quotes in Vietnamese; then decides whether the corpus answers at all (`abstain-model.ts`, for the kind
 * whose answerer wrote the draft), declining otherwise.
 */
import type { Db } from '../core/store/index.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';
import { AnswerDraft } from './answer-draft.ts';
import { askedType } from './answer-type.ts';
import { buildContext, type ComposeContext, type KindAnswer } from './compose-context.ts';
import { answerContent } from './kinds/content.ts';
import { answerLineage } from './kinds/lineage.ts';
import { answerMetadata } from './kinds/metadata.ts';
import { answerRoles } from './kinds/roles.ts';
import { answerTarget } from './kinds/target.ts';
import { answerValidity } from './kinds/validity.ts';
import { answerValue, wantedType } from './kinds/value.ts';
import { addValidityNotes } from './validity-notes.ts';
import { abstainReason, ruledReason } from './abstain-model.ts';
import { type DraftReport, partiesOffCited, readDraft } from './draft-report.ts';
import { assessRelevance, type RelevanceReport } from './relevance.ts';
import { PHRASES } from './templates.ts';
import type { Answer, Citation, ClassifiedQuestion, DeclineMechanism, QuestionKind } from './types.ts';

const ANSWERERS: Record<QuestionKind, (ctx: ComposeContext) => Promise<KindAnswer>> = {
  lead: answerRoles,
  coordinate: answerRoles,
  report: answerRoles,
  target: answerTargetOrValue,
  amount: answerValue,
  deadline: answerValue,
  lineage: answerLineage,
  metadata: answerMetadata,
  content: answerContentOrValue,
  validity: answerValidity,
};

/**
 * An open question that asks for a value (`bị phạt mức nào`, `đến bao giờ`, `bao lâu một lần`) is answered
 * with a sentence stating one when a matching clause — or its list's lead-in — does; else with quotes.
 */
async function answerContentOrValue(ctx: ComposeContext): Promise<KindAnswer> {
  if (askedType(ctx.q.text) === null) return answerContent(ctx);
  const value = await answerValue(ctx);
  return value instanceof AnswerDraft ? value : answerContent(ctx);
}

/**
 * A stored target answers a share or a count; a sum of money, tonnes or hectares needs a clause that
 * states one. Without a fitting target, a clause must still state a figure: a related quote is no answer.
 */
async function answerTargetOrValue(ctx: ComposeContext): Promise<KindAnswer> {
  const want = wantedType(ctx);
  if (want !== 'number' && want !== 'percentage') return answerValue(ctx);
  return (await answerTarget(ctx, want)) ?? answerValue(ctx);
}

export interface ComposeOptions {
  embedder?: VankienEmbeddings;
  /** The abstain model's operating point, P(decline) (default: the model file's; above 1 never declines — for training dumps). */
  abstainThreshold?: number;
  /** Also read what the draft states (`draft-report.ts`) and return it: for training dumps, not needed to answer. */
  reportDraft?: boolean;
}

/** A composed answer with what it was composed from (the generative mode reuses the clauses). */
export interface Composed {
  answer: Answer;
  context: ComposeContext;
  relevance: RelevanceReport;
  /** What the draft stated (`reportDraft`; none when no draft was written). */
  draft?: DraftReport;
}

/** `Không hiểu các từ: …` — said with every answer whose question had words nothing could read. */
function notUnderstoodNote(ctx: ComposeContext, words: readonly string[]): string {
  if (words.length === 0) return '';
  const list = words.map((w) => `“${w}”`).join(', ');
  return ctx.lang === 'en'
    ? ` Words not understood (not in the documents or the glossary): ${list}.`
    : ` Không hiểu các từ (không có trong văn bản và bảng thuật ngữ): ${list}.`;
}

function abstention(
  ctx: ComposeContext,
  by: DeclineMechanism,
  reason: string,
  message?: string,
  unread: readonly string[] = [],
  citations: Citation[] = [],
): Answer {
  const words = PHRASES[ctx.lang];
  const place = /^no document about (.+)$/.exec(reason)?.[1];
  const unknown = /^unknown document: (.+)$/.exec(reason)?.[1];
  const text = message ?? (place ? words.notAbout(place) : unknown ? words.unknownDocument(unknown) : words.notFound);
  // A decline on a weak or partial match says what the documents do say: the best clause's place, not a quote.
  const best = ctx.retrieved[0];
  const closest = !message && !place && !unknown && best ? words.closest(best.label) : '';
  return {
    answer: text + closest + notUnderstoodNote(ctx, unread),
    abstained: true,
    kind: ctx.q.kind,
    citations,
    meta: { mode: 'compose', lang: ctx.q.lang, removed: 0, reason, declinedBy: by },
  };
}

/**
 * A value asked about a party or vehicle the cited documents never name (`anchors.ts`): the store lacks that
 * party's paper, and a rule for everyone is not its value. Off with the model (a training dump's threshold above 1).
 */
async function partyReason(
  ctx: ComposeContext,
  draft: AnswerDraft,
  relevance: RelevanceReport,
  options: ComposeOptions,
): Promise<string | null> {
  if (!relevance.valueAsked || (options.abstainThreshold ?? 0) > 1) return null;
  const off = await partiesOffCited(ctx, draft);
  return off.length > 0 ? `not named in the cited documents: ${off.join(', ')}` : null;
}

/**
 * Answers a classified question from the store.
 * @example const { answer } = await composeAnswer(db, classifyQuestion('Ai chủ trì kiểm soát khai thác cát?'))
 */
export async function composeAnswer(db: Db, q: ClassifiedQuestion, options: ComposeOptions = {}): Promise<Composed> {
  const context = await buildContext(db, q, { embedder: options.embedder });
  const relevance = await assessRelevance(context);
  const done = (answer: Answer): Composed => ({ answer, context, relevance });

  if (q.unanchored) {
    const message =
      context.lang === 'en'
        ? 'This question follows an earlier one, but there is none to follow: please ask it in full.'
        : 'Câu hỏi này tiếp nối một câu hỏi trước nhưng không có câu hỏi trước: xin hỏi đầy đủ.';
    return done(abstention(context, 'follow-up', 'follow-up without an earlier question', message));
  }
  // Declines by rule read the question alone (an unknown document, words not understood): no draft needed.
  const ruled = q.kind === 'validity' ? null : ruledReason(relevance, q.kind);
  if (ruled) return done(abstention(context, 'rule', ruled, undefined, relevance.notUnderstood));

  let result = await ANSWERERS[q.kind](context);
  let writer: QuestionKind = q.kind;
  if (result === null && q.kind !== 'content') {
    // The open answerer quotes clauses: it is judged as a retrieval question is.
    writer = 'content';
    result = await answerContent(context);
  }
  if (result === null) return done(abstention(context, 'nothing retrieved', 'nothing retrieved'));
  if (!(result instanceof AnswerDraft)) {
    // Both decline: the model's reason names what the question asks that the corpus lacks (a place, a
    // concept); the answerer's says what the documents do state. The first is said when the model has one.
    const judged = abstainReason(relevance, writer, { threshold: options.abstainThreshold });
    return done(
      judged
        ? abstention(context, 'answerer', judged, undefined, relevance.notUnderstood)
        : abstention(context, 'answerer', result.abstain, result.message, [], result.citations),
    );
  }
  // Answer or decline once the draft exists, for the kind whose answerer wrote it. A validity question may name a
  // document only cited (`Nghị định 163/2013/NĐ-CP`): the store's validity statements answer it even when no
  // stored text is about it.
  const draft = options.reportDraft ? await readDraft(context, result, writer) : undefined;
  const party = writer === 'validity' ? null : await partyReason(context, result, relevance, options);
  const judged =
    writer === 'validity' || party ? null : abstainReason(relevance, writer, { threshold: options.abstainThreshold });
  if (party) return { ...done(abstention(context, 'party', party, undefined, relevance.notUnderstood)), draft };
  if (judged) return { ...done(abstention(context, 'model', judged, undefined, relevance.notUnderstood)), draft };
  // Say when a cited clause's document has been amended, replaced or repealed (a validity answer already does).
  const noted =
    q.kind === 'validity'
      ? { text: result.text, citations: result.citations, validity: [] }
      : await addValidityNotes(db, result, context.lang);
  return {
    ...done({
      answer: noted.text + notUnderstoodNote(context, relevance.notUnderstood),
      abstained: false,
      kind: q.kind,
      citations: noted.citations,
      meta: {
        mode: 'compose',
        lang: q.lang,
        removed: 0,
        ...(noted.validity.length ? { validity: noted.validity } : {}),
      },
    }),
    draft,
  };
}
