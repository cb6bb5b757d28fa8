/**
 * @module search/rank-features
 * Generic features of each first-stage candidate clause, read by the learned ranking (`learned-ranking.ts`):
 * where the hand-set stages placed it, its own BM25, its document's scores (record fit — symbol, type,
 * issuer, place, year, title — content BM25, the document stage's rank), the document's size, the share of
 * the question's words the document, the clause and its heading path hold, boilerplate, a labelled asked
 * point and the clause's place in its document; and, to tell the clause that answers from the others of its
 * document, the share of the question's words its heading path holds weighed by their rarity *within that
 * document* (a word every clause of a plan repeats tells its clauses apart no better than a stopword). None
 * names a document, a word or a question kind.
 */
import { bm25Idf } from './bm25.ts';
import type { InvertedIndex } from './lexical-index/inverted-index.ts';
import type { WeightedTerm } from './query.ts';
import { siblingStanding } from './siblings.ts';

/** The features, in the order of a row and of the model file's weights. */
export const RANK_FEATURES = [
  'pipeline_rank',
  'lexical_score',
  'lexical_rank',
  'document_rank',
  'document_list_rank',
  'document_share',
  'document_score',
  'document_fit',
  'document_content',
  'document_clauses',
  'document_coverage',
  'path_coverage',
  'boilerplate',
  'boost',
  'labelled',
  'position',
  'clause_length',
  'within_coverage',
  'sibling_fit',
] as const;

/**
 * Formula learned from the corpus (`lexical-index/boilerplate.ts`): a shingle used by at least `minDocuments` and
 * `documentShare` of the documents is common; the `boilerplate` feature is the share of a clause's shingles that are.
 * It replaced a ×(1 − 0.5 share) penalty in the hand-set stages (with the document the question names exempt):
 * refitted without it, dev half 1 R@1 63.1 → 63.5, R@5 84.3 → 84.7 (reverse fit on half 0 kept 54.6 / 85.0).
 */
export const BOILERPLATE = { minDocuments: 8, documentShare: 0.02 } as const;

/** What one question's first stage knows, shared by its candidates. */
export interface RankContext {
  index: InvertedIndex;
  /** The question's terms (folded ones are read for coverage). */
  terms: readonly WeightedTerm[];
  /** Clause → its flat lexical rank (1-based) and BM25. */
  lexical: ReadonlyMap<string, { rank: number; score: number }>;
  /** Document → first-stage score, record fit and content BM25 (`document-first.ts`). */
  documentScore: ReadonlyMap<string, number>;
  fit: ReadonlyMap<string, number>;
  content: ReadonlyMap<string, number>;
  /** The document stage's best documents, best first. */
  bestDocuments: readonly string[];
  /** Clauses labelled with the asked point (`labelled-answer.ts`). */
  labelled: ReadonlySet<string>;
  /** A shingle used by this many documents is boilerplate (`BOILERPLATE`). */
  commonAt: number;
  /** Each document's record terms (`document-fit.ts`), which tell sibling documents apart; absent: none are. */
  records?: ReadonlyMap<string, ReadonlySet<string>>;
  /** What siblings are compared by (`siblingScores`: the fit, or the date when the question asks the latest); default `fit`. */
  siblingScore?: ReadonlyMap<string, number>;
}

/** A candidate as the hand-set stages left it: its place in their order (0-based) and the boost applied. */
export interface Candidate {
  clauseId: string;
  boost: number;
  /**
   * 1-based rank per list that returned it (`lexical`; `documents`: the document stage's within-document ranking,
   * its first clauses per document).
   */
  ranks?: Readonly<Record<string, number>>;
}

/** The folded terms coverage reads: the user's own and translated words, each weighed by its IDF over clauses. */
export function coverageTerms(
  index: InvertedIndex,
  terms: readonly WeightedTerm[],
): Array<{ term: string; idf: number }> {
  const seen = new Set<string>();
  const out: Array<{ term: string; idf: number }> = [];
  for (const t of terms) {
    // Bridges and aliases say where an answer may stand, not what the question is about.
    if (t.field !== 'folded' || t.weight < 0.8 || seen.has(t.term)) continue;
    seen.add(t.term);
    const df = index.df('folded', t.term);
    if (df > 0) out.push({ term: t.term, idf: bm25Idf(index.size, df) });
  }
  return out;
}

/**
 * One feature row per candidate, in `RANK_FEATURES` order; scores are divided by the question's best among
 * the candidates, so a row means the same for a two-word and a twenty-word question.
 * @example rankFeatures(ctx, [{ clauseId: 'kh-3957~2', boost: 1 }])[0].length // RANK_FEATURES.length
 */
