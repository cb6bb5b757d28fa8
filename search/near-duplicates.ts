/**
 * @module search/near-duplicates
 * Clause texts that say the same thing: the same decree stored as `.docx` and `.doc`, the same law in
 * two folders, a form repeated in every licence. Two texts are near-duplicates when their sets of
 * three-word shingles (folded, punctuation ignored) overlap by `NEAR_DUPLICATE_JACCARD` or more; a
 * ranked list keeps the first of each group and notes the others.
 */
import { foldedTokens } from './tokenize.ts';

/** Jaccard overlap of shingle sets from which two clauses count as one (OCR noise and a changed date stay above it). */
export const NEAR_DUPLICATE_JACCARD = 0.8;
const SHINGLE = 3;

/**
 * The folded three-word shingles of each text (the whole text as one shingle when shorter), as keys comparable
 * between the sets of one call only: each folded word is numbered, and a shingle is its three numbers in one
 * number (exact while they fit in a double; spelled out past that). Strings built and hashed per shingle were most
 * of a search's collapse.
 * @example const [a, b] = shingleSets(['Khai thác cát trên sông Hậu', 'khai thac cat tren song Hau']) // jaccard(a, b) === 1
 */
export function shingleSets(
  texts: readonly string[],
  largestKey = Number.MAX_SAFE_INTEGER, // lowered by a test to reach the spelled-out keys
): Array<Set<number | string>> {
  const ids = new Map<string, number>();
  const sequences = texts.map((text) =>
    foldedTokens(text).map((word) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size + 1; // from 1: a 0 digit marks a shorter text's single shingle
        ids.set(word, id);
      }
      return id;
    }),
  );
  const base = ids.size + 1;
  const key =
    base ** SHINGLE <= largestKey
      ? (words: readonly number[], i: number, n: number) => {
          let k = 0;
          for (let j = i; j < i + n; j++) k = k * base + words[j];
          return k;
        }
      : (words: readonly number[], i: number, n: number) => words.slice(i, i + n).join(' ');
  return sequences.map((words) => {
    const out = new Set<number | string>();
    if (words.length < SHINGLE) {
      if (words.length > 0) out.add(key(words, 0, words.length));
      return out;
    }
    for (let i = 0; i + SHINGLE <= words.length; i++) out.add(key(words, i, SHINGLE));
    return out;
  });
}

/** Jaccard overlap of two shingle sets (0 when both are empty). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Walks a ranked list and keeps the first of each group of near-duplicate texts, up to `limit`;
 * each kept item lists the ids it stands for.
 * @example collapseNearDuplicates([{ id: 'a', text: t }, { id: 'b', text: t }], 5) // [{ item: a, duplicates: ['b'] }]
 */
export function collapseNearDuplicates<T extends { id: string; text: string }>(
  ranked: readonly T[],
  limit: number,
): Array<{ item: T; duplicates: string[] }> {
  const kept: Array<{ item: T; duplicates: string[]; shingles: Set<number | string> }> = [];
  const sets = shingleSets(ranked.map((item) => item.text));
  for (const [i, item] of ranked.entries()) {
    const own = sets[i];
    const same = kept.find((k) => jaccard(k.shingles, own) >= NEAR_DUPLICATE_JACCARD);
    if (same) {
      same.duplicates.push(item.id);
      continue;
    }
    if (kept.length >= limit) continue;
    kept.push({ item, duplicates: [], shingles: own });
  }
  return kept.map(({ item, duplicates }) => ({ item, duplicates }));
}
