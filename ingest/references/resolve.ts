/**
 * @module ingest/references/resolve
 * Meets cited nodes with stored documents. A node whose symbol a stored document prints is that
 * document. A stored document whose header lost its number is recognized by what citations say of
 * it — same type, same date, compatible issuer and place, similar subject — and gains the cited
 * symbol as an inferred one. Pure: metadata and keys in, a mapping out.
 */
import { ISSUER_EQUIVALENTS } from '../../core/patterns.ts';
import { foldedForm } from '../../core/text/vietnamese.ts';
import type { DocumentKey, DocumentType, PartialDate } from '../../core/types.ts';
import { canonicalSymbol, keyQualifiers, placeOfIssuer, slug, yearOf } from './canonical.ts';

/** What resolution needs of a stored document. */
export interface StoredDocumentInfo {
  id: string;
  type: DocumentType | null;
  symbol: string | null;
  /** True when `symbol` was itself inferred: resolution infers it afresh. */
  symbolInferred?: boolean;
  issuer: string | null;
  place: string | null;
  date: PartialDate | null;
  /** Month or year a blank-dated draft prints (`ngày  tháng 5 năm 2026`, NĐ 30/2020): its citation must fall in it. */
  partialDate?: PartialDate | null;
  /** Latest full date among the documents it cites: it was written no earlier, so a citation dated before is of another. */
  latestCited?: PartialDate | null;
  title: string | null;
}

export interface Resolution {
  /** Node key → id of the stored document it is. */
  nodeToDocument: Map<string, string>;
  /** Document id → symbol it never printed but citations give it. */
  inferredSymbols: Map<string, string>;
}

interface Doc extends StoredDocumentInfo {
  printed: string | null;
  places: string[];
}

const STOP = new Set(['ve', 'viec', 'va', 'cua', 'cac', 'trong', 'voi', 'nam', 'den', 'tren', 'luat', 'nghi', 'quyet']);

function tokens(text: string | null): Set<string> {
  if (!text) return new Set();
  return new Set(
    foldedForm(text)
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 1 && !STOP.has(t)),
  );
}

/** Dice coefficient of two texts' word sets: 1 for the same words, 0 for none shared. */
export function similarity(a: string | null, b: string | null): number {
  const x = tokens(a);
  const y = tokens(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function issuerCore(issuer: string): string {
  let f = foldedForm(issuer);
  for (const [re, to] of ISSUER_EQUIVALENTS) f = f.replace(re, to);
  return f.replace(/\s+/g, ' ').trim();
}

/** Two issuer names can be one body: equal, or one names the other more fully (`Thành ủy` ⊂ `Thành ủy Cần Thơ`). */
export function issuersCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const x = issuerCore(a);
  const y = issuerCore(b);
  return x.includes(y) || y.includes(x);
}

function typesCompatible(a: DocumentType | null, b: DocumentType | null): boolean {
  return a === null || b === null || a === b || (a.startsWith('QD') && b.startsWith('QD'));
}

/** Nothing in the key contradicts the document: type, year, place, issuer. */
function compatible(node: DocumentKey, doc: Doc): boolean {
  if (!typesCompatible(node.type, doc.type)) return false;
  const q = keyQualifiers(node.key);
  const nodeYear = q.year ?? yearOf(node.date);
  const docYear = yearOf(doc.date);
  if (nodeYear && docYear && nodeYear !== docYear) return false;
  if (node.date && doc.date && node.date.length === 10 && doc.date.length === 10 && node.date !== doc.date)
    return false;
  if (q.place && doc.places.length > 0 && !doc.places.includes(q.place)) return false;
  return issuersCompatible(node.issuer, doc.issuer);
}

/**
 * The citation's date can be the document's: within a blank-dated draft's printed month or year, and not
 * before the latest document it cites itself.
 */
function dateFits(nodeDate: PartialDate | null, doc: Doc): boolean {
  if (!nodeDate) return true;
  const n = Math.min(nodeDate.length, doc.partialDate?.length ?? 0);
  if (!doc.date && doc.partialDate && nodeDate.slice(0, n) !== doc.partialDate.slice(0, n)) return false;
  return !(nodeDate.length === 10 && doc.latestCited && doc.latestCited.length === 10 && nodeDate < doc.latestCited);
}

/**
 * How strongly a citation describes a document that printed no number (≥ 3 to infer). A wrong number is
 * worse than none: type and issuer must both be stated and agree, and a date that disagrees rules out.
 */
function describes(node: DocumentKey, doc: Doc): number {
  if (!node.type || !doc.type || !node.issuer || !doc.issuer || !compatible(node, doc)) return 0;
  if (!dateFits(node.date, doc)) return 0;
  let evidence = 0;
  let score = 0;
  // The draft's printed month agrees: tells apart plans of one issuer on one subject, a month apart.
  if (!doc.date && doc.partialDate?.length === 7 && (node.date?.length ?? 0) >= 7) score += 1;
  if (node.date && doc.date && node.date.length === 10 && node.date === doc.date) {
    score += 2;
    evidence++;
  }
  const s = similarity(node.subject ?? node.name, doc.title);
  if (s >= 0.8) {
    score += 3;
    evidence++;
  } else if (s >= 0.5) {
    score += 2;
    evidence++;
  }
  const place = keyQualifiers(node.key).place;
  if (place && doc.places.includes(place)) score += 1;
  score += 1; // the issuer, stated on both sides and compatible
  return evidence > 0 ? score : 0;
}

/** The one best candidate, or null when none or a tie. */
function best<T>(scored: Array<{ item: T; score: number }>): T | null {
  const sorted = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[1].score === sorted[0].score)) return null;
  return sorted[0].item;
}

