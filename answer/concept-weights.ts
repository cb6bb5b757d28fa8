/** @module answer/concept-weights — how much each concept of a question weighs: IDF over the stored clauses, times its length in words. */

import type { Db } from '../core/store/index.ts';
import { foldText } from '../search/analyzer.ts';
import { STOPWORDS } from '../search/data/stopwords.ts';
import { lexicalIndex } from '../search/lexical-index/sync.ts';
import type { Concept } from './vocabulary.ts';

const FOLDED_STOPWORDS = new Set(STOPWORDS.map((w) => foldText(w)));

/** Adjacent word pairs of a phrase (`thu gom va xu ly` → `thu gom`, `gom va`, `va xu`, `xu ly`). */
function bigramsOf(phrase: string): string[] {
  const words = phrase.split(' ').filter(Boolean);
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/**
 * The index terms (folded field) a phrase is counted by: its word pairs as the index holds them —
 * pairs with a stopword are not indexed unless they are words themselves (`do thi` is `đô thị`) — or,
 * when no pair is usable, its words (`xanh va sach` → `xanh`, `sach`).
 */
function countedTerms(phrase: string, df: ReadonlyMap<string, number>): string[] {
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 1) return words;
  const pairs = bigramsOf(phrase).filter((b) => df.has(b) || !b.split(' ').some((w) => FOLDED_STOPWORDS.has(w)));
  return pairs.length > 0 ? pairs : words.filter((w) => !FOLDED_STOPWORDS.has(w));
}

/** Words of a phrase that carry meaning: all of a pair (`do thi`), the non-stopwords of longer ones (`xanh va sach` → 2). */
function wordCount(phrase: string): number {
  const words = phrase.split(' ').filter(Boolean);
  return words.length <= 2 ? words.length : words.filter((w) => !FOLDED_STOPWORDS.has(w)).length;
}

/** Clause count and document frequency of each folded index term (absent terms left out). */
async function frequencies(db: Db, terms: readonly string[]): Promise<{ n: number; df: Map<string, number> }> {
  const index = await lexicalIndex(db);
  const df = new Map<string, number>();
  for (const term of new Set(terms)) {
    const count = index.df('folded', term);
    if (count > 0) df.set(term, count);
  }
  return { n: index.size, df };
}

/** Concept weights: IDF of the concept's most frequent alternative (a phrase's frequency is its rarest bigram's), times its length in words. */
export async function conceptWeights(
  db: Db,
  concepts: readonly Concept[],
): Promise<{ weights: number[]; absent: boolean[] }> {
  const { n, df } = await frequencies(
    db,
    concepts.flatMap((c) => c.alternatives.flatMap((a) => [...a.split(' '), ...bigramsOf(a)])),
  );
  const weights: number[] = [];
  const absent: boolean[] = [];
  for (const c of concepts) {
    const counted = c.alternatives.map((a) => countedTerms(a, df));
    const freq = Math.max(0, ...counted.map((terms) => Math.min(...terms.map((t) => df.get(t) ?? 0))));
    // A phrase weighs as many words as it has, so `bhyt` counts like `bảo hiểm y tế` written out.
    const size = Math.max(...c.alternatives.map(wordCount));
    weights.push(size * Math.log(1 + (n + 1) / (freq + 0.5)));
    absent.push(freq === 0);
  }
  return { weights, absent };
}

/** The phrases (folded bigrams) some stored clause uses. */
export async function knownPhrases(db: Db, phrases: readonly string[]): Promise<Set<string>> {
  if (phrases.length === 0) return new Set();
  const index = await lexicalIndex(db);
  return new Set(phrases.filter((p) => index.df('folded', p) > 0));
}
