/** @module search/hybrid-search — a question → ranked clauses: BM25 and vectors fused by rank, boosted by matching facts, with highlights. */

import type { Db } from '../core/store/db.ts';
import { atOneRevision, perStoreRevision } from '../core/store/revision-cache.ts';
import { foldAccents, foldedForm } from '../core/text/vietnamese.ts';
import type { Span } from '../core/types.ts';
import { BM25_DEFAULTS, type Bm25Params, bm25Search, type LexicalHit } from './bm25.ts';
import { computeBoosts } from './boosts.ts';
import { compoundRenderings } from './compound-renderings.ts';
import { corpusSenses, phraseTerms, writtenIn } from './corpus-senses.ts';
import { countedNouns, countingClauses } from './counted-answer.ts';
import { heldNames } from './english-names.ts';
import { denseSearch } from './dense.ts';
import { documentFields, documentFit } from './document-fit.ts';
import { bestDocuments, documentFirst, documentScores } from './document-first.ts';
import type { VankienEmbeddings } from './embedders/types.ts';
import { searchError } from './errors.ts';
import type { SearchFilters } from './filters.ts';
import { fuse, type RankedList } from './fusion.ts';
import { highlight } from './highlight.ts';
import {
  askedLabels,
  chooseLabelled,
  itemsForBare,
  type ClauseHead,
  clauseHead,
  LABELLED_PER_DOCUMENT,
  labelNamer,
  laterLabels,
  promoteLabelled,
} from './labelled-answer.ts';
import type { InvertedIndex } from './lexical-index/inverted-index.ts';
import { lexicalIndex } from './lexical-index/sync.ts';
import { collapseNearDuplicates } from './near-duplicates.ts';
import { behindFittingSiblings, siblingScores } from './siblings.ts';
import { oneRowPerTable } from './table-rows.ts';
import type { QueryIntent } from './intents.ts';
import { analyzeQuery, type ContentWord, type WeightedTerm } from './query.ts';
import type { QueryLanguage } from './query-language.ts';
import { defaultRankModel, learnedOrder, type RankModel } from './learned-ranking.ts';
import { BOILERPLATE, type RankContext, rankFeatures } from './rank-features.ts';
import { resolveEmbedder } from './resolve-embedder.ts';
import { understandWords } from './understanding.ts';
import { vectorsOnDemand } from './vectors-on-demand.ts';

export type SearchChannels = 'both' | 'lexical' | 'dense';

export interface SearchOptions {
  /** Results wanted, 1..50 (default 10). */
  k?: number;
  filters?: SearchFilters;
  /** Default `both`; `both` runs lexical only (with a warning) when the store has no usable vectors. */
  channels?: SearchChannels;
  /** The query embedder; default: the hashed embedder when the store holds its vectors. */
  embedder?: VankienEmbeddings;
  /** Fusion weight of each channel (default lexical 1, dense the embedder's `fusionWeight` or 1). */
  weights?: { lexical?: number; dense?: number };
  /** Candidates each channel contributes to fusion (default max(50, 4k)). */
  depth?: number;
  bm25?: Partial<Bm25Params>;
  /** The document-first stage (`document-first.ts`) and its fusion weight; weight 0 turns it off. */
  documentFirst?: Partial<DocumentFirstParams>;
  /** English renderings weighed by the sense the store uses in the question's context (`corpus-senses.ts`); default true. */
  corpusSenses?: boolean;
  /** Adjacent English glossary phrases also searched composed in Vietnamese order when the store holds them (`compound-renderings.ts`); default true. */
  compounds?: boolean;
  /** Clauses labelled with the asked point ("Địa điểm:" for a "where") ranked up in the first-stage documents (`labelled-answer.ts`); default true. */
  labelledAnswers?: boolean;
  /** Clauses stating a count of the noun a "bao nhiêu N" asks ("19 đơn vị") ranked up like labelled answers (`counted-answer.ts`); default true. */
  countedAnswers?: boolean;
  /**
   * Candidates of a document whose sibling's record the question fits better (another month's plan, another
   * company's licence) moved behind the rest before the learned ordering (`siblings.ts`); default true. With the
   * `sibling_fit` feature and the model refitted, rank:dev R@5 archive 86.9 → 87.5 (half 0 93.3 kept, half 1 83.3 →
   * 84.4), fresh 83.6 → 84.2 (half 0 81.4 → 82.4, half 1 87.3 kept), paraphrases 95.5 kept, seeds 99.1 → 98.2 (one
   * English question 5 → 6 within its right document).
   */
  siblings?: boolean;
  /** The learned last ordering of the candidates (`learned-ranking.ts`): default the stored model; false keeps the hand-set order. */
  learnedRanking?: boolean | RankModel;
  /**
   * For training tools: the feature rows of the first `depth` candidates in the hand-set order, before the
   * learned ordering (`evals/rank-dump.ts`).
   */
  candidateFeatures?: { depth: number; take: (rows: Array<{ clauseId: string; features: number[] }>) => void };
  /** For evaluation only (`evals/ablation.ts`): hand-made lists switched off, to measure what each pays. */
  ablate?: SearchAblation;
}

