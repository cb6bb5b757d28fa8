/** @module core/document-key — operations on the lineage node keys every citation of a document meets at. */
import type { DocumentKey } from './types.ts';

/** `a` with its null fields filled from `b` (the key stays `a`'s): what two citations of one document say together. */
export function mergeKeys(a: DocumentKey, b: DocumentKey): DocumentKey {
  return {
    key: a.key,
    type: a.type ?? b.type,
    symbol: a.symbol ?? b.symbol,
    number: a.number ?? b.number,
    issuer: a.issuer ?? b.issuer,
    date: a.date ?? b.date,
    subject: a.subject ?? b.subject,
    name: a.name ?? b.name,
  };
}
