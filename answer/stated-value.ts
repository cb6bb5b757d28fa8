/**
 * @module answer/stated-value
 * The asked value said in the answer's own words when an answer quotes it: a question asking a date, a sum
 * or a share is answered by the value, not by a passage the reader must search (#14). Of the values of the
 * asked type a quote holds, the one nearest the question's words is stated whole (`statedSpan`: a range,
 * a time limit with its anchor), before the quotes.
 */
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import type { Span } from '../core/types.ts';
import type { AnswerDraft } from './answer-draft.ts';
import { askedSum, askedUnit, plainCount, sumsOfKind, valuesIn } from './answer-type.ts';
import type { ComposeContext } from './compose-context.ts';
import { capitalize, statedSpan, VALUE_NAMES, wantedType } from './kinds/value.ts';
import { sentenceSpans, termNearness, termHits } from './quote.ts';

/**
 * The value of `values` in `text` whose sentence shows the question's words, nearest one of them; null when
 * no sentence holding a value shows any.
 * @example nearestValue('Phạt tiền từ 1.000.000 đồng đối với hành vi …', spans, ['phat', 'hanh', 'vi'], w) // the sum's span
 */
export function nearestValue(
  text: string,
  values: readonly Span[],
  words: readonly string[],
  weight: (word: string) => number,
): Span | null {
  const folded = foldKeepingOffsets(text);
  let best: { span: Span; hits: number; near: number } | null = null;
  for (const s of sentenceSpans(text)) {
    const inside = values.filter((v) => v.start >= s.start && v.start < s.end);
    if (inside.length === 0) continue;
    const hits = termHits(folded.slice(s.start, s.end), words, weight);
    if (hits === 0) continue;
    for (const v of inside) {
      const near = termNearness(folded, s, v, words, weight);
      if (!best || hits > best.hits || (hits === best.hits && near > best.near)) best = { span: v, hits, near };
    }
  }
  return best?.span ?? null;
}

/**
 * `Thời hạn: trước ngày 15/6/2026.` — put first in a quoting draft when the question asks a value and a
 * quote holds one of its type in a sentence showing the question's words; the draft is left as it is otherwise.
 */
export function stateAskedValue(ctx: ComposeContext, draft: AnswerDraft): void {
  const found = quotedAskedValue(ctx, draft);
  if (!found) return;
  const whole = statedSpan(foldKeepingOffsets(found.quote), found.value);
  const stated = plainCount(found.quote.slice(whole.start, whole.end).trim());
  const what = VALUE_NAMES[ctx.lang][wantedType(ctx)];
  draft.sentences.unshift(ctx.lang === 'en' ? `The ${what}: ${stated}.` : `${capitalize(what)}: ${stated}.`);
}

/**
 * The first quote of `draft` holding a value of the asked type in a sentence that shows the question's words, with
 * that value; null when none does.
 */
function quotedAskedValue(ctx: ComposeContext, draft: AnswerDraft): { quote: string; value: Span } | null {
  const want = wantedType(ctx);
  const unit = want === 'number' ? askedUnit(ctx.q.text) : null;
  const sum = want === 'money' ? askedSum(ctx.q.text) : null;
  for (const c of draft.citations) {
    const values = sumsOfKind(c.quote, valuesIn(c.quote, want, unit), sum);
    const value = nearestValue(c.quote, values, ctx.words, ctx.wordWeight);
    if (value) return { quote: c.quote, value };
  }
  return null;
}