/** Lists a search runs without: asked fields of `data/asked-fields.json` by name, question bridges by a heading phrase. */
export interface SearchAblation {
  fields?: readonly string[];
  bridges?: readonly string[];
}

export interface DocumentFirstParams {
  /** Its list's weight in the rank fusion beside the flat lexical list (weight 1). */
  weight: number;
  /** Weight of a document's record fit against its content BM25 in the document score. */
  fitWeight: number;
  documents: number;
  perDocument: number;
  /** Rank each best document's clauses within it (IDF over its own clauses), not in their flat order. */
  within: boolean;
}

/**
 * Measured with `npm run rank:dev` on the two halves of the dev documents (seeds loaded): weight 0.5 took
 * archive R@5 70.0 → 71.0 (half a 71.4 kept, half b 69.3 → 70.8), R@1 40.1 → 43.1, R@10 77.8 → 79.1,
 * seeds 109 → 110 of 111, paraphrases 204 → 207 of 222; weight 1 gained more on half b and lost on half
 * a and R@10; a record fit weighed 5 against the content lost seeds. Ranking each best document's clauses
 * within it (`within`, record words weighed down as in the flat ranking) took archive dev R@5 71.7 → 73.4
 * (half a 74.3 → 75.2, b 70.3 → 72.4) and fresh dev 58.8 → 60.6 (a 55.9 → 56.9, b 63.5 → 66.7); without
 * the record words weighed down it lost 2–3 points on both sets.
 */
export const DOCUMENT_FIRST: Readonly<DocumentFirstParams> = {
  weight: 0.5,
  fitWeight: 1.25,
  documents: 3,
  perDocument: 5,
  within: true,
};
/** Flat hits read to find each first-stage document's best clauses. */
const FIRST_STAGE_DEPTH = 400;

export interface SearchResult {
  clauseId: string;
  documentId: string;
  label: string;
  text: string;
  score: number;
  /** Offsets into `text` of the words that matched the query's terms. */
  highlights: Span[];
  /** Clauses ranked below this one whose text is nearly the same (another copy of the document, a repeated form): collapsed into it. */
  duplicates: string[];
  /** Why it ranks here: rank and raw score per channel, and the boost factor applied (facts, named document, kind). */
  signals: { lexical?: { rank: number; score: number }; dense?: { rank: number; distance: number }; boost: number };
}

