/**
 * @module search/near-duplicates
 * Clause texts that say the same thing: the same decree stored as `.docx` and `.doc`, the same law in
 * two folders, a form repeated in every licence. Two texts are near-duplicates when their sets of
 * three-word shingles (folded, punctuation ignored) overlap by `NEAR_DUPLICATE_JACCARD` or more; a
 * ranked list keeps the first of each group and notes the others.
 */
import { tokenize } from './tokenize.ts';

/** Jaccard overlap of shingle sets from which two clauses count as one (OCR noise and a changed date stay above it). */
export const NEAR_DUPLICATE_JACCARD = 0.8;
const SHINGLE = 3;

/**
 * The folded three-word shingles of a text (the whole text as one shingle when shorter).
 * @example shingles('Khai thác cát trên sông Hậu') // Set { 'khai thac cat', 'thac cat tren', 'cat tren song', 'tren song hau' }
 */
export function shingles(text: string): Set<string> {
  const words = tokenize(text).map((t) => t.folded);
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Jaccard overlap of two shingle sets (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
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
  const kept: Array<{ item: T; duplicates: string[]; shingles: Set<string> }> = [];
  for (const item of ranked) {
    const own = shingles(item.text);
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
