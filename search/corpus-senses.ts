/**
 * @module search/corpus-senses — which Vietnamese rendering of an ambiguous English word the store itself
 * uses beside the question's other words, learned from where the renderings stand in the indexed clauses.
 *
 * The glossary gives an English word every sense the genre knows (`plan` → `kế hoạch` | `quy hoạch`,
 * `health` → `y tế` | `sức khỏe` | `vệ sinh lao động`); adding them all at full weight lets the wrong sense
 * pull in clauses about something else. The corpus knows better: in clauses that also speak of `đô thị`,
 * `quy hoạch` is written far more often than `kế hoạch`. So each rendering is weighed by how often the clauses
 * holding it also hold a rendering of another word of the question, the rarer that other word the more it
 * counts, relative to its trigger's best rendering. A rendering the context never meets keeps a floor weight:
 * the corpus may simply not have the pair yet.
 */
import type { GlossaryExpansion } from './glossary.ts';
import type { InvertedIndex } from './lexical-index/inverted-index.ts';
import { fieldTerms } from './tokenize.ts';

/** Where a Vietnamese phrase stands: the ascending ordinals of the clauses holding it. */
export type PhraseClauses = (phrase: string) => Int32Array;

/** The weight a rendering keeps when the context prefers another (relative to the best one's 1). */
export const SENSE_FLOOR = 0.25;
/** Clauses added to a rendering's own count, so one lucky co-occurrence of a rare rendering does not win. */
const SMOOTHING = 10;

/** The key of one rendering of one trigger in the returned map. */
export const senseKey = (e: Pick<GlossaryExpansion, 'trigger' | 'phrase'>): string => `${e.trigger}\u0000${e.phrase}`;

/**
 * The folded terms that find a phrase in the index: its word pairs, or its word when it has one (`quy hoạch` →
 * `quy hoach`); a pair implies its words, whose long postings would only slow the lookup. Folded, so OCR'd tone
 * marks (`quy hoạch chỉ tiết`) and old tone placement (`hoá chất`) still count.
 * @example phraseTerms('vệ sinh lao động') // ['ve sinh', 'sinh lao', 'lao dong']
 */
export function phraseTerms(phrase: string): string[] {
  const terms = [...fieldTerms(phrase).folded.keys()];
  const pairs = terms.filter((t) => t.includes(' '));
  return pairs.length > 0 ? pairs : terms;
}

/** Whether some clause of `index` writes a phrase (its folded words side by side): how names and compounds are found. */
export function writtenIn(index: InvertedIndex): (phrase: string) => boolean {
  return (phrase) => index.clausesWithAll('folded', phraseTerms(phrase)).length > 0;
}

/**
 * Factor (SENSE_FLOOR..1) per translation, keyed by `senseKey`, for the triggers with two or more renderings the
 * corpus holds; other translations are absent (factor 1).
 * @example corpusSenses(translateEnglish('Who must prepare the urban plan?').expansions, where, n)
 * // kế hoạch gets less than quy hoạch when the store writes `quy hoạch` beside `đô thị`
 */
export function corpusSenses(
  expansions: readonly GlossaryExpansion[],
  where: PhraseClauses,
  clauseCount: number,
): Map<string, number> {
  const byTrigger = new Map<string, Array<{ phrase: string; clauses: Int32Array }>>();
  const cache = new Map<string, Int32Array>();
  for (const e of expansions) {
    if (e.source !== 'translation') continue;
    const list = byTrigger.get(e.trigger) ?? [];
    if (list.some((r) => r.phrase === e.phrase)) continue;
    let clauses = cache.get(e.phrase);
    if (!clauses) {
      clauses = where(e.phrase);
      cache.set(e.phrase, clauses);
    }
    list.push({ phrase: e.phrase, clauses });
    byTrigger.set(e.trigger, list);
  }
  const idf = (c: Int32Array) => Math.log(1 + clauseCount / (c.length + 1));
  const out = new Map<string, number>();
  for (const [trigger, renderings] of byTrigger) {
    const present = renderings.filter((r) => r.clauses.length > 0);
    if (present.length < 2) continue;
    const others = [...byTrigger]
      .filter(([t]) => t !== trigger && !overlaps(t, trigger))
      .map(([, rs]) => rs.filter((r) => r.clauses.length > 0));
    const scores = present.map((r) => {
      let score = 0;
      for (const context of others) {
        let best = 0;
        for (const c of context)
          best = Math.max(best, (idf(c.clauses) * shared(r.clauses, c.clauses)) / (r.clauses.length + SMOOTHING));
        score += best;
      }
      return score;
    });
    const top = Math.max(...scores);
    if (top <= 0) continue;
    present.forEach((r, i) => {
      out.set(senseKey({ trigger, phrase: r.phrase }), Math.max(SENSE_FLOOR, scores[i] / top));
    });
  }
  return out;
}

/** Two triggers sharing a word (`safety` in `safety test` and `fire safety`) are not each other's context. */
function overlaps(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
}

/** How many ordinals two ascending lists share. */
function shared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}
