/**
 * @module answer/abstain-features
 * The relevance signals as the numbers the abstain model weighs: generic measures of how well the
 * corpus meets the question (shares in 0..1 and yes/no flags), named so the model file can say which
 * weight goes with which. No threshold lives here: the model learns how much each one counts.
 */
import type { RelevanceReport } from './relevance.ts';
import type { QuestionKind } from './types.ts';

/** Kinds answered from the retrieved clauses, where a weak match means the corpus does not answer. */
export const RETRIEVAL_KINDS: ReadonlySet<QuestionKind> = new Set([
  'lead',
  'coordinate',
  'report',
  'target',
  'amount',
  'deadline',
  'content',
]);

/** Kinds that ask for a value: a body question (`lead`, `coordinate`) asks a body even when it names a year. */
const VALUE_KINDS: ReadonlySet<QuestionKind> = new Set(['target', 'amount', 'deadline', 'content']);

/** Feature names, in the order of `abstainFeatures`' vector and of the model file's weights. */
export const FEATURE_NAMES = [
  // IDF-weighted share of the question's concepts the best clause (with headings and record) shows.
  'coverage',
  // IDF-weighted share of the question's concepts no clause of the corpus mentions.
  'absentShare',
  // Share of the question's word pairs the corpus never uses and the best clauses do not explain.
  'strangePairShare',
  // Share of the question's content words not understood (neither glossary nor corpus reads them).
  'unreadShare',
  // A place named that no retrieved document is about.
  'foreignPlace',
  // A document named that the store neither holds nor cites.
  'unknownDocument',
  // The question names documents the store holds or cites.
  'documentNamed',
  // A value is asked (sum, share, date…) by a value kind and none of the best clauses states one of its type.
  'valueMissing',
  // Share of the question's topic the clause an open answer would quote shows (re-ranked best).
  'topicMatch',
  // How far the best clause stands above the second (share of its score).
  'scoreGap',
  // The question's kind is answered from retrieved clauses (not the graph or a header).
  'retrievalKind',
  // Coverage read only where it matters: for kinds answered from clauses.
  'retrievalCoverage',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The feature vector of a relevance report for a question of `kind`.
 * @example abstainFeatures(report, 'lead') // [0.8, 0, 0.1, 0, 0, 0, 0, 0, 0.7, 0.2, 1, 0.8]
 */
export function abstainFeatures(r: RelevanceReport, kind: QuestionKind): number[] {
  const retrieval = RETRIEVAL_KINDS.has(kind) ? 1 : 0;
  const unread = r.notUnderstood.length;
  const values: Record<FeatureName, number> = {
    coverage: r.coverage,
    absentShare: r.absentShare,
    strangePairShare: r.strangePairShare,
    unreadShare: unread + r.understood === 0 ? 0 : unread / (unread + r.understood),
    foreignPlace: r.foreignPlace ? 1 : 0,
    unknownDocument: r.unknownDocument ? 1 : 0,
    documentNamed: r.documentNamed ? 1 : 0,
    valueMissing: VALUE_KINDS.has(kind) && r.valueAsked && !r.valueShown ? 1 : 0,
    topicMatch: r.topicMatch,
    scoreGap: r.scoreGap,
    retrievalKind: retrieval,
    retrievalCoverage: retrieval * r.coverage,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
