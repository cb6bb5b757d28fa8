/** @module ingest/duplicates/text-fingerprint — a MinHash signature of a document's normalized text, to recognise the same text in another format or typing. */
import { foldAccents } from '../../core/text/vietnamese.ts';

/** Hash functions in a signature: the estimate's standard error is about 0.03 near a similarity of 0.9. */
const PERMUTATIONS = 128;
/** Words per shingle: long enough that two different documents of one genre share few of them. */
const SHINGLE = 5;
/** The text compared: its beginning, where the header, title and first articles are. */
const MAX_CHARS = 100_000;
/** Fewer shingles than this say too little to call two texts the same. */
const MIN_SHINGLES = 20;
const VERSION = 'mh1';

/** Words of the text, accent-folded and lowercase: typing, glyphs, line breaks and tables do not matter. */
export function fingerprintTokens(text: string): string[] {
  return (
    foldAccents(text.slice(0, MAX_CHARS).normalize('NFC'))
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** FNV-1a over a string, with a seed, as an unsigned 32-bit integer. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The text's MinHash signature (`mh1:` + hex), or null when it is too short to compare.
 * @example similarity(textFingerprint(docxText)!, textFingerprint(docText)!) // ≈ 0.97 for one decree in two formats
 */
export function textFingerprint(text: string): string | null {
  const tokens = fingerprintTokens(text);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) shingles.add(tokens.slice(i, i + SHINGLE).join(' '));
  if (shingles.size < MIN_SHINGLES) return null;
  const mins = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const shingle of shingles) {
    // Double hashing: h1 + i·h2 stands in for 128 independent hash functions.
    const h1 = fnv1a(shingle, 0);
    const h2 = fnv1a(shingle, 0x9e3779b9) | 1;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < mins[i]) mins[i] = h;
    }
  }
  return `${VERSION}:${Array.from(mins, (m) => m.toString(16).padStart(8, '0')).join('')}`;
}

/** Estimated Jaccard similarity of the two texts' shingle sets (0 when the signatures are not comparable). */
export function similarity(a: string, b: string): number {
  if (!a.startsWith(`${VERSION}:`) || !b.startsWith(`${VERSION}:`) || a.length !== b.length) return 0;
  let same = 0;
  for (let i = VERSION.length + 1; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / PERMUTATIONS;
}

/**
 * A signature's 128 minimums as numbers, or null when it is not a signature of this version: comparing
 * these is `similarity` without re-reading hex (a batch compares each new file with every stored one).
 */
export function signatureWords(fingerprint: string): Uint32Array | null {
  const body = fingerprint.startsWith(`${VERSION}:`) ? fingerprint.slice(VERSION.length + 1) : '';
  if (body.length !== PERMUTATIONS * 8 || !/^[0-9a-f]+$/.test(body)) return null;
  const words = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) words[i] = Number.parseInt(body.slice(i * 8, i * 8 + 8), 16);
  return words;
}

/** `similarity` over two `signatureWords`. */
export function wordsSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}
