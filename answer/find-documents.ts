/**
 * @module answer/find-documents
 * Which stored document a question is about: by its symbol or type and number, by the document it
 * implements, by type, place, date and title words. Scores are additive evidence; `identified`
 * accepts the best only when it stands clearly above the rest.
 */
import { memoize } from '../core/memo.ts';
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

/**
 * A catalog's documents by each word of one of their folded, padded forms: a phrase can only stand in the documents
 * that hold each of its words, so testing those alone costs what the question's words cost, not the catalog's size
 * (~6 ms a question at 1,200 documents). Kept per catalog array: the store's catalog is a new array at each revision.
 */
type WordIndex = Map<string, DocumentSummary[]>;
const wordIndexes = {
  place: new WeakMap<readonly DocumentSummary[], WordIndex>(),
  title: new WeakMap<readonly DocumentSummary[], WordIndex>(),
};
function wordIndex(documents: readonly DocumentSummary[], form: 'place' | 'title'): WordIndex {
  let index = wordIndexes[form].get(documents);
  if (!index) {
    index = new Map();
    for (const doc of documents) {
      const forms = foldedFormsOf(doc);
      for (const word of new Set((form === 'place' ? forms.placeWords : forms.titleWords).split(' '))) {
        if (!word) continue;
        const list = index.get(word);
        if (list) list.push(doc);
        else index.set(word, [doc]);
      }
    }
    wordIndexes[form].set(documents, index);
  }
  return index;
}

/**
 * The documents that may hold ` phrase ` in that form: each of its words stands whole in such a document, so those
 * holding its rarest word (a place's `tỉnh` or `thành phố` is in most of them); all, for a phrase with an empty word.
 */
function mayShow(documents: readonly DocumentSummary[], form: 'place' | 'title', phrase: string) {
  const words = phrase.split(' ');
  if (words.some((w) => !w)) return documents;
  const index = wordIndex(documents, form);
  let fewest: readonly DocumentSummary[] | undefined;
  for (const word of words) {
    const holding = index.get(word) ?? [];
    if (!fewest || holding.length < fewest.length) fewest = holding;
  }
  return fewest ?? documents;
}

/** The documents of the catalog that are from (or about) `place`: `isAbout` over the catalog, through its words. */
export function documentsAbout(documents: readonly DocumentSummary[], place: string): Set<DocumentSummary> {
  const key = ` ${foldText(place)} `;
  return new Set(
    mayShow(documents, 'place', key.slice(1, -1)).filter((d) => foldedFormsOf(d).placeWords.includes(key)),
  );
}

/** How many of the concepts each document's title shows (documents showing none are left out). */
function titleConcepts(
  documents: readonly DocumentSummary[],
  concepts: readonly Concept[],
): Map<DocumentSummary, number> {
  const shown = new Map<DocumentSummary, number>();
  for (const concept of concepts) {
    const candidates = new Set(concept.alternatives.flatMap((a) => mayShow(documents, 'title', a)));
    for (const doc of candidates)
      if (showsIn(foldedFormsOf(doc).titleWords, concept)) shown.set(doc, (shown.get(doc) ?? 0) + 1);
  }
  return shown;
}

/** `symbolKey` of the catalog's symbols, kept: each question compares its mentions with every document's symbol. */
const keyOfSymbol = memoize(symbolKey, 100_000);

