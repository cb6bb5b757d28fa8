/** @module search/fusion — reciprocal-rank fusion of ranked channels, keyed on clause ID. */

/** RRF's damping constant (Cormack et al. 2009). */
export const RRF_K = 60;

/** One channel's ranking (best first) and its weight. */
export interface RankedList {
  name: string;
  ids: readonly string[];
  weight?: number;
}

export interface FusedItem {
  clauseId: string;
  score: number;
  /** 1-based rank per channel that returned the clause. */
  ranks: Record<string, number>;
}

/**
 * Σ weight / (k + rank) over the channels that returned each clause; best first, ties by clause id.
 * @example fuse([{ name: 'lexical', ids: ['a', 'b'] }, { name: 'dense', ids: ['b'] }])[0].clauseId // 'b'
 */
export function fuse(lists: readonly RankedList[], k = RRF_K): FusedItem[] {
  const items = new Map<string, FusedItem>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    list.ids.forEach((id, i) => {
      const item = items.get(id) ?? { clauseId: id, score: 0, ranks: {} };
      if (item.ranks[list.name] !== undefined) return; // a channel counts a clause once
      item.ranks[list.name] = i + 1;
      item.score += weight / (k + i + 1);
      items.set(id, item);
    });
  }
  return [...items.values()].sort(
    (a, b) => b.score - a.score || (a.clauseId < b.clauseId ? -1 : a.clauseId > b.clauseId ? 1 : 0),
  );
}
