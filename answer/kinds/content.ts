/**
 * @module answer/kinds/content
 * The open question, and the fallback of every other kind: the best clauses for the question's
 * topic, each quoted at the sentence that shows most of it.
 */
import { foldAccents } from '../../core/text/vietnamese.ts';
import { AnswerDraft } from '../answer-draft.ts';
import { answeringSymbols, askedDocument } from '../asked-document.ts';
import { answeringBodies } from '../named-bodies.ts';
import { askedType, askedUnit, valuesIn } from '../answer-type.ts';
import { type ComposeContext, type KindAnswer, ROLE_KINDS } from '../compose-context.ts';
import { chooseClauses } from '../clause-chooser.ts';
import { rerank } from '../rerank.ts';
import { joinList, PHRASES } from '../templates.ts';
import { shows } from '../vocabulary.ts';
import { stateAskedValue } from '../stated-value.ts';

/** A runner-up clause is quoted too when it fits at least this share of the best one and adds a concept. */
const RUNNER_UP = 0.85;

/** Quotes the best clause (and a close runner-up that adds to it); null when nothing was retrieved. */
export async function answerContent(ctx: ComposeContext): Promise<KindAnswer> {
  // The clause that holds the fact, by the learned chooser — not merely the one showing most words.
  const ranked = chooseClauses(ctx, await rerank(ctx));
  // A title block answers only when nothing else does.
  const body = ranked.filter((r) => r.kind !== 'preamble');
  const [best, next] = body.length > 0 ? body : ranked;
  if (!best) return null;
  // Whether the best clause shows enough of the topic is the abstain model's call (its `topicMatch`).
  const chosen = [best];
  if (next && next.fit >= best.fit * RUNNER_UP) {
    const seen = foldAccents(best.text).toLowerCase();
    const adds = foldAccents(next.text).toLowerCase();
    if (ctx.topic.some((c) => shows(adds, c) && !shows(seen, c))) chosen.push(next);
  }
  const draft = new AnswerDraft();
  const asked = askedType(ctx.q.text);
  for (const r of chosen) {
    const clause = { id: r.clauseId, documentId: r.documentId, label: r.label, text: r.text };
    // `… khi nào?`, `… bao nhiêu phần trăm?`: the sentence holding such a value answers, not the one with most words.
    const values = asked ? valuesIn(r.text, asked, askedUnit(ctx.q.text)) : undefined;
    draft.add(
      `${PHRASES[ctx.lang].according} ${r.label}: ${draft.quote(clause, ctx.words, { weight: ctx.wordWeight, values, densest: !ROLE_KINDS.has(ctx.q.kind) })}`,
    );
  }
  const stated = statedDocuments(ctx, draft) ?? statedBodies(ctx, draft);
  if (stated) draft.sentences.unshift(stated);
  // `… khi nào?`: the date the quote holds is said first, not left for the reader to find in it.
  else if (asked) stateAskedValue(ctx, draft);
  return draft;
}

/** Kinds that ask who: a clause without a stored responsibility is quoted, and the body it names is stated. */
const WHO_KINDS = new Set(['lead', 'coordinate', 'report']);

/** `Cơ quan: Hội đồng An toàn vệ sinh lao động tỉnh.` — the body the first quote names nearest the question's words. */
function statedBodies(ctx: ComposeContext, draft: AnswerDraft): string | null {
  // A question read as "who" that asks a year or a date (`hẹn sơ kết vào những năm nào`) gets no body.
  if (!WHO_KINDS.has(ctx.q.kind) || askedType(ctx.q.text) !== null) return null;
  for (const c of draft.citations) {
    const bodies = answeringBodies(c.quote, ctx.q, ctx.words);
    if (bodies.length > 0) return `${ctx.lang === 'en' ? 'Body' : 'Cơ quan'}: ${joinList(bodies, ctx.lang)}.`;
  }
  return null;
}

/**
 * `Văn bản: 606/BCT-ATMT.` — for a question asking which document (`thực hiện văn bản nào`, `Which decree`),
 * the symbols the first quote that cites any gives, stated in the answer's own words; null otherwise.
 */
function statedDocuments(ctx: ComposeContext, draft: AnswerDraft): string | null {
  const asked = askedDocument(ctx.q.text);
  if (!asked) return null;
  // The documents the question names are its subject, not its answer.
  const named = ctx.q.slots.mentions.map((m) => ({
    number: m.number,
    year: /\/(\d{4})/.exec(m.mention)?.[1] ?? null,
  }));
  for (const c of draft.citations) {
    const symbols = answeringSymbols(c.quote, asked, named);
    if (symbols.length > 0) return `${ctx.lang === 'en' ? 'Document' : 'Văn bản'}: ${joinList(symbols, ctx.lang)}.`;
  }
  return null;
}