export interface SearchResponse {
  results: SearchResult[];
  tookMs: number;
  language: QueryLanguage;
  intents: QueryIntent[];
  /** Content words of the query the search could use: covered by the glossary or present in the index. */
  understood: string[];
  /**
   * Content words it could not use (`desalination`, `Agent Orange`, a Vietnamese word no document has): an
   * answer that rests on the understood words alone may not answer the question.
   */
  notUnderstood: string[];
  /** Channels that actually ran. */
  channels: Array<'lexical' | 'dense'>;
  /**
   * With an embedder trained on the store (LSA): the query's words and the terms nearest to each in the
   * learned space, for the explanation. They do not change the lexical ranking (fusing LSA lost recall on
   * the archive); the dense channel, when it runs, reaches them through the query vector.
   */
  related?: RelatedTerms[];
  warnings: string[];
}

export interface RelatedTerms {
  word: string;
  terms: Array<{ term: string; similarity: number }>;
}

export const MAX_K = 50;
/** Neighbours shown per query word, and the least cosine similarity shown. */
const RELATED_PER_WORD = 3;
const RELATED_MIN_SIMILARITY = 0.5;
const MAX_QUERY_CHARS = 2000;
/** Candidates read beyond 2k, so collapsed near-duplicates still leave k results. */
const OVERFETCH = 10;

/**
 * Hybrid search over clauses.
 * @example const { results } = await search(db, 'Cơ quan nào chủ trì kiểm soát khai thác cát?', { k: 5, filters: { place: 'Cần Thơ' } })
 */
export async function search(db: Db, query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  // Vectors are built on first need, not at ingestion (see vectors-on-demand): before the revision is pinned,
  // so the search sees them. An LSA embedder's neighbours need its fit even at weight 0.
  const channels = options.channels ?? 'both';
  const denseWeight = options.weights?.dense ?? options.embedder?.fusionWeight ?? 0;
  if (
    channels === 'dense' ||
    (channels === 'both' && denseWeight > 0) ||
    (options.embedder && hasNeighbours(options.embedder))
  )
    await vectorsOnDemand(db, options.embedder);
  return atOneRevision(db, () => searchAtRevision(db, query, options));
}

