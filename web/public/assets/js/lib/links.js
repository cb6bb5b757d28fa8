/** @module web/lib/links — the app's URLs: a clause in the reader (with a quote to highlight), a lineage node. */

/** The clause anchor inside a clause id (`<documentId>~<anchor>`). */
export function anchorOf(clauseId, documentId) {
  if (documentId && clauseId.startsWith(`${documentId}~`)) return clauseId.slice(documentId.length + 1);
  const i = clauseId.indexOf('~');
  return i < 0 ? clauseId : clauseId.slice(i + 1);
}

/** The document id inside a clause id. */
export function documentOf(clauseId) {
  const i = clauseId.indexOf('~');
  return i < 0 ? clauseId : clauseId.slice(0, i);
}

/**
 * The reader URL of a document, optionally at a clause with a quote highlighted.
 * @example readerUrl('doc-1', 'doc-1~3-3.4', 'khai thác cát') // '/doc/doc-1?hl=khai+th%C3%A1c+c%C3%A1t#3-3.4'
 */
export function readerUrl(documentId, clauseId, quote) {
  let url = `/doc/${encodeURIComponent(documentId)}`;
  if (quote) url += `?hl=${encodeURIComponent(quote)}`;
  if (clauseId) url += `#${encodeURIComponent(anchorOf(clauseId, documentId))}`;
  return url;
}

/** The lineage explorer centred on a document key or symbol. */
export function lineageUrl(key) {
  return `/lineage?key=${encodeURIComponent(key)}`;
}

/**
 * Reads the reader's highlight request: `?hl=` (or `?q=`), also accepted inside the hash (`#anchor?q=...`).
 * @returns {{ anchor: string | null, quote: string | null }}
 */
export function readerTarget(loc = location) {
  const params = new URLSearchParams(loc.search);
  let hash = loc.hash.replace(/^#/, '');
  let quote = params.get('hl') ?? params.get('q');
  const q = hash.indexOf('?');
  if (q >= 0) {
    const inHash = new URLSearchParams(hash.slice(q + 1));
    quote = quote ?? inHash.get('hl') ?? inHash.get('q');
    hash = hash.slice(0, q);
  }
  let anchor = null;
  try {
    anchor = hash ? decodeURIComponent(hash) : null;
  } catch {
    anchor = hash || null;
  }
  return { anchor, quote: quote || null };
}
