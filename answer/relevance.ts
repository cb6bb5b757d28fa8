/**
 * @module answer/relevance
 * Does the corpus answer the question at all? The signals, computed before any answer is written:
 * concepts of the question the corpus never mentions (`bảo hiểm y tế`, `đèn đỏ`), the IDF-weighted
 * share of the question's concepts the best clause shows, and places or documents the question names
 * that no stored document is about, and whether a clause states a value of the asked type. The
 * decision is the abstain model's (`abstain-model.ts`), learned from dev questions.
 */
import type { Db, DocumentSummary } from '../core/store/index.ts';
import type { ComposeContext } from './compose-context.ts';
import { foldAccents } from '../core/text/vietnamese.ts';
import { conceptWeights, knownPhrases } from './concept-weights.ts';
import { isAbout, mentionNames } from './find-documents.ts';
import { headingsOf, RERANK_DEPTH, rerank } from './rerank.ts';
import { recordShows } from './document-record.ts';
import type { Retrieved } from './retrieve.ts';
import type { DocumentType } from '../core/types.ts';
import type { ClassifiedQuestion } from './types.ts';
import { isTemporal, shows } from './vocabulary.ts';
import { askedType, askedUnit, valuesIn } from './answer-type.ts';

/** How many of the best clauses the pair check reads. */
const TOP_CLAUSES = 3;
/** The coverage check reads every clause an answer may quote: the answerers re-read this many (`RERANK_DEPTH`). */
const COVERAGE_DEPTH = RERANK_DEPTH;
/** Words apart two words of a question pair may stand in a clause and still explain the pair. */
const PAIR_WINDOW = 6;

export interface RelevanceReport {
  /** IDF-weighted share of concepts shown by the best of the top clauses (with its headings and document record), 0..1. */
  coverage: number;
  /** Concepts no clause of the corpus mentions. */
  absent: string[];
  /** Their IDF-weighted share, 0..1. */
  absentShare: number;
  /** Word pairs of the question strange to the corpus, and their share of all its pairs. */
  strangePairs: string[];
  strangePairShare: number;
  /** A place named in the question that no retrieved (or identified) document is about. */
  foreignPlace: string | null;
  /** A document named in the question that the store neither holds nor cites. */
  unknownDocument: string | null;
  /** Content words neither the glossary renders nor the corpus uses: the answer says it did not understand them. */
  notUnderstood: string[];
  /** How many content words of the question were understood (shown by a concept the corpus knows). */
  understood: number;
  /** The question asks for a value of a type (a sum, a share, a date…): `askedType`. */
  valueAsked: boolean;
  /** One of the best clauses states a value of the asked type (true when none is asked). */
  valueShown: boolean;
  /** Share of the question's weighted topic the best re-ranked clause (not a title block) shows, 0..1. */
  topicMatch: number;
  /** How far the best clause's score stands above the second's, as a share of the best's, 0..1. */
  scoreGap: number;
  /** The question names a document and the store holds or cites every one it names. */
  documentNamed: boolean;
}

const fold = (s: string) => foldAccents(s).toLowerCase();

const words = (s: string) => fold(s).match(/[a-z0-9]+(?:[/-][a-z0-9]+)*/g) ?? [];

/** True when `a` and `b` stand within `window` words of each other in `ws`. */
function near(ws: readonly string[], a: string, b: string, window = PAIR_WINDOW): boolean {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== a && ws[i] !== b) continue;
    const other = ws[i] === a ? b : a;
    for (let j = i + 1; j <= i + window && j < ws.length; j++) if (ws[j] === other) return true;
  }
  return false;
}

/**
 * Word pairs of the question that the corpus never uses and the best clauses do not explain by having
 * both words close together: `bảo hiểm`, `xe máy`, but not `soát khai` from `kiểm soát ... khai thác`.
 */
async function strangePairs(
  db: Db,
  pairs: readonly string[],
  retrieved: readonly Retrieved[],
  titleOf: (documentId: string) => string,
): Promise<string[]> {
  if (pairs.length === 0) return [];
  const used = await knownPhrases(db, pairs);
  // A title explains a pair as a clause does: `Cần Thơ xanh - sạch` has `xanh sach` in no clause's bigrams.
  const tops = retrieved.slice(0, TOP_CLAUSES).flatMap((r) => [words(r.text), words(titleOf(r.documentId))]);
  return pairs.filter((p) => {
    if (used.has(p)) return false;
    const [a, b] = p.split(' ');
    return !tops.some((ws) => near(ws, a, b));
  });
}

