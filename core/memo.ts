/**
 * @module core/memo
 * A pure function's results kept for the inputs seen lately: the same texts and phrases come back close together
 * (one document's clauses through several extractors, one cue list over many clauses), while a cache that only grew
 * would end up holding a whole archive. Bounded: emptied when full.
 */

/**
 * `build` with its results kept for up to `limit` distinct keys.
 * @example const formOf = memoize(ocrForm, 4096); formOf('Sở Công Thương')
 */
export function memoize<V>(build: (key: string) => V, limit: number): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= limit) kept.clear();
      value = build(key);
      kept.set(key, value);
    }
    return value;
  };
}
