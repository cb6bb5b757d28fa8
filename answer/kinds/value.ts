/**
 * @module answer/kinds/value
 * Questions asking for a value of a type — a sum or quantity with its unit (`mức phạt`, `giá một
 * tấn`, `bao nhiêu ha`), a percentage, a deadline (`hạn chót … ngày nào`): answered only from a
 * sentence that shows the question's topic and states a value of that type. When the best clauses
 * show the topic but state no such value, the answer abstains and says what the documents do cover.
 */
import { AnswerDraft } from '../answer-draft.ts';
import { askedUnit, askedValueType, foldKeepingOffsets, type ValueType, valuesIn } from '../answer-type.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { sentenceSpans, termHits } from '../quote.ts';
import { rerank } from '../rerank.ts';
import { PHRASES } from '../templates.ts';
import { answerValidity } from './validity.ts';

/** A clause must show at least this share of the weighted topic for its value to answer (as for quotes). */
const MIN_MATCH = 0.5;

/** The value type asked: a date for deadlines, else the unit the question names. */
export function wantedType(ctx: ComposeContext): ValueType {
  if (ctx.q.kind === 'deadline') return 'date';
  const asked = askedValueType(ctx.q.text);
  return ctx.q.kind === 'target' && asked === 'number' ? 'number' : asked;
}

const NAMES: Record<'vi' | 'en', Record<ValueType, string>> = {
  vi: {
    money: 'số tiền',
    mass: 'khối lượng',
    area: 'diện tích',
    volume: 'khối lượng',
    length: 'chiều dài',
    percentage: 'tỷ lệ',
    number: 'con số',
    date: 'thời hạn',
  },
  en: {
    money: 'amount of money',
    mass: 'weight',
    area: 'area',
    volume: 'volume',
    length: 'length',
    percentage: 'percentage',
    number: 'figure',
    date: 'deadline or date',
  },
};

interface Found {
  clause: { id: string; documentId: string; label: string; text: string };
  sentence: { start: number; end: number };
  value: { start: number; end: number };
  score: number;
}

/** Answers a value question, or abstains saying the documents give no value of that type. */
export async function answerValue(ctx: ComposeContext): Promise<KindAnswer> {
  const want = wantedType(ctx);
  const unit = askedUnit(ctx.q.text);
  const ranked = (await rerank(ctx)).filter((r) => r.kind !== 'preamble');
  let best: Found | null = null;
  for (const r of ranked) {
    if (r.match < MIN_MATCH) continue;
    const folded = foldKeepingOffsets(r.text);
    const values = valuesIn(r.text, want, unit);
    if (values.length === 0) continue;
    for (const s of sentenceSpans(r.text)) {
      const value = values.find((v) => v.start >= s.start && v.start < s.end);
      if (!value) continue;
      // The sentence must show the topic itself: a date elsewhere in a matching clause answers nothing.
      const hits = termHits(folded.slice(s.start, s.end), ctx.words, ctx.wordWeight);
      if (hits === 0) continue;
      const score = r.fit + hits;
      if (!best || score > best.score) {
        best = {
          clause: { id: r.clauseId, documentId: r.documentId, label: r.label, text: r.text },
          sentence: s,
          value,
          score,
        };
      }
    }
  }
  const words = PHRASES[ctx.lang];
  const what = NAMES[ctx.lang][want];
  if (!best && want === 'date' && EFFECT.test(foldKeepingOffsets(ctx.q.text))) {
    // `có hiệu lực từ khi nào`: the document's effect clause states it, whatever words the clause shows.
    const effect = await effectiveDate(ctx, ranked);
    if (effect) return effect;
  }
  if (!best) {
    const shown = ranked.find((r) => r.match >= MIN_MATCH);
    if (!shown) return { abstain: `no clause shows the topic with a ${want}`, message: words.notFound };
    const message =
      ctx.lang === 'en'
        ? `The documents mention this (${shown.label}) but state no ${what} for it.`
        : `Các văn bản có đề cập nội dung này (${shown.label}) nhưng không nêu ${what} cụ thể.`;
    return { abstain: `no ${want} stated in the matching clauses`, message };
  }
  const { clause, value } = best;
  const draft = new AnswerDraft();
  const stated = clause.text.slice(value.start, value.end);
  draft.add(ctx.lang === 'en' ? `The ${what}: ${stated}` : `${capitalize(what)}: ${stated}`);
  draft.add(`${words.according} ${clause.label}: ${draft.quote(clause, ctx.words, value, ctx.wordWeight)}`);
  return draft;
}

/** A date question about when a document takes effect. */
const EFFECT =
  /\b(?:(?:co|phat sinh) hieu luc|hieu luc thi hanh|ap dung tu|take effect|takes effect|in force|effective)\b/;

/** The validity statement of the document named, else of the best matching clause's document. */
async function effectiveDate(ctx: ComposeContext, ranked: readonly { documentId: string; match: number }[]) {
  const named = await answerValidity(ctx);
  if (named instanceof AnswerDraft) return named;
  const best = ranked.find((r) => r.match >= MIN_MATCH);
  const doc = best && ctx.documents.find((d) => d.id === best.documentId);
  if (!doc || doc.id === ctx.focus?.id) return null;
  const own = await answerValidity({ ...ctx, q: { ...ctx.q, slots: { ...ctx.q.slots, mentions: [] } }, focus: doc });
  return own instanceof AnswerDraft ? own : null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