function prepare(d: StoredDocumentInfo): Doc {
  return {
    ...d,
    printed: d.symbolInferred || !d.symbol ? null : (canonicalSymbol(d.symbol)?.symbol ?? d.symbol),
    places: [placeOfIssuer(d.issuer), d.place].filter((p): p is string => p !== null).map(slug),
  };
}

/** True when nothing in the node's key contradicts the document (type, year, place, issuer; a blank-numbered one's date). */
export function keyFitsDocument(node: DocumentKey, doc: StoredDocumentInfo): boolean {
  const d = prepare(doc);
  // A document without a number was met by description: its date must fit as for an inference.
  return compatible(node, d) && (d.printed !== null || dateFits(node.date, d));
}

/**
 * Match every cited node to the stored document it is, and infer symbols for documents that lost theirs.
 * @example resolveDocumentKeys(docs, keys).nodeToDocument.get('27-CTr/TU@can-tho') // 'chuong-trinh-xanh-va-sach'
 */
export function resolveDocumentKeys(
  documents: readonly StoredDocumentInfo[],
  keys: readonly DocumentKey[],
): Resolution {
  const docs = documents.map(prepare);
  const nodeToDocument = new Map<string, string>();
  const inferredSymbols = new Map<string, string>();
  const unique = new Map<string, DocumentKey>();
  for (const k of keys) if (!unique.has(k.key)) unique.set(k.key, k);
  const nodes = [...unique.values()];

  // (a) The symbol a document prints (or was just given).
  const bySymbol = (symbolOf: (d: Doc) => string | null) => {
    for (const node of nodes) {
      if (nodeToDocument.has(node.key) || !node.symbol) continue;
      const candidates = docs.filter((d) => symbolOf(d) === node.symbol && compatible(node, d));
      const exactDate = candidates.filter((d) => node.date && d.date === node.date);
      const pick = candidates.length === 1 ? candidates[0] : exactDate.length === 1 ? exactDate[0] : null;
      if (pick) nodeToDocument.set(node.key, pick.id);
    }
  };
  bySymbol((d) => d.printed);

  // (b) A document without a printed number, described by citations of one symbol.
  const unnumbered = docs.filter((d) => d.printed === null);
  const claims = new Map<string, Array<{ item: string; score: number }>>(); // doc id → symbols
  for (const node of nodes) {
    if (nodeToDocument.has(node.key) || !node.symbol) continue;
    const pick = best(unnumbered.map((d) => ({ item: d, score: describes(node, d) })).filter((s) => s.score >= 3));
    if (!pick) continue;
    const list = claims.get(pick.id) ?? [];
    const score = describes(node, pick);
    const same = list.find((c) => c.item === node.symbol);
    if (same) same.score = Math.max(same.score, score);
    else list.push({ item: node.symbol, score });
    claims.set(pick.id, list);
  }
  for (const [docId, symbols] of claims) {
    const symbol = best(symbols);
    if (symbol) inferredSymbols.set(docId, symbol);
  }
  bySymbol((d) => d.printed ?? inferredSymbols.get(d.id) ?? null);

  // (c) Documents cited by name (laws, congress resolutions): same type, similar title, no contradiction.
  for (const node of nodes) {
    if (nodeToDocument.has(node.key) || node.symbol || !node.type) continue;
    const pick = best(
      docs.map((d) => {
        const s = d.type === node.type && compatible(node, d) ? similarity(node.name ?? node.subject, d.title) : 0;
        return { item: d, score: s >= 0.6 ? s : 0 };
      }),
    );
    if (pick) nodeToDocument.set(node.key, pick.id);
  }
  return { nodeToDocument, inferredSymbols };
}