/** True when a mention names this document. */
export function mentionNames(
  m: DocumentMention,
  doc: { type: DocumentType | null; symbol: string | null; number: string | null },
): boolean {
  if (m.symbol && doc.symbol) return keyOfSymbol(m.symbol) === keyOfSymbol(doc.symbol);
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
 * Stored documents that fit the question's description, best first; those whose evidence adds up to nothing or less
 * are left out (every reader takes a missing document's score as 0, and only a positive one can be chosen): building
 * reasons for the whole catalog and sorting it cost ~3.6 ms a question at 30k clauses.
 * @example const [best] = await rankDocuments(db, classifyQuestion('Ai ký Công văn 1032-CV/TU?'), [])
 */
export async function rankDocuments(
  db: Db,
  q: ClassifiedQuestion,
  concepts: readonly Concept[],
  documents?: readonly DocumentSummary[],
): Promise<DocumentCandidate[]> {
  const docs = documents ?? (await documentCatalog(db)).documents;
  const { mentions, places } = q.slots;
  const stored = mentions.filter((m) => docs.some((d) => mentionNames(m, d.metadata)));
  const external = mentions.filter((m) => !stored.includes(m));
  const evidence: Evidence = {
    q,
    concepts,
    stored,
    external,
    cites: await citationsOf(db, external),
    about: places.map((place) => documentsAbout(docs, place)),
    shown: concepts.length > 0 ? titleConcepts(docs, concepts) : new Map<DocumentSummary, number>(),
  };
  const out: DocumentCandidate[] = [];
  for (const doc of docs) {
    // Scored once without reasons; the few that fit are scored again, the same sums in the same order, with them.
    if (fitOf(doc, evidence) <= 0) continue;
    const reasons: string[] = [];
    out.push({ doc, score: fitOf(doc, evidence, reasons), reasons });
  }
  // Ids are ASCII slugs: code-unit order is enough, and localeCompare over the whole catalog cost ~10 ms a question.
  return out.sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
}

/** What a question says of the document it is about, read once for the whole catalog. */
interface Evidence {
  q: ClassifiedQuestion;
  concepts: readonly Concept[];
  /** Mentions of stored documents, and of others, which a document may cite. */
  stored: readonly DocumentMention[];
  external: readonly DocumentMention[];
  cites: readonly CitedBy[];
  /** Per place of the question, the documents from (or about) it. */
  about: readonly Set<DocumentSummary>[];
  /** How many of the concepts each document's title shows. */
  shown: ReadonlyMap<DocumentSummary, number>;
}

/**
 * A document's score: additive evidence; with `reasons`, why it scored (`is 1032-CV/TU`, `type`, `title 0.6`). No
 * closure per call: each costs an allocation (and a `__name` call under tsx) per catalog document.
 */
function fitOf(doc: DocumentSummary, e: Evidence, reasons?: string[]): number {
  const m = doc.metadata;
  const { docType, places, dates, years } = e.q.slots;
  let score = 0;
  for (const mention of e.stored) {
    if (!mentionNames(mention, m)) continue;
    score += 10;
    reasons?.push(`is ${mention.mention}`);
  }
  for (const mention of e.external) {
    const c = e.cites.find((x) => x.document_id === doc.id && mentionNames(mention, x));
    if (!c) continue;
    score += c.basis ? 4 : 1.5;
    reasons?.push(`cites ${mention.mention}`);
  }
  if (docType && m.type) {
    score += docType === m.type ? 2 : -2;
    reasons?.push('type');
  }
  for (let i = 0; i < places.length; i++) {
    if (e.about[i].has(doc)) {
      score += 1.5;
      reasons?.push(`place ${places[i]}`);
    } else if (m.place || m.issuer) {
      score -= 3;
      reasons?.push(`not ${places[i]}`);
    }
  }
  if (dates.length > 0 && m.date) {
    score += dates.includes(m.date) ? 5 : -1;
    reasons?.push('date');
  }
  if (m.date && years.includes(Number(m.date.slice(0, 4)))) {
    score += 0.5;
    reasons?.push('year');
  }
  if (e.concepts.length > 0 && m.title) {
    const share = (e.shown.get(doc) ?? 0) / e.concepts.length;
    if (share > 0) {
      score += Math.round(4 * share * 100) / 100;
      reasons?.push(`title ${share.toFixed(2)}`);
    }
  }
  return score;
}

/** The document the question is about, when one stands out. */
export function identified(candidates: readonly DocumentCandidate[]): DocumentCandidate | null {
  const [best, next] = candidates;
  if (!best || best.score < IDENTIFIED_SCORE) return null;
  if (next && best.score - next.score < IDENTIFIED_MARGIN) return null;
  return best;
}
