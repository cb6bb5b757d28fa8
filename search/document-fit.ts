/**
 * @module search/document-fit
 * How well each stored document's own fields — symbol, number, type, issuer, place, year, title —
 * fit a question: one record per document of the catalog, scored like BM25 with binary term
 * frequencies (the fields are a line long) and an IDF over documents. A question that names
 * "Chỉ thị … của Thành ủy Cần Thơ về bảo vệ môi trường" fits that directive's record; generic
 * question words ("cơ quan nào chủ trì") are in no record and weigh nothing.
 */
import { fileStem } from '../core/text/file-name.ts';
import { TYPE_NAMES } from '../core/patterns.ts';
import { type Db, type DocumentSummary, documentCatalog } from '../core/store/index.ts';
import { perStoreRevision } from '../core/store/revision-cache.ts';
import { fieldTerms } from './tokenize.ts';

/** The folded terms of each document's record, and in how many records each term stands. */
export interface DocumentFields {
  terms: Map<string, ReadonlySet<string>>;
  /** Term → the documents whose record holds it. */
  documentsOf: Map<string, Set<string>>;
  df: Map<string, number>;
  size: number;
  /** Document → its latest date, `yyyy-mm` or `yyyy-mm-dd` (header or file name); absent when none is printed. */
  dates: Map<string, string>;
}

/** A query term as the fit reads it: folded form and weight. */
export interface FitTerm {
  term: string;
  weight: number;
}

/** The record of a document: its metadata fields and file name as folded index terms (unigrams, bigrams, symbol whole). */
export function documentRecord(doc: DocumentSummary): Set<string> {
  const m = doc.metadata;
  const out = new Set<string>();
  const typeName = TYPE_NAMES.find((t) => t.type === m.type)?.name ?? '';
  // Each field on its own line: a bigram never spans two fields. The parent issuer too: a letter of the
  // `Sở Công Thương` under `UBND tỉnh Lào Cai` is asked about as "the province's" as often as "the department's".
  const text = [m.title, m.issuer, m.parentIssuer, m.place, typeName, fileNameText(doc.sourceName)]
    .filter(Boolean)
    .join('\n');
  for (const term of fieldTerms(text).folded.keys()) out.add(term);
  // A symbol is one term whole (`1032-cv/tu`) and its number (`1032`), as in clause text.
  if (m.symbol) for (const term of fieldTerms(m.symbol).folded.keys()) out.add(term);
  if (m.number) out.add(m.number);
  // A draft's header prints only `tháng 4 năm 2026`; questions say "tháng 4/2026", "the April 2026 plan".
  for (const date of recordDates(doc)) {
    out.add(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    if (month >= 1 && month <= 12) out.add(`thang ${month}`);
  }
  return out;
}

/**
 * A document's dates: its header's (the signing date, or a draft's month) and its file name's (`_1.7.2026_`: a draft
 * dated in June is sent out, and asked about, in July).
 */
function recordDates(doc: DocumentSummary): string[] {
  const header = doc.metadata.date ?? doc.metadata.partialDate;
  return [...(header ? [header] : []), ...fileNameDates(doc.sourceName)];
}

/**
 * The words of a file name, separators as spaces: cadres name archive files by type, number, date and
 * subject (`KH-2242_23.4.2026_Kiem-tra-cap-GCN.docx`), and a draft's number often stands only there.
 * @example fileNameText('KH-2242_23.4.2026_Kiem-tra.docx') // 'KH 2242 23.4.2026 Kiem tra'
 */
export function fileNameText(sourceName: string): string {
  return fileStem(sourceName).replace(/[-_]+/g, ' ').trim();
}

/**
 * Dates written `d.m.yyyy` in a file name, as `yyyy-mm`.
 * @example fileNameDates('TB-3915_1.7.2026_Huan-luyen.docx') // ['2026-07']
 */
export function fileNameDates(sourceName: string): string[] {
  return [...fileNameText(sourceName).matchAll(/\b\d{1,2}\.(\d{1,2})\.((?:19|20)\d{2})\b/g)].map(
    ([, month, year]) => `${year}-${month.padStart(2, '0')}`,
  );
}

/** The records of the store's catalog, built once per store revision. */
export const documentFields: (db: Db) => Promise<DocumentFields> = perStoreRevision(async (db) => {
  const { documents } = await documentCatalog(db);
  return fieldsOf(documents);
});

/** The records of a list of documents (pure; `documentFields` caches it per store). */
export function fieldsOf(documents: readonly DocumentSummary[]): DocumentFields {
  const terms = new Map<string, ReadonlySet<string>>();
  const df = new Map<string, number>();
  const documentsOf = new Map<string, Set<string>>();
  const dates = new Map<string, string>();
  for (const doc of documents) {
    // A draft dated in June is sent out in July: the later of its header and file name dates.
    const latest = recordDates(doc).sort().pop();
    if (latest) dates.set(doc.id, latest);
    const record = documentRecord(doc);
    terms.set(doc.id, record);
    for (const t of record) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const holders = documentsOf.get(t);
      if (holders) holders.add(doc.id);
      else documentsOf.set(t, new Set([doc.id]));
    }
  }
  return { terms, documentsOf, df, size: documents.length, dates };
}

/**
 * Document id → Σ weight × IDF of the query terms its record holds (documents without any are left out).
 * @example documentFit(fields, [{ term: 'can tho', weight: 1 }]).get('chi-thi-12') // ≈ 4.1
 */
export function documentFit(fields: DocumentFields, query: readonly FitTerm[]): Map<string, number> {
  const scores = new Map<string, number>();
  const weights = new Map<string, number>();
  for (const { term, weight } of query) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  const idf = new Map<string, number>();
  for (const term of weights.keys()) {
    const df = fields.df.get(term) ?? 0;
    if (df > 0) idf.set(term, Math.log(1 + (fields.size - df + 0.5) / (df + 0.5)));
  }
  if (idf.size === 0) return scores;
  // Term by term over the records holding it, not record by record over every term: a question's ~50 terms
  // against every record grew with the catalog (~3 ms a search at 30k clauses). Each record's sum takes its
  // terms in the same order as before, so the same floats.
  const sums = new Map<string, number>();
  for (const [term, w] of idf) {
    const add = (weights.get(term) ?? 0) * w;
    for (const id of fields.documentsOf.get(term) ?? []) sums.set(id, (sums.get(id) ?? 0) + add);
  }
  // In catalog order, as callers have always read it.
  for (const id of fields.terms.keys()) {
    const score = sums.get(id);
    if (score !== undefined && score > 0) scores.set(id, score);
  }
  return scores;
}