/** Checks the question against the corpus and the retrieved clauses. */
export async function assessRelevance(ctx: ComposeContext): Promise<RelevanceReport> {
  const { db, q, concepts: allConcepts, retrieved, documents, focus } = ctx;
  // Time qualifiers narrow an answer; they do not make a clause relevant.
  const topical = allConcepts.filter((c) => !isTemporal(c));
  const concepts = topical.length > 0 ? topical : allConcepts;
  const { weights, absent } = await conceptWeights(db, concepts);
  const total = weights.reduce((a, b) => a + b, 0);
  const share = (pick: (i: number) => boolean) =>
    total === 0 ? 0 : weights.reduce((sum, w, i) => sum + (pick(i) ? w : 0), 0) / total;

  // A clause answers with its headings above it and its document's record: words that name the
  // document (`Kế hoạch của Sở Công Thương năm 2026`) stand there, not in the clause.
  const read = retrieved.slice(0, COVERAGE_DEPTH);
  const headings = await headingsOf(
    ctx,
    read.map((r) => r.clauseId),
  );
  const byId = new Map(documents.map((d) => [d.id, d]));
  let coverage = 0;
  for (const r of read) {
    const context = fold(`${r.text} ${headings.get(r.clauseId) ?? ''}`);
    const doc = byId.get(r.documentId);
    coverage = Math.max(
      coverage,
      share((i) => shows(context, concepts[i]) || recordShows(doc, concepts[i])),
    );
  }

  const pairs = q.lang === 'en' ? [] : q.slots.pairs;
  const strange = await strangePairs(db, pairs, retrieved, (id) => byId.get(id)?.metadata.title ?? '');

  const near5 = new Set(retrieved.slice(0, 5).map((r) => r.documentId));
  const nearDocs = documents.filter((d) => near5.has(d.id) || d.id === focus?.id);
  const places = q.slots.places;
  const ownPlace = places.some((p) => nearDocs.some((d) => isAbout(d, p)));
  // Beside a place the documents are about, another place the best clauses name is a subject, not the
  // asker's province: `quy chế của Lào Cai bãi bỏ quy chế nào của tỉnh Yên Bái cũ`.
  const named = (p: string) =>
    retrieved.slice(0, TOP_CLAUSES).some((r) => ` ${words(r.text).join(' ')} `.includes(` ${fold(p)} `));
  const foreignPlace = places.find((p) => !nearDocs.some((d) => isAbout(d, p)) && !(ownPlace && named(p))) ?? null;

  // Words not understood are decided in one place (the search's, passed in), kept to the question's topic words.
  const topicWords = new Set(q.slots.terms);
  const unknownWords = ctx.notUnderstood.filter((w) => topicWords.has(fold(w)));
  const absentLabels = concepts.filter((_, i) => absent[i]).map((c) => c.label);
  const notUnderstood = [...new Set([...absentLabels, ...unknownWords])];
  const understood = concepts.filter((_, i) => !absent[i]).reduce((n, c) => n + c.label.split(' ').length, 0);

  // A value question is answered by a clause stating a value of its type (`bao nhiêu tiền` → a sum).
  const asked = askedType(q.text);
  const unit = asked === 'number' ? askedUnit(q.text) : null;
  const valueShown =
    asked === null || retrieved.slice(0, TOP_CLAUSES).some((r) => valuesIn(r.text, asked, unit).length > 0);
  const [first, second] = retrieved;
  const scoreGap = first && second && first.score > 0 ? Math.max(0, (first.score - second.score) / first.score) : 0;
  const unknown = await unknownDocument(db, q, documents);
  // The clause the open answerer would quote, and how much of the topic it shows.
  const ranked = await rerank(ctx);
  const body = ranked.filter((r) => r.kind !== 'preamble');
  const topicMatch = (body.length > 0 ? body : ranked)[0]?.match ?? 0;

  return {
    notUnderstood,
    understood,
    valueAsked: asked !== null,
    valueShown,
    topicMatch,
    scoreGap: first && !second ? 1 : scoreGap,
    documentNamed: q.slots.mentions.length > 0 && unknown === null,
    coverage,
    absent: absentLabels,
    absentShare: share((i) => absent[i]),
    strangePairs: strange,
    strangePairShare: pairs.length === 0 ? 0 : strange.length / pairs.length,
    foreignPlace,
    unknownDocument: unknown,
  };
}

/** The first document named in the question that the store neither holds nor cites. */
async function unknownDocument(
  db: Db,
  q: ClassifiedQuestion,
  documents: readonly DocumentSummary[],
): Promise<string | null> {
  for (const m of q.slots.mentions) {
    if (documents.some((d) => mentionNames(m, d.metadata))) continue;
    const nodes = await db.query<{ type: DocumentType | null; symbol: string | null; number: string | null }>(
      'select type, symbol, number from doc_nodes where number = $1',
      [m.number],
    );
    if (!nodes.some((n) => mentionNames(m, n))) return m.mention;
  }
  return null;
}