async function searchAtRevision(db: Db, query: string, options: SearchOptions): Promise<SearchResponse> {
  const started = performance.now();
  const k = options.k ?? 10;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K)
    throw searchError('invalid_query', { reason: `k must be an integer in 1..${MAX_K}, got ${k}` });
  const text = query.trim();
  if (text === '') throw searchError('invalid_query', { reason: 'the query is empty' });
  if (text.length > MAX_QUERY_CHARS)
    throw searchError('invalid_query', { reason: `the query is longer than ${MAX_QUERY_CHARS} characters` });
  const wanted = options.channels ?? 'both';
  const depth = Math.max(k, options.depth ?? Math.max(50, 4 * k));
  const index = await lexicalIndex(db);
  const written = writtenIn(index);
  const analyzed = analyzeQuery(text, {
    withoutBridges: options.ablate?.bridges,
    ...(options.corpusSenses === false
      ? {}
      : {
          senses: (expansions) =>
            corpusSenses(expansions, (phrase) => index.clausesWithAll('folded', phraseTerms(phrase)), index.size),
          names: (question) => heldNames(question, written),
          compounds:
            options.compounds === false
              ? undefined
              : (expansions, question) => compoundRenderings(expansions, question, written),
        }),
  });
  const warnings: string[] = [];
  const lists: RankedList[] = [];
  const lexScores = new Map<string, number>();
  const denseDistances = new Map<string, number>();
  /** Per first-stage document, its clauses whose label names the asked point (`labelled-answer.ts`). */
  let labelled = new Map<string, string[]>();
  /** Clause → document, for the clauses the lexical stages read. */
  const documentOf = new Map<string, string>();
  /** What the lexical stages found, for the learned ordering's features (read only when it runs). */
  const firstStage: FirstStage = {
    all: [],
    fit: new Map(),
    content: new Map(),
    scores: new Map(),
    best: [],
    records: new Map(),
    siblingScore: new Map(),
  };

  if (wanted !== 'dense') {
    const bm25 = foldedOnlyParams(analyzed.language, options.bm25);
    const fields = await documentFields(db);
    const fit = documentFit(
      fields,
      analyzed.terms.filter((t) => t.field === 'folded'),
    );
    const stage = { ...DOCUMENT_FIRST, ...options.documentFirst };
    const content = new Map<string, number>();
    const all = await bm25Search(db, analyzed.terms, {
      limit: stage.weight > 0 ? Math.max(depth, FIRST_STAGE_DEPTH) : depth,
      filters: options.filters,
      params: bm25,
      documentFit: fit,
      explainedBy: fields.documentsOf,
      ...(stage.weight > 0 ? { documentScores: content } : {}),
    });
    const hits = all.slice(0, depth);
    Object.assign(firstStage, {
      all,
      fit,
      records: fields.terms,
      siblingScore: siblingScores(text, fit, fields.dates),
    });
    for (const h of hits) lexScores.set(h.clauseId, h.score);
    lists.push({ name: 'lexical', ids: hits.map((h) => h.clauseId), weight: options.weights?.lexical ?? 1 });
    if (stage.weight > 0) {
      const params = { ...BM25_DEFAULTS, ...bm25 };
      // Filters already shaped `all`: a document they refuse has no hit there and gives no clause here.
      const passes = new Set(all.map((h) => h.documentId));
      const scores = documentScores(fit, content, stage.fitWeight);
      const best = bestDocuments(scores, stage.documents);
      Object.assign(firstStage, { content, scores, best });
      const ranked = new Map(
        best.map((id) => [
          id,
          passes.has(id)
            ? index
                .scoreWithinDocument(
                  id,
                  explainedDown(analyzed.terms, fields.terms.get(id), params.explainedWeight),
                  params,
                )
                .map((c) => c.clauseId)
            : [],
        ]),
      );
      if (options.labelledAnswers !== false) {
        const without = options.ablate?.fields;
        labelled = await labelledAnswers(db, index, askedLabels(text, without), ranked, laterLabels(text, without));
        if (options.countedAnswers !== false)
          labelled = withCounted(
            labelled,
            await countedAnswers(db, index, countedNouns(text, analyzed.expansions), ranked),
          );
      }
      if (labelled.size > 0) {
        for (const h of all) documentOf.set(h.clauseId, h.documentId);
        for (const [id, list] of ranked) for (const c of list) documentOf.set(c, id);
      }
      const within = stage.within ? (id: string) => labelledFirst(ranked.get(id) ?? [], labelled.get(id)) : undefined;
      const ids = documentFirst(all, scores, { ...stage, within });
      lists.push({ name: 'documents', ids, weight: stage.weight });
    }
  }
  // The dense weight: the caller's, else the embedder's configured one, else 0 (lexical only, the default:
  // no embedder beat lexical-only on the archive). A weight of 0 cannot move a fused rank, so the channel is
  // skipped before any store lookup, query embedding or HNSW query. Asked for alone, `dense` still runs.
  const denseWeight = options.weights?.dense ?? options.embedder?.fusionWeight ?? 0;
  if (wanted === 'dense' || (wanted === 'both' && denseWeight > 0)) {
    const resolved = await resolveEmbedder(db, options.embedder);
    if (resolved.embedder) {
      const vec = await resolved.embedder.embedQuery(text);
      const hits = await denseSearch(db, vec, { limit: depth, filters: options.filters });
      for (const h of hits) denseDistances.set(h.clauseId, h.distance);
      lists.push({ name: 'dense', ids: hits.map((h) => h.clauseId), weight: wanted === 'dense' ? 1 : denseWeight });
    } else if (wanted === 'dense') {
      throw searchError('invalid_query', { reason: `dense search unavailable: ${resolved.reason}` });
    } else {
      warnings.push(`dense channel skipped: ${resolved.reason}`);
    }
  }
  const related = await relatedTerms(db, options.embedder, analyzed.contentWords);

  const fused = fuse(lists);
  const boosts = await computeBoosts(
    db,
    fused.map((f) => f.clauseId),
    {
      intents: analyzed.intents,
      symbols: analyzed.symbols,
      numbers: analyzed.numbers,
      // With its expansions, so "Decree 146/2025" names a nghị định like "Nghị định 146/2025" does.
      folded: foldedForm([text, ...analyzed.expansions.map((e) => e.phrase)].join('\n')),
    },
  );
  const scored = fused.map((f) => ({
    ...f,
    boost: boosts.get(f.clauseId) ?? 1,
    final: f.score * (boosts.get(f.clauseId) ?? 1),
  }));
  // A labelled answer of a first-stage document beside that document's best clause (`labelled-answer.ts`). Measured
  // with rank:dev: archive dev R@5 80.5 → 84.2 (half a 82.9 → 90.5, b 79.2 → 80.7), fresh dev 73.9 → 79.4 (a 69.6 →
  // 78.4, b 81.0 kept), R@1, seeds and paraphrases unchanged. A ×1.2–1.4 boost instead gained half as much and
  // cost fresh R@1 up to 1.2 points: a clause only in the document list scores too little for a boost to lift.
  const sorted = (labelled.size > 0 ? promoteLabelled(scored, labelled, (id) => documentOf.get(id)) : scored)
    // Ties (e.g. the channels disagreeing symmetrically) go to the lexical order, which knows accents, then to the id.
    .sort(
      (a, b) =>
        b.final - a.final ||
        (a.ranks.lexical ?? Number.POSITIVE_INFINITY) - (b.ranks.lexical ?? Number.POSITIVE_INFINITY) ||
        (a.clauseId < b.clauseId ? -1 : a.clauseId > b.clauseId ? 1 : 0),
    );
  const handSet =
    options.siblings === false || firstStage.fit.size === 0
      ? sorted
      : behindFittingSiblings(
          sorted,
          (id) => {
            const ord = index.ordinalOf(id);
            return ord === undefined ? undefined : index.documentOf(ord);
          },
          firstStage.records,
          firstStage.siblingScore,
        );
  const model =
    wanted === 'dense' || options.learnedRanking === false
      ? null
      : options.learnedRanking === true || options.learnedRanking === undefined
        ? defaultRankModel()
        : options.learnedRanking;
  const rankContext =
    model || options.candidateFeatures ? rankContextOf(index, analyzed.terms, firstStage, labelled) : undefined;
  if (options.candidateFeatures && rankContext) {
    const head = handSet.slice(0, options.candidateFeatures.depth);
    const rows = rankFeatures(rankContext, head);
    options.candidateFeatures.take(head.map((c, i) => ({ clauseId: c.clauseId, features: rows[i] })));
  }
  const ranked = (model && rankContext ? learnedOrder(model, rankContext, handSet) : handSet)
    // Read past k: near-duplicates of better clauses give their places to the next ones.
    .slice(0, Math.min(depth, 2 * k + OVERFETCH));

  const rows = await db.query<{ id: string; document_id: string; label: string; text: string }>(
    'select id, document_id, label, text from clauses where id = any($1::text[])',
    [ranked.map((r) => r.clauseId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const present = ranked.flatMap((r) => {
    const row = byId.get(r.clauseId);
    return row ? [{ ...r, id: r.clauseId, text: row.text, row }] : []; // absent: deleted between the two reads
  });
  const results: SearchResult[] = [];
  // A table's further rows after the other results (`table-rows.ts`): rank:dev archive dev R@10 90.6 → 90.9, MRR
  // 0.746 → 0.747 (half 0 unchanged, half 1 one question 9 → 6, one 11 → 10); fresh, seeds, paraphrases unchanged.
  const read = oneRowPerTable(present, (p) => p.row.document_id);
  for (const { item: r, duplicates } of collapseNearDuplicates(read, k)) {
    const row = r.row;
    const signals: SearchResult['signals'] = { boost: Number(r.boost.toFixed(6)) };
    if (r.ranks.lexical !== undefined)
      signals.lexical = { rank: r.ranks.lexical, score: lexScores.get(r.clauseId) ?? 0 };
    if (r.ranks.dense !== undefined)
      signals.dense = { rank: r.ranks.dense, distance: denseDistances.get(r.clauseId) ?? 0 };
    results.push({
      clauseId: row.id,
      documentId: row.document_id,
      label: row.label,
      text: row.text,
      score: Number(r.final.toFixed(9)),
      highlights: highlight(row.text, analyzed.terms),
      duplicates,
      signals,
    });
  }
  const { understood, notUnderstood } = await understandWords(db, analyzed.contentWords);
  return {
    results,
    understood,
    notUnderstood,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
    language: analyzed.language,
    intents: analyzed.intents,
    // The document-first list is a stage of the lexical channel, not a channel of its own.
    channels: lists.filter((l) => l.name !== 'documents').map((l) => l.name as 'lexical' | 'dense'),
    ...(related.length > 0 ? { related } : {}),
    warnings,
  };
}

/** The lexical stages' output the learned ordering reads: flat hits in order, and per document its scores. */
interface FirstStage {
  all: readonly LexicalHit[];
  fit: ReadonlyMap<string, number>;
  content: ReadonlyMap<string, number>;
  scores: ReadonlyMap<string, number>;
  best: readonly string[];
  /** Each document's record terms (`document-fit.ts`), and what siblings among them are compared by (`siblingScores`). */
  records: ReadonlyMap<string, ReadonlySet<string>>;
  siblingScore: ReadonlyMap<string, number>;
}

/** What the learned ordering reads of one search (`rank-features.ts`), built only when it runs. */
function rankContextOf(
  index: RankContext['index'],
  terms: readonly WeightedTerm[],
  stage: FirstStage,
  labelled: ReadonlyMap<string, readonly string[]>,
): RankContext {
  return {
    index,
    terms,
    lexical: new Map(stage.all.map((h, i) => [h.clauseId, { rank: i + 1, score: h.score }])),
    documentScore: stage.scores,
    fit: stage.fit,
    content: stage.content,
    bestDocuments: stage.best,
    labelled: new Set([...labelled.values()].flat()),
    commonAt: Math.max(BOILERPLATE.minDocuments, Math.ceil(BOILERPLATE.documentShare * index.shingles.documents)),
    records: stage.records,
    siblingScore: stage.siblingScore,
  };
}

/**
 * A question typed without diacritics has only folded terms. Weighed at `foldedWeight` (< 1, so an accented
 * match outranks a folded-only one) its clause scores shrink beside the document record's fit, which reads
 * folded forms at full weight, in both stages — so the record decided more than for the same question with
 * accents. The typed words are the user's own: their folded terms weigh 1, as an accented term does in the
 * exact field. Measured with `rank:dev` (no-diacritics questions, R@5): archive dev 67.7 → 75.8 (half a
 * 68.6 → 82.9, b 67.2 → 71.9), fresh dev 72.7 → 74.5 (a 67.6 → 73.5, b 81.0 → 76.2); 1.4 (both fields'
 * weight) lost 2 fresh questions.
 * @example foldedOnlyParams('vi-nodiac', undefined) // { foldedWeight: 1 }
 */
export function foldedOnlyParams(
  language: QueryLanguage,
  bm25: Partial<Bm25Params> | undefined,
): Partial<Bm25Params> | undefined {
  if (language !== 'vi-nodiac') return bm25;
  return { ...bm25, foldedWeight: 1 };
}

/**
 * Per document, those of its ranked clauses whose label or opening names an asked label, weighed by how the
 * document uses that label (`chooseLabelled`); nothing read when the question asks none. The document's
 * clauses holding a label's words anywhere (the index's postings) are its candidates: reading every
 * opening of a 5,000-clause decree per question cost ~0.3 s. Against the first 40 of each ranking read
 * before (rank:dev): archive dev R@5 87.5 → 88.2 (half 0 93.3 kept, half 1 84.4 → 85.4), fresh dev R@5 83.6
 * kept (81.4 / 87.3), R@1 57.0 from 58.2 (two "how long" questions 1 → 2); seeds and paraphrases unchanged.
 */
async function labelledAnswers(
  db: Db,
  index: InvertedIndex,
  labels: readonly string[],
  ranked: ReadonlyMap<string, readonly string[]>,
  later: readonly string[] = [],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (labels.length === 0) return out;
  const first = labelNamer(labels.filter((l) => !later.includes(l)));
  const phrases = labels.map((l) => phraseTerms(l));
  const candidates = new Map<string, string[]>();
  for (const [id, list] of ranked) {
    if (list.length === 0) continue;
    const ords = new Set<number>();
    for (const terms of phrases) for (const ord of index.clausesWithAllIn('folded', terms, id)) ords.add(ord);
    if (ords.size > 0)
      candidates.set(
        id,
        [...ords].map((ord) => index.clauseId(ord)),
      );
  }
  if (candidates.size === 0) return out;
  const known = await openingsOf(db, [...candidates.values()].flat());
  const names = labelNamer(labels);
  for (const [id, clauses] of candidates) {
    const naming = new Map<string, boolean>();
    for (const clauseId of clauses) {
      const head = known.get(clauseId);
      if (head && names(head.opening)) naming.set(clauseId, head.label);
    }
    const all = chooseLabelled(ranked.get(id) ?? [], naming);
    // A `later` label's lines (a where's "Địa chỉ:", a body's mailing address) only where the document states no other.
    const firsts = later.length > 0 ? all.filter((c) => first(known.get(c)?.opening ?? '')) : all;
    const chosen = itemsForBare(
      firsts.length > 0 ? firsts : all,
      (c) => known.get(c)?.bare === true,
      (c) => itemsOf(index, c),
      ranked.get(id) ?? [],
    );
    // Only those placed beside the best clause (`promoteLabelled`): more would crowd out the document's other clauses.
    if (chosen.length > 0) out.set(id, chosen.slice(0, LABELLED_PER_DOCUMENT));
  }
  return out;
}

/** A clause's items (its children), which follow it in its document; ordinals are in document order. */
function itemsOf(index: InvertedIndex, clauseId: string): string[] {
  const ord = index.ordinalOf(clauseId);
  if (ord === undefined) return [];
  const size = index.documentSize(index.documentOf(ord));
  const end = size ? size.start + size.clauses : ord + 1;
  const items: string[] = [];
  // Past the clause's subtree, a clause's parent stands before it.
  for (let o = ord + 1; o < end && index.parentOf(o) >= ord; o++)
    if (index.parentOf(o) === ord) items.push(index.clauseId(o));
  return items;
}

/** Counting clauses read per document: the first of its ranking that hold the counted noun's words. */
const COUNTING_READ = 40;

/**
 * Per document, its first counting clause (`counted-answer.ts`) among those of its ranked clauses holding
 * a counted noun's words; nothing read when the question counts no noun.
 */
async function countedAnswers(
  db: Db,
  index: InvertedIndex,
  counted: readonly string[],
  ranked: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (counted.length === 0) return out;
  const phrases = counted.map((n) => phraseTerms(n));
  const candidates = new Map<string, string[]>();
  for (const [id, list] of ranked) {
    const holding = new Set(
      phrases.flatMap((terms) => [...index.clausesWithAllIn('folded', terms, id)].map((ord) => index.clauseId(ord))),
    );
    const read = list.filter((c) => holding.has(c)).slice(0, COUNTING_READ);
    if (read.length > 0) candidates.set(id, read);
  }
  if (candidates.size === 0) return out;
  const rows = await db.query<{ id: string; text: string }>('select id, text from clauses where id = any($1::text[])', [
    [...candidates.values()].flat(),
  ]);
  const texts = new Map(rows.map((r) => [r.id, r.text]));
  for (const [id, read] of candidates) {
    const found = countingClauses(read, texts, counted);
    if (found.length > 0) out.set(id, found.slice(0, 1));
  }
  return out;
}

/** The labelled answers with each document's counting clause after them, within `LABELLED_PER_DOCUMENT`. */
function withCounted(
  labelled: ReadonlyMap<string, string[]>,
  counted: ReadonlyMap<string, string[]>,
): Map<string, string[]> {
  const out = new Map(labelled);
  for (const [id, found] of counted) {
    const own = out.get(id) ?? [];
    out.set(id, [...new Set([...own, ...found])].slice(0, LABELLED_PER_DOCUMENT));
  }
  return out;
}

/**
 * Clause id → its opening (`clauseHead`), kept per store revision: a store read per question cost p95 ~25 ms
 * on the loaded dev machine.
 */
async function openingsOf(db: Db, ids: readonly string[]): Promise<Map<string, ClauseHead>> {
  const known = await clauseOpenings(db);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    if (known.size + missing.length > OPENINGS_KEPT) known.clear();
    const rows = await db.query<{ id: string; head: string }>(
      'select id, left(text, 200) as head from clauses where id = any($1::text[])',
      [missing],
    );
    for (const r of rows) known.set(r.id, clauseHead(r.head));
  }
  return known;
}

/** Clause id → its opening, per store revision. */
const clauseOpenings = perStoreRevision(async () => new Map<string, ClauseHead>());
/** Openings kept before the cache starts over (an opening is a few words). */
const OPENINGS_KEPT = 100_000;

/** A document's clause ranking with its labelled answers moved to the front, in their ranked order. */
function labelledFirst(ranked: readonly string[], answers: readonly string[] | undefined): string[] {
  if (!answers || answers.length === 0) return [...ranked];
  const set = new Set(answers);
  return [...ranked.filter((id) => set.has(id)), ...ranked.filter((id) => !set.has(id))];
}

/** The terms with those the document's own record holds weighed down: there they name the document, not a clause. */
function explainedDown(
  terms: readonly WeightedTerm[],
  record: ReadonlySet<string> | undefined,
  factor: number,
): WeightedTerm[] {
  if (!record || factor === 1) return [...terms];
  return terms.map((t) =>
    record.has(t.field === 'folded' ? t.term : foldAccents(t.term)) ? { ...t, weight: t.weight * factor } : t,
  );
}

/** Learned neighbours of the query's words, when the embedder has them (LSA); else none, at no cost. */
async function relatedTerms(
  db: Db,
  embedder: VankienEmbeddings | undefined,
  words: readonly ContentWord[],
): Promise<RelatedTerms[]> {
  if (!embedder || !hasNeighbours(embedder)) return [];
  const resolved = await resolveEmbedder(db, embedder).catch(() => null); // vectors from another embedder: no neighbours
  if (!resolved?.embedder) return [];
  // A term made only of the query's own syllables (`xu ly` beside `xu`) tells nothing new.
  const own = new Set(words.flatMap((w) => w.folded.split(' ')));
  const out: RelatedTerms[] = [];
  for (const w of words) {
    const terms = embedder
      .neighbours(w.folded, RELATED_PER_WORD + own.size)
      .filter((n) => n.similarity >= RELATED_MIN_SIMILARITY && !n.term.split(' ').every((s) => own.has(s)))
      .slice(0, RELATED_PER_WORD)
      .map((n) => ({ term: n.term, similarity: Number(n.similarity.toFixed(3)) }));
    if (terms.length > 0) out.push({ word: w.word, terms });
  }
  return out;
}

const hasNeighbours = (
  e: VankienEmbeddings,
): e is VankienEmbeddings & { neighbours(term: string, count?: number): RelatedTerms['terms'] } =>
  typeof (e as { neighbours?: unknown }).neighbours === 'function';
