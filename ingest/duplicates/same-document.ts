/** @module ingest/duplicates/same-document — decides whether a new file holds a document already stored: same text, or nearly the same text and no contradicting symbol. */
import { foldAccents } from '../../core/text/vietnamese.ts';
import { similarity } from './text-fingerprint.ts';

/** Shingle similarity from which two texts are one document whatever their symbols say (unless both print different ones). */
export const NEAR_DUPLICATE = 0.9;
/** With the same printed symbol, a lower similarity is enough: an OCR'd scan of a decree beside its DOCX. */
export const SAME_SYMBOL_DUPLICATE = 0.5;

/** A stored source to compare with. */
export interface Candidate {
  documentId: string;
  path: string;
  fingerprint: string;
}

export interface NearDuplicate {
  documentId: string;
  path: string;
  similarity: number;
}

/** The stored source most similar to `fingerprint` (at least `floor`), or null. */
export function mostSimilar(
  fingerprint: string,
  candidates: readonly Candidate[],
  floor = SAME_SYMBOL_DUPLICATE,
): NearDuplicate | null {
  let best: NearDuplicate | null = null;
  for (const c of candidates) {
    const s = similarity(fingerprint, c.fingerprint);
    if (s >= floor && (best === null || s > best.similarity))
      best = { documentId: c.documentId, path: c.path, similarity: s };
  }
  return best;
}

/** `71/2019/NĐ-CP`, `71/2019/ND-CP ` and `71 / 2019 / nđ-cp` compare equal. */
export const symbolKey = (symbol: string): string => foldAccents(symbol).toUpperCase().replace(/\s+/g, '');

/**
 * Whether a near match is the same document: similar enough, and no printed symbols that differ
 * (a decree and the decree amending it can share most of their words); the same printed symbol
 * lowers the bar to `SAME_SYMBOL_DUPLICATE`. `null` symbols are absent or only inferred.
 * @example isSameDocument(0.98, '71/2019/NĐ-CP', null) // true
 */
export function isSameDocument(sim: number, symbolA: string | null, symbolB: string | null): boolean {
  const both = symbolA !== null && symbolB !== null;
  if (both && symbolKey(symbolA) !== symbolKey(symbolB)) return false;
  return sim >= NEAR_DUPLICATE || (both && sim >= SAME_SYMBOL_DUPLICATE);
}
