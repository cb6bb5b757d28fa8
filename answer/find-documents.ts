/**
 * @module answer/find-documents
 * Which stored document a question is about: by its symbol or type and number, by the document it
 * implements, by type, place, date and title words. Scores are additive evidence; `identified`
 * accepts the best only when it stands clearly above the rest.
 */
import { type Db, type DocumentSummary, documentCatalog } from '../core/store/index.ts';
import { foldText } from '../search/analyzer.ts';
import type { DocumentType } from '../core/types.ts';
import { symbolKey } from './read-mentions.ts';
import type { ClassifiedQuestion, DocumentMention } from './types.ts';
import { type Concept, paddedWords, showsIn } from './vocabulary.ts';

export interface DocumentCandidate {
  doc: DocumentSummary;
  score: number;
  /** Why it scored: `is 1032-CV/TU`, `cites 81-KL/TW`, `type`, `place`, `date`, `title 0.6`. */
  reasons: string[];
}

/** Minimum score, and lead over the runner-up, for a document to count as the one the question is about. */
export const IDENTIFIED_SCORE = 4;
export const IDENTIFIED_MARGIN = 2;

const fold = foldText;

/**
 * The capital is the place of issue every central body prints (NĐ 30/2020, địa danh): a decree or a
 * national plan issued `Hà Nội, ngày …` is not about Hà Nội. The city's own documents name it in
 * their issuer or title (`UBND thành phố Hà Nội`).
 */
const CAPITAL = 'ha noi';

/** Everything that says where a document is from: place (not the capital, see above), issuer, title and file name. */
export function placeText(doc: DocumentSummary): string {
  const place = fold(doc.metadata.place).trim() === CAPITAL ? null : doc.metadata.place;
  return fold([place, doc.metadata.issuer, doc.metadata.title, doc.sourceName.replace(/[-_.]+/g, ' ')].join(' | '));
}

/**
 * A document's place words and title, folded and padded for whole-word tests. Every question tests
 * every document of the catalog, and catalog entries live until the store changes: fold them once.
 */
const foldedForms = new WeakMap<DocumentSummary, { placeWords: string; titleWords: string }>();
function foldedFormsOf(doc: DocumentSummary): { placeWords: string; titleWords: string } {
  let forms = foldedForms.get(doc);
  if (!forms) {
    forms = {
      placeWords: ` ${placeText(doc).replace(/[^a-z0-9]+/g, ' ')} `,
      titleWords: paddedWords(fold(doc.metadata.title)),
    };
    foldedForms.set(doc, forms);
  }
  return forms;
}

/** True when the document is from (or about) `place`. */
export function isAbout(doc: DocumentSummary, place: string): boolean {
  return foldedFormsOf(doc).placeWords.includes(` ${foldText(place)} `);
}

/** True when a mention names this document. */
export function mentionNames(
  m: DocumentMention,
  doc: { type: DocumentType | null; symbol: string | null; number: string | null },
): boolean {
  if (m.symbol && doc.symbol) return symbolKey(m.symbol) === symbolKey(doc.symbol);
  if (!m.number || m.number !== (doc.number ?? doc.symbol?.match(/^\d+/)?.[0])) return false;
  return m.type === null || doc.type === null || m.type === doc.type;
}

interface CitedBy {
  document_id: string;
  basis: boolean;
  type: DocumentType | null;
  symbol: string | null;
  number: string | null;
}

/** Citations of documents with the mentioned numbers, with the cited node's key fields. */
async function citationsOf(db: Db, mentions: readonly DocumentMention[]): Promise<CitedBy[]> {
  const numbers = [...new Set(mentions.map((m) => m.number).filter((n): n is string => n !== null))];
  if (numbers.length === 0) return [];
  return db.query<CitedBy>(
    `select c.document_id, bool_or(c.basis) as basis, n.type, n.symbol, n.number
       from citations c join doc_nodes n on n.key = c.target_key
      where n.number = any($1::text[])
      group by c.document_id, n.type, n.symbol, n.number`,
    [numbers],
  );
}

/**
 * Stored documents ranked by how well they fit the question's description.
 * @example const [best] = await rankDocuments(db, classifyQuestion('Ai ký Công văn 1032-CV/TU?'), [])
 */
export async function rankDocuments(
  db: Db,
  q: ClassifiedQuestion,
  concepts: readonly Concept[],
  documents?: readonly DocumentSummary[],
): Promise<DocumentCandidate[]> {
  const docs = documents ?? (await documentCatalog(db)).documents;
  const { mentions, docType, places, dates, years } = q.slots;
  const stored = mentions.filter((m) => docs.some((d) => mentionNames(m, d.metadata)));
  const external = mentions.filter((m) => !stored.includes(m));
  const cites = await citationsOf(db, external);
  const out: DocumentCandidate[] = [];
  for (const doc of docs) {
    const m = doc.metadata;
    const candidate: DocumentCandidate = { doc, score: 0, reasons: [] };
    for (const mention of stored) if (mentionNames(mention, m)) addPoints(candidate, 10, `is ${mention.mention}`);
    for (const mention of external) {
      const c = cites.find((x) => x.document_id === doc.id && mentionNames(mention, x));
      if (c) addPoints(candidate, c.basis ? 4 : 1.5, `cites ${mention.mention}`);
    }
    if (docType && m.type) addPoints(candidate, docType === m.type ? 2 : -2, 'type');
    for (const place of places) {
      if (isAbout(doc, place)) addPoints(candidate, 1.5, `place ${place}`);
      else if (m.place || m.issuer) addPoints(candidate, -3, `not ${place}`);
    }
    if (dates.length > 0 && m.date) addPoints(candidate, dates.includes(m.date) ? 5 : -1, 'date');
    if (m.date && years.includes(Number(m.date.slice(0, 4)))) addPoints(candidate, 0.5, 'year');
    if (concepts.length > 0 && m.title) {
      const { titleWords } = foldedFormsOf(doc);
      const share = concepts.filter((c) => showsIn(titleWords, c)).length / concepts.length;
      if (share > 0) addPoints(candidate, Math.round(4 * share * 100) / 100, `title ${share.toFixed(2)}`);
    }
    out.push(candidate);
  }
  // Ids are ASCII slugs: code-unit order is enough, and localeCompare over the whole catalog cost ~10 ms a question.
  return out.sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
}

function addPoints(candidate: DocumentCandidate, points: number, why: string): void {
  candidate.score += points;
  candidate.reasons.push(why);
}

/** The document the question is about, when one stands out. */
export function identified(candidates: readonly DocumentCandidate[]): DocumentCandidate | null {
  const [best, next] = candidates;
  if (!best || best.score < IDENTIFIED_SCORE) return null;
  if (next && best.score - next.score < IDENTIFIED_MARGIN) return null;
  return best;
}
