/**
 * @module evals/metrics/retrieval
 * Ranking metrics over evidence: a retrieved passage is relevant when its text contains one of
 * the gold evidence quotes (both NFC). Recall@k is the share of questions with a relevant passage
 * in the top k; MRR@k the mean of 1/rank of the first relevant one (0 past k).
 */
import { evidenceForm } from '../text-forms.ts';

/** True when `text` contains one of the quotes, compared in NFC (or in the form `compare` makes). */
export function isEvidenceHit(
  text: string,
  quotes: readonly string[],
  compare: (s: string) => string = evidenceForm,
): boolean {
  const hay = compare(text);
  return quotes.some((q) => hay.includes(compare(q)));
}

/**
 * 1-based rank of the first relevant passage, or null when none is relevant.
 * @example firstHitRank(['a b', 'quote here'], ['quote']) // 2
 */
export function firstHitRank(
  texts: readonly string[],
  quotes: readonly string[],
  compare: (s: string) => string = evidenceForm,
): number | null {
  const wanted = quotes.map(compare);
  for (let i = 0; i < texts.length; i++) {
    const hay = compare(texts[i]);
    if (wanted.some((q) => hay.includes(q))) return i + 1;
  }
  return null;
}

/** 1 when the first relevant rank is within k, else 0. */
export function recallAt(rank: number | null, k: number): number {
  return rank !== null && rank <= k ? 1 : 0;
}

/** 1/rank when the first relevant rank is within k, else 0. */
export function reciprocalRankAt(rank: number | null, k: number): number {
  return rank !== null && rank <= k ? 1 / rank : 0;
}

/** Mean of the values, NaN for none (shown as “–”). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Recall@1/5/10 and MRR@10 over a set of questions, with the count they rest on. */
export interface RankingScores {
  n: number;
  recall1: number;
  recall5: number;
  recall10: number;
  mrr10: number;
}

/**
 * Scores from first-hit ranks (one per question).
 * @example rankingScores([1, 3, null]) // { n: 3, recall1: 1/3, recall5: 2/3, recall10: 2/3, mrr10: (1 + 1/3) / 3 }
 */
export function rankingScores(ranks: ReadonlyArray<number | null>): RankingScores {
  return {
    n: ranks.length,
    recall1: mean(ranks.map((r) => recallAt(r, 1))),
    recall5: mean(ranks.map((r) => recallAt(r, 5))),
    recall10: mean(ranks.map((r) => recallAt(r, 10))),
    mrr10: mean(ranks.map((r) => reciprocalRankAt(r, 10))),
  };
}

/**
 * Scores overall and per group (language, kind ...): `groups` maps each group name to the keys it holds.
 * @example scoresByGroup(ranks, (q) => [q.lang, `kind:${q.kind}`])
 */
export function scoresByGroup<T>(
  items: readonly T[],
  rankOf: (item: T) => number | null,
  groupsOf: (item: T) => string[],
): Record<string, RankingScores> {
  const ranks = new Map<string, Array<number | null>>([['all', []]]);
  for (const item of items) {
    const rank = rankOf(item);
    ranks.get('all')?.push(rank);
    for (const g of groupsOf(item)) {
      const list = ranks.get(g) ?? [];
      list.push(rank);
      ranks.set(g, list);
    }
  }
  return Object.fromEntries([...ranks].map(([g, r]) => [g, rankingScores(r)]));
}