export function rankFeatures(ctx: RankContext, candidates: readonly Candidate[]): number[][] {
  const { index } = ctx;
  const cover = coverageTerms(index, ctx.terms).map((t) => ({ ...t, holds: index.holder('folded', t.term) }));
  const total = cover.reduce((s, t) => s + t.idf, 0) || 1;
  const documents = candidates.map((c) => documentOfClause(index, c.clauseId));
  const maxOf = (values: Iterable<number>) => Math.max(1e-9, ...values);
  const topLexical = maxOf(candidates.map((c) => ctx.lexical.get(c.clauseId)?.score ?? 0));
  const docs = new Set(documents.filter((d): d is string => d !== undefined));
  const topDocument = maxOf([...docs].map((d) => ctx.documentScore.get(d) ?? 0));
  const topFit = maxOf([...docs].map((d) => ctx.fit.get(d) ?? 0));
  const topContent = maxOf([...docs].map((d) => ctx.content.get(d) ?? 0));
  // How many of the head candidates each document holds: a document the question is about fills the head.
  const share = new Map<string, number>();
  for (const d of documents) if (d) share.set(d, (share.get(d) ?? 0) + 1 / candidates.length);
  const documentCoverage = new Map<string, number>();
  for (const d of docs)
    documentCoverage.set(
      d,
      cover.reduce((s, t) => s + (index.documentHolds('folded', t.term, d) ? t.idf : 0), 0) / total,
    );
  const sibling = ctx.records
    ? siblingStanding(ctx.records, ctx.siblingScore ?? ctx.fit, docs)
    : new Map<string, number>();
  // Per document, each question word's IDF among the document's own clauses (0: the document lacks it).
  const idfInDocument = new Map<string, number[]>();
  const withinIdf = (d: string): number[] => {
    let idfs = idfInDocument.get(d);
    if (!idfs) {
      const n = index.documentSize(d)?.clauses ?? 0;
      idfs = cover.map((t) => {
        const df = index.documentDf('folded', t.term, d);
        return df === 0 ? 0 : bm25Idf(n, df);
      });
      idfInDocument.set(d, idfs);
    }
    return idfs;
  };
  return candidates.map((c, i) => {
    const documentId = documents[i];
    const ord = index.ordinalOf(c.clauseId);
    const lexical = ctx.lexical.get(c.clauseId);
    const size = documentId ? index.documentSize(documentId) : undefined;
    const stageRank = documentId ? ctx.bestDocuments.indexOf(documentId) : -1;
    // Per question word, whether the clause or one of its headings holds it.
    const held = ord === undefined ? cover.map(() => false) : cover.map((t) => pathHolds(index, t.holds, ord));
    const path = cover.reduce((sum, t, j) => sum + (held[j] ? t.idf : 0), 0);
    const inDocument = documentId ? withinIdf(documentId) : [];
    const withinTotal = inDocument.reduce((a, b) => a + b, 0);
    return [
      Math.log(1 + i),
      (lexical?.score ?? 0) / topLexical,
      Math.log(1 + (lexical?.rank ?? 1000)),
      Math.log(1 + (stageRank < 0 ? ctx.bestDocuments.length + 1 : stageRank)),
      Math.log(1 + (c.ranks?.documents ?? 100)),
      documentId ? (share.get(documentId) ?? 0) : 0,
      documentId ? (ctx.documentScore.get(documentId) ?? 0) / topDocument : 0,
      documentId ? (ctx.fit.get(documentId) ?? 0) / topFit : 0,
      documentId ? (ctx.content.get(documentId) ?? 0) / topContent : 0,
      Math.log(1 + (size?.clauses ?? 1)),
      documentId ? (documentCoverage.get(documentId) ?? 0) : 0,
      path / total,
      index.shingles.share(c.clauseId, ctx.commonAt),
      Math.log(c.boost > 0 ? c.boost : 1),
      ctx.labelled.has(c.clauseId) ? 1 : 0,
      ord !== undefined && size && size.clauses > 1 ? (ord - size.start) / (size.clauses - 1) : 0,
      Math.log(1 + (index.clauseLength(c.clauseId) ?? 0)),
      withinTotal > 0 ? inDocument.reduce((sum, idf, j) => sum + (held[j] ? idf : 0), 0) / withinTotal : 0,
      documentId ? (sibling.get(documentId) ?? 0) : 0,
    ];
  });
}

/** Whether the clause at `ord` or one of its headings holds a word. */
function pathHolds(index: InvertedIndex, holds: (ord: number) => boolean, ord: number): boolean {
  // A heading path is a few levels deep; the bound guards a malformed parent chain.
  for (let p = ord, depth = 0; p >= 0 && depth < 9; p = index.parentOf(p), depth++) if (holds(p)) return true;
  return false;
}

function documentOfClause(index: InvertedIndex, clauseId: string): string | undefined {
  const ord = index.ordinalOf(clauseId);
  return ord === undefined ? undefined : index.documentOf(ord);
}
