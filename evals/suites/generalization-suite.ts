/**
 * @module evals/suites/generalization-suite
 * One row of headline figures per question set and store — the shape of the held-out suite's
 * report: Recall@5 (and English alone), right fact, right lead body, abstentions when it should and
 * when it should not, citations failing verification, ask latency. Sets are split by document (dev /
 * held-back) so tuning shows as a gap between the two.
 */
import type { Db } from '../../core/store/index.ts';
import type { GoldQuestion } from '../load-gold.ts';
import { summarizeLatency } from '../metrics/latency.ts';
import { type Ask, type AnswerRecord, runAnswerSuite, scoreAnswers } from './answer-suite.ts';
import { type Retriever, runRetrievalSuite } from './retrieval-suite.ts';

export interface SetFigures {
  set: string;
  store: string;
  questions: number;
  recall5: number;
  recall5En: number;
  mrr10: number;
  /** The gold answer stands in the answer's own words. */
  rightFact: number;
  /** ... or in its quotes. */
  rightFactLenient: number;
  leadBody: number;
  leadN: number;
  abstainsWhenShould: number;
  unanswerable: number;
  abstainsWhenShouldNot: number;
  failedVerifications: number;
  askP50: number;
  askP95: number;
  /** Questions answered wrongly or missed, for the report's failure list. */
  misses: Array<{ id: string; question: string; answer: string; abstained: boolean }>;
}

/** Runs retrieval (fused) and the answerer on one question set over one store. */
export async function runQuestionSet(
  set: string,
  store: string,
  db: Db,
  questions: readonly GoldQuestion[],
  systems: { retrieve: Retriever; ask: Ask },
): Promise<SetFigures> {
  const retrieval = await runRetrievalSuite(questions, { fused: systems.retrieve });
  const records: AnswerRecord[] = await runAnswerSuite(db, questions, systems.ask);
  const scores = scoreAnswers(records);
  const fused = retrieval.scores.fused;
  const latency = summarizeLatency(records.map((r) => r.tookMs));
  const lead = scores.shortAnswer.lead;
  return {
    set,
    store,
    questions: questions.length,
    recall5: fused.all?.recall5 ?? Number.NaN,
    recall5En: fused.en?.recall5 ?? Number.NaN,
    mrr10: fused.all?.mrr10 ?? Number.NaN,
    rightFact: scores.shortAnswer.all?.strict ?? Number.NaN,
    rightFactLenient: scores.shortAnswer.all?.lenient ?? Number.NaN,
    leadBody: lead?.lenient ?? Number.NaN,
    leadN: lead?.n ?? 0,
    abstainsWhenShould: scores.abstention.recall,
    unanswerable: scores.abstention.outOfCorpus,
    abstainsWhenShouldNot: scores.abstention.answerableAbstainRate,
    failedVerifications: scores.failedVerifications,
    askP50: latency.p50,
    askP95: latency.p95,
    misses: records
      .filter((r) => (r.kind === 'out-of-corpus' ? !r.abstained : r.abstained || !r.shortAnswer?.lenient))
      .map((r) => ({ id: r.id, question: r.question, answer: r.answer.slice(0, 200), abstained: r.abstained })),
  };
}

export interface ChannelFigures {
  system: string;
  split: string;
  n: number;
  recall5: number;
  mrr10: number;
}

/**
 * Recall@5 and MRR of named retrieval systems (lexical only, dense only, fused; one embedder or
 * another) on question sets, so the dense channel's place is measured, not assumed.
 */
export async function runChannelComparison(
  sets: Readonly<Record<string, readonly GoldQuestion[]>>,
  systems: Readonly<Record<string, Retriever>>,
): Promise<ChannelFigures[]> {
  const out: ChannelFigures[] = [];
  for (const [split, questions] of Object.entries(sets)) {
    const report = await runRetrievalSuite(questions, systems);
    for (const system of Object.keys(systems)) {
      const all = report.scores[system]?.all;
      out.push({ system, split, n: all?.n ?? 0, recall5: all?.recall5 ?? Number.NaN, mrr10: all?.mrr10 ?? Number.NaN });
    }
  }
  return out;
}
