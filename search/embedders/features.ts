/** @module search/embedders/features — the hashed embedder's features: folded and accented syllables, syllable bigrams, character 3-grams, symbols. */

import { bigramPairs, tokenize } from '../tokenize.ts';

/** Relative weight of each feature group. */
export const FEATURE_WEIGHTS = { word: 1, accented: 0.5, bigram: 1, symbol: 1.5, char: 0.35 } as const;

/** Feature key → (count, group weight). */
export type FeatureCounts = Map<string, { tf: number; weight: number }>;

/**
 * 32-bit FNV-1a over UTF-16 code units, with a final avalanche so low bits are well mixed.
 * @example fnv1a('khai thac') // a stable unsigned 32-bit integer
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Counts the features of a text, mostly on the folded form (so a query typed without diacritics still
 * lands near its clause): `w|khai`, `e|thác`, `b|khai thac`, `s|81-kl/tw`, `c|#kh` ...
 */
export function extractFeatures(text: string): FeatureCounts {
  const tokens = tokenize(text);
  const out: FeatureCounts = new Map();
  const add = (key: string, weight: number) => {
    const known = out.get(key);
    if (known) known.tf += 1;
    else out.set(key, { tf: 1, weight });
  };
  for (const t of tokens) {
    if (t.stop) continue;
    if (t.kind === 'symbol') {
      add(`s|${t.folded}`, FEATURE_WEIGHTS.symbol);
      if (t.number) add(`w|${t.number}`, FEATURE_WEIGHTS.word);
      continue;
    }
    add(`w|${t.folded}`, FEATURE_WEIGHTS.word);
    // The accented spelling too, so `cát` leans towards `cát` rather than `cắt`; unaccented text has no such feature.
    if (t.exact !== t.folded) add(`e|${t.exact}`, FEATURE_WEIGHTS.accented);
    if (t.kind === 'word') {
      const padded = `#${t.folded}#`;
      for (let i = 0; i + 3 <= padded.length; i++) add(`c|${padded.slice(i, i + 3)}`, FEATURE_WEIGHTS.char);
    }
  }
  for (const [i, j] of bigramPairs(text, tokens))
    add(`b|${tokens[i].folded} ${tokens[j].folded}`, FEATURE_WEIGHTS.bigram);
  return out;
}
