/**
 * @module evals/suites/retrieval-suite
 * Every retrieval system on every question with evidence: the rank of the first passage that
 * contains a gold quote, then Recall@1/5/10 and MRR@10 overall, per language and per kind.
 */
import type { GoldQuestion } from '../load-gold.ts';
import { firstHitRank, type RankingScores, scoresByGroup } from '../metrics/index.ts';

/** A retrieval system under test: the texts of its top-k passages for a question, best first. */
export type Retriever = (question: string, k: number) => Promise<string[]>;

export interface QuestionRanks {
  id: string;
  lang: string;
  kind: string;
  ranks: Record<string, number | null>;
  /** Milliseconds each system took on this question. */
  tookMs: Record<string, number>;
}

export interface RetrievalReport {
  k: number;
  systems: string[];
  /** system → group (`all`, `vi`, `vi-nodiac`, `en`, `kind:lead` ...) → scores. */
  scores: Record<string, Record<string, RankingScores>>;
  questions: QuestionRanks[];
}

/** Questions retrieval is scored on: answerable, with at least one evidence quote. */
export function retrievalQuestions(questions: readonly GoldQuestion[]): GoldQuestion[] {
  return questions.filter((q) => q.kind !== 'out-of-corpus' && q.evidence.length > 0);
}

export async function runRetrievalSuite(
  questions: readonly GoldQuestion[],
  systems: Readonly<Record<string, Retriever>>,
  k = 10,
): Promise<RetrievalReport> {
  const records: QuestionRanks[] = [];
  for (const q of retrievalQuestions(questions)) {
    const record: QuestionRanks = { id: q.id, lang: q.lang, kind: q.kind, ranks: {}, tookMs: {} };
    for (const [name, retrieve] of Object.entries(systems)) {
      const started = performance.now();
      const texts = await retrieve(q.question, k);
      record.tookMs[name] = performance.now() - started;
      record.ranks[name] = firstHitRank(texts.slice(0, k), q.evidence);
    }
    records.push(record);
  }
  const scores: RetrievalReport['scores'] = {};
  for (const name of Object.keys(systems)) {
    scores[name] = scoresByGroup(
      records,
      (r) => r.ranks[name],
      (r) => [r.lang, `kind:${r.kind}`],
    );
  }
  return { k, systems: Object.keys(systems), scores, questions: records };
}
