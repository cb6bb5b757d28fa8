/**
 * @module answer/compose-context
 * Everything the answerers of each kind read, gathered once per question: the question and its
 * concepts, the stored documents ranked against it, the document it is about (when one stands
 * out), and the best clauses.
 */
import type { Db, DocumentSummary } from '../core/store/index.ts';
import { documentCatalog } from '../core/store/index.ts';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import { foldText } from '../search/analyzer.ts';
import { countedNouns } from '../search/counted-answer.ts';
import { askedLabels, askingPhrases } from '../search/labelled-answer.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';
import type { AnswerDraft } from './answer-draft.ts';
import { askedValueType } from './answer-type.ts';
import { conceptWeights, knownPhrases } from './concept-weights.ts';
import { type DocumentCandidate, documentsAbout, identified, rankDocuments } from './find-documents.ts';
import { type Retrieved, retrieveWithWords } from './retrieve.ts';
import { langOf } from './templates.ts';
import type { Citation, ClassifiedQuestion } from './types.ts';
import {
  type Concept,
  conceptWords,
  cueConcepts,
  questionConcepts,
  shows,
  type WeightedConcept,
  wordWeights,
} from './vocabulary.ts';

export interface ComposeContext {
  db: Db;
  q: ClassifiedQuestion;
  /** Language of the answerer's own words. */
  lang: 'vi' | 'en';
  concepts: Concept[];
  /** What the question is about beyond naming its document, with weights: what clauses and quotes are chosen by. */
  topic: WeightedConcept[];
  /** Folded words the topic may show as. */
  words: string[];
  /** Weight of a folded word for choosing quotes. */
  wordWeight: (word: string) => number;
  documents: DocumentSummary[];
  /** The stored documents by id (the catalog's map, built once per store revision). */
  documentsById: ReadonlyMap<string, DocumentSummary>;
  candidates: DocumentCandidate[];
  /** The document the question is about, when one stands out. */
  focus: DocumentSummary | null;
  /** Best clauses, within `focus` when there is one. */
  retrieved: Retrieved[];
  /** Content words of the query the search could read and those it could not (`desalination`): one analysis, the search's. */
  understood: string[];
  notUnderstood: string[];
}

/** A kind's answerer: a draft, an explained abstention, or null to let the open-question answerer try. */
export type KindAnswer = AnswerDraft | KindDecline | null;

/** A kind's explained decline; `citations` are the clauses its message quotes (what the documents do say). */
export interface KindDecline {
  abstain: string;
  message: string;
  citations?: Citation[];
}

export interface ContextOptions {
  embedder?: VankienEmbeddings;
  /** Clauses to keep (default 8; more are retrieved, to keep enough after the place filter). */
  k?: number;
}

/**
 * Clauses of documents about the places the question names, when there are any: a clause from
 * another province never answers for this one. Without such documents the list stays, and the
 * relevance check reports the foreign place.
 */
function fromPlaces(found: Retrieved[], documents: readonly DocumentSummary[], places: readonly string[]): Retrieved[] {
  if (places.length === 0) return found;
  const about = new Set(places.flatMap((p) => [...documentsAbout(documents, p)].map((d) => d.id)));
  const kept = found.filter((r) => about.has(r.documentId));
  return kept.length > 0 ? kept : found;
}

/** Kinds answered from stated responsibilities (`kinds/roles.ts`). */
export const ROLE_KINDS: ReadonlySet<string> = new Set(['lead', 'coordinate', 'report']);

/** A limit asked (`trước ngày nào`, `chậm nhất khi nào`): a duty's deadline, stated in its sentence, not a record's time line. */
const LIMIT_ASKED = /\b(?:truoc|cham nhat|han|den|toi)\s*$/;

/**
 * The retrieval query with the question's asking words for a labelled field put back (`lúc nào`, `ở đâu`): the
 * query drops question words, but search reads them to rank a record's labelled line (`1. Thời gian kiểm tra: …`,
 * `Địa điểm: …`, NĐ 30/2020 forms) that shares none of the subject words (`search/labelled-answer.ts`). Not for a
 * limit (`trước ngày nào`): fresh dev half 0 lost two deadlines to a `Thời gian:` line with it; nor for a role.
 */
export function withAskingWords(query: string, q: Pick<ClassifiedQuestion, 'kind' | 'text'>): string {
  // Who leads, works with or reports is read from stated duties, not a record's lines: `ai tham mưu`, `ai phải chủ
  // trì` would read as the participants field (`ai tham`, `ai phải`).
  if (ROLE_KINDS.has(q.kind)) return query;
  const counting = withCounting(query, q.text);
  if (askedLabels(counting).length > 0) return counting;
  const asking = askingPhrases(q.text).filter((a) => !LIMIT_ASKED.test(a.before));
  return asking.length > 0 ? `${counting} ${asking.map((a) => a.phrase).join(' ')}` : counting;
}

/**
 * The query with `bao nhiêu` put back before the noun the question counts (`… theo đề nghị của bao nhiêu đơn vị?`):
 * search ranks up the clause that states the count (`Xét đề nghị của 28 đơn vị gồm: …`, `search/counted-answer.ts`)
 * only for a noun read after `bao nhiêu`, which the query drops with the other question words.
 */
function withCounting(query: string, question: string): string {
  // A unit of measure (`bao nhiêu tấn`) asks a quantity the value answerer reads itself: a clause stating some tonnage
  // ranked up for it answered an unanswerable question (fresh dev half 1).
  if (askedValueType(question) !== 'number') return query;
  const [noun] = countedNouns(question);
  if (noun === undefined || countedNouns(query).length > 0) return query;
  const folded = foldKeepingOffsets(query).toLowerCase();
  const at = [...folded.matchAll(new RegExp(`(?<![a-z0-9])${noun}(?![a-z0-9])`, 'g'))].pop()?.index;
  return at === undefined ? query : `${query.slice(0, at)}bao nhiêu ${query.slice(at)}`;
}

/** Gathers the context of a classified question. */
export async function buildContext(
  db: Db,
  q: ClassifiedQuestion,
  options: ContextOptions = {},
): Promise<ComposeContext> {
  const concepts = questionConcepts(q, await knownPhrases(db, q.slots.phrases));
  const { documents, byId: documentsById } = await documentCatalog(db);
  const candidates = await rankDocuments(db, q, concepts, documents);
  const focus = identified(candidates)?.doc ?? null;
  const { weights } = await conceptWeights(db, [...concepts, ...cueConcepts(q)]);
  const weighted = [...concepts, ...cueConcepts(q)].map((c, i) => ({ ...c, weight: weights[i] }));
  const title = foldText(focus?.metadata.title);
  const own = weighted.filter((c, i) => i >= concepts.length || !title || !shows(title, c));
  const topic = own.length > 0 ? own : weighted;
  const query = withAskingWords(q.slots.query || q.text, q);
  const {
    results: found,
    understood,
    notUnderstood,
  } = await retrieveWithWords(db, query, { documentId: focus?.id, k: options.k ?? 12, embedder: options.embedder });
  const retrieved = fromPlaces(found, documents, q.slots.places).slice(0, options.k ?? 8);
  return {
    db,
    q,
    lang: langOf(q.lang),
    concepts,
    topic,
    words: conceptWords(topic),
    wordWeight: wordWeights(topic),
    documents,
    documentsById,
    candidates,
    focus,
    retrieved,
    understood,
    notUnderstood,
  };
}
