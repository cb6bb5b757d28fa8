/**
 * @module answer/kinds/target
 * Quantified targets from the targets table: the indicator that best fits the question's words,
 * scope (rural, urban ...), deadline year and place, quoted where the clause states it.
 */
import { foldAccents } from '../../core/text/vietnamese.ts';
import { AnswerDraft } from '../answer-draft.ts';
import { askedUnit, type ValueType, valuesIn } from '../answer-type.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';
import { clausesById, type StoredTarget, spanInClause, storedTargets } from '../clause-facts.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { isAbout } from '../find-documents.ts';
import { PHRASES, targetValue } from '../templates.ts';
import { paddedWords, showsIn } from '../vocabulary.ts';

/** Below this score no stored target answers the question. */
const MIN_SCORE = 0.35;

/** Words that show a scope in a question (folded), by the scope stored with targets. */
const SCOPE_WORDS: Readonly<Record<string, readonly string[]>> = {
  rural: ['nong thon'],
  urban: ['do thi', 'thanh thi'],
  industrial: ['cong nghiep'],
  medical: ['y te'],
};

const fold = (s: string) => foldAccents(s).toLowerCase();

/** Stored targets are shared until the store changes and each question scores all of them: fold each indicator once. */
const indicators = new WeakMap<StoredTarget, string>();
function indicatorWords(t: StoredTarget, scopeWords: readonly string[]): string {
  let words = indicators.get(t);
  if (words === undefined) {
    words = paddedWords(fold(`${t.indicator} ${scopeWords.join(' ')}`));
    indicators.set(t, words);
  }
  return words;
}

/** How well a target fits: share of concepts its indicator shows, adjusted by scope, year, place and retrieval. */
function score(ctx: ComposeContext, t: StoredTarget, question: string): number {
  const scopeWords = t.scope ? (SCOPE_WORDS[t.scope] ?? []) : [];
  const indicator = indicatorWords(t, scopeWords);
  const concepts = ctx.concepts.filter((c) => !/^\d{4}$/.test(c.label));
  let s = concepts.length ? concepts.filter((c) => showsIn(indicator, c)).length / concepts.length : 0;
  // An indicator that shows none of the question's words is another target, whatever its year or rank.
  if (s === 0) return 0;
  for (const [scope, words] of Object.entries(SCOPE_WORDS)) {
    if (
      words.some((w) => question.includes(w)) &&
      t.scope &&
      t.scope !== scope &&
      !scopeWords.some((w) => question.includes(w))
    ) {
      s -= 0.2;
    }
  }
  const { years } = ctx.q.slots;
  if (years.length > 0) {
    const inPeriod = t.period && years.some((y) => y >= t.period!.from && y <= t.period!.to);
    s += t.deadline !== null && years.includes(t.deadline) ? 0.2 : inPeriod ? 0.05 : -0.3;
  }
  const rank = ctx.retrieved.findIndex((r) => r.clauseId === t.clauseId);
  if (rank >= 0) s += 0.15 - rank * 0.02;
  return s;
}

/**
 * True when the target's value is of the type asked: a share for `bao nhiêu phần trăm`, not `40.000 tấn`.
 * A bare figure (`bao nhiêu`) takes any value; a count of a unit (`bao nhiêu ngày`, `mấy đơn vị`) one in that unit.
 */
export function targetOfType(
  t: Pick<StoredTarget, 'valueText' | 'unit'>,
  want: ValueType,
  unit: readonly string[] | null = null,
): boolean {
  const value = `${t.valueText} ${t.unit ?? ''}`;
  // `trong bao nhiêu ngày` counts days: a target of 10,8 MW is another figure.
  if (want === 'number' && unit) return new RegExp(`\\d\\S*\\s*${unit[0]}\\b`).test(foldKeepingOffsets(value));
  return want === 'number' || valuesIn(`${t.valueText}${t.unit ?? ''}`, want).length > 0;
}

/**
 * Answers target questions from stored targets of the value type asked; null when none fits (the
 * open answerer tries next).
 */
export async function answerTarget(ctx: ComposeContext, want: ValueType = 'number'): Promise<KindAnswer> {
  const places = ctx.q.slots.places;
  const unit = askedUnit(ctx.q.text);
  const byId = new Map(ctx.documents.map((d) => [d.id, d]));
  const about = (t: StoredTarget) => {
    const doc = byId.get(t.documentId);
    return places.length === 0 || (doc !== undefined && places.some((p) => isAbout(doc, p)));
  };
  // A target of another province never answers for the one asked about.
  const targets = (await storedTargets(ctx.db, ctx.focus?.id)).filter((t) => about(t) && targetOfType(t, want, unit));
  const question = fold(ctx.q.text);
  const ranked = targets.map((t) => ({ t, s: score(ctx, t, question) })).sort((a, b) => b.s - a.s);
  const best = ranked[0];
  if (!best || best.s < MIN_SCORE) return null;
  const { t } = best;
  const clause = (await clausesById(ctx.db, [t.clauseId])).get(t.clauseId);
  if (!clause) return null;
  const draft = new AnswerDraft();
  const value = targetValue(t.comparator, `${t.valueText}${t.unit ?? ''}`, ctx.lang);
  draft.add(PHRASES[ctx.lang].target(t.indicator, value, t.deadline));
  draft.add(`${clause.label}: ${draft.quote(clause, ctx.words, { around: spanInClause(clause, t.span) })}`);
  return draft;
}
