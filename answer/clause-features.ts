/**
 * @module answer/clause-features
 * What the clause chooser reads of each re-ranked clause: generic features that say whether a clause
 * holds the fact a question asks for — its search rank and score, the share of the question's topic it,
 * its best sentence and its headings show, whether it states a value of the asked type near the
 * question's words, its length, whether it is formula (`Căn cứ …`, `Nơi nhận`) or a bare lead-in, and how well
 * its document fits the question and how many of the re-read clauses come from it.
 */
import { askedType, askedUnit, askedValueType, type ValueType, valuesIn } from './answer-type.ts';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import type { ComposeContext } from './compose-context.ts';
import { sentenceSpans } from './quote.ts';
import type { Reranked } from './rerank.ts';
import askedFieldWords from '../search/data/asked-fields.json' with { type: 'json' };

export const CHOOSER_FEATURES = [
  'rank',
  'scoreRatio',
  'clauseShare',
  'sentenceShare',
  'headingShare',
  'valueHeld',
  'valueNear',
  'length',
  'formula',
  'leadIn',
  'fieldAsked',
  'otherPlace',
  'documentFit',
  'documentShare',
] as const;
export type ChooserFeature = (typeof CHOOSER_FEATURES)[number];

/** Characters between a value and the nearest question word at which closeness halves. */
const NEAR_CHARS = 40;
/** Clause length (characters) at which the length feature reaches 1 (log scale). */
const LONG_CLAUSE = 2000;

/**
 * The value type the question asks for, the way the value answerer reads it: a deadline asks a date;
 * an open question a type only when it names one; a target or amount its unit, else any figure.
 */
export function chooserValueType(q: ComposeContext['q']): ValueType | null {
  if (q.kind === 'deadline') return 'date';
  const open = askedType(q.text);
  if (open !== null) return open;
  return q.kind === 'target' || q.kind === 'amount' ? askedValueType(q.text) : null;
}

/** Formula of the genre (NĐ 30/2020, HD 36-HD/VPTW): a basis line, the recipients block, a title block. */
const FORMULA_OPENING = /^\s*(?:-\s*)?(?:can cu|noi nhan|kinh gui|\(?da ky\)?)\b/;

/**
 * Closeness (0..1) of the nearest value of `want` to a question word in a sentence that shows the topic:
 * `Phạt tiền từ 10.000.000 đồng … đối với hành vi … không lập kế hoạch` sits near its act.
 */
export function valueNearness(
  text: string,
  want: ValueType,
  unit: readonly string[] | null,
  words: readonly string[],
): number {
  const values = valuesIn(text, want, unit);
  if (values.length === 0) return 0;
  const folded = foldKeepingOffsets(text);
  let best = 0;
  for (const s of sentenceSpans(text)) {
    const inside = values.filter((v) => v.start >= s.start && v.start < s.end);
    if (inside.length === 0) continue;
    const sentence = folded.slice(s.start, s.end);
    const at: number[] = [];
    for (const w of words) {
      if (w.length < 2) continue;
      for (const m of sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'gu')))
        at.push(s.start + (m.index ?? 0));
    }
    if (at.length === 0) continue;
    for (const v of inside) {
      const d = Math.min(...at.map((p) => (p < v.start ? v.start - p : Math.max(0, p - v.end))));
      best = Math.max(best, 1 / (1 + d / NEAR_CHARS));
    }
  }
  return best;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A clause's opening numbering (`2.`, `II.`, `a)`, `-`) before its field label. */
const NUMBERING = String.raw`(?:(?:\d+(?:\.\d+)*|[ivx]+)[.)]|[a-z]\)|[-+•*])?`;

/**
 * Each labelled field of the genre (data: search/data/asked-fields.json, the list search's labelled answers read):
 * the question words asking it, those pointing elsewhere, the clause opening stating it; a field marked
 * `chooser: false` there is search's alone.
 */
const FIELDS = askedFieldWords.fields
  .filter((f) => !('chooser' in f) || f.chooser !== false)
  .map((f) => ({
    asked: new RegExp(`\\b(?:${f.asked.join('|')})\\b`),
    unless: 'unless' in f && f.unless ? new RegExp(`\\b(?:${f.unless.join('|')})\\b`) : null,
    label: new RegExp(`^\\s*${NUMBERING}\\s*(?:${f.labels.join('|')})\\b[^:\\n]{0,30}:`),
  }));

/**
 * The openings of the labelled lines that state what a question asks (`ở đâu` → `2. Địa điểm: …`), from the folded question.
 * @example askedFieldLabels('lop huan luyen to chuc o dau').some((l) => l.test('2. dia diem: hoi truong')) // true
 */
export function askedFieldLabels(foldedQuestion: string): RegExp[] {
  return FIELDS.filter((f) => f.asked.test(foldedQuestion) && !f.unless?.test(foldedQuestion)).map((f) => f.label);
}

/**
 * Feature rows, one per clause, in `CHOOSER_FEATURES` order.
 * @example const rows = clauseFeatures(ctx, await rerank(ctx))
 */
export function clauseFeatures(ctx: ComposeContext, ranked: readonly Reranked[]): number[][] {
  const want = chooserValueType(ctx.q);
  const unit = want === 'number' ? askedUnit(ctx.q.text) : null;
  const top = Math.max(0, ...ranked.map((r) => r.score));
  const depth = Math.max(1, ranked.length);
  // How well each clause's document fits the question's words and names (`find-documents.ts`), against the best.
  const docScore = new Map(ctx.candidates.map((c) => [c.doc.id, c.score]));
  const bestDoc = Math.max(0, ...ctx.candidates.map((c) => c.score));
  const labels = askedFieldLabels(foldKeepingOffsets(ctx.q.text));
  const perDocument = new Map<string, number>();
  for (const r of ranked) perDocument.set(r.documentId, (perDocument.get(r.documentId) ?? 0) + 1);
  return ranked.map((r) => {
    const folded = foldKeepingOffsets(r.text);
    const held = want !== null && valuesIn(r.text, want, unit).length > 0;
    const row: Record<ChooserFeature, number> = {
      rank: r.rank / depth,
      scoreRatio: top > 0 ? r.score / top : 0,
      clauseShare: r.shares.clause,
      sentenceShare: r.shares.sentence,
      headingShare: r.shares.heading,
      valueHeld: held ? 1 : 0,
      valueNear: held && want ? valueNearness(r.text, want, unit, ctx.words) : 0,
      length: Math.min(1, Math.log1p(r.text.length) / Math.log1p(LONG_CLAUSE)),
      formula: r.kind === 'preamble' || r.kind === 'signature' || FORMULA_OPENING.test(folded) ? 1 : 0,
      leadIn: /:\s*$/.test(r.text) ? 1 : 0,
      fieldAsked: labels.some((l) => l.test(folded)) ? 1 : 0,
      otherPlace: r.fit < r.match ? 1 : 0,
      documentFit: bestDoc > 0 ? Math.max(0, docScore.get(r.documentId) ?? 0) / bestDoc : 0,
      documentShare: (perDocument.get(r.documentId) ?? 0) / depth,
    };
    return CHOOSER_FEATURES.map((f) => row[f]);
  });
}
