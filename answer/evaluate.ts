/**
 * @module answer/evaluate
 * Scores answers against the gold questions (`evals/gold/questions.json`): citation hit rate (an
 * answer cites a clause containing a gold evidence quote), lead-body accuracy, abstention on
 * out-of-corpus questions and on answerable ones, and citations that failed verification.
 */
import { foldText } from '../search/analyzer.ts';
import type { Answer } from './types.ts';

export interface GoldQuestion {
  id: string;
  lang: string;
  kind: string;
  question: string;
  evidence: string[];
  answer: string | null;
  answerAliases?: string[];
}

export interface Scored {
  id: string;
  kind: string;
  abstained: boolean;
  /** Null when the question has no evidence quote (or is out of corpus). */
  hit: boolean | null;
  /** For lead questions: the answerer's own words name the gold body. */
  leadOk: boolean | null;
  failedCitations: number;
}

export interface Figures {
  answerable: number;
  withEvidence: number;
  citationHits: number;
  citationHitRate: number;
  leadQuestions: number;
  leadCorrect: number;
  leadAccuracy: number;
  outOfCorpus: number;
  outOfCorpusAbstained: number;
  answerableAbstained: number;
  falseAbstentionRate: number;
  failedVerifications: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fold = (s: string) => foldText(s).replace(/\s+/g, ' ');

/** The answerer's own words: the answer text before its first quote. */
export function ownWords(answer: string): string {
  const at = answer.indexOf('“');
  return at < 0 ? answer : answer.slice(0, at);
}

/** Scores one answer; `clauseText` gives the stored text of each cited clause. */
export function scoreAnswer(
  gold: GoldQuestion,
  answer: Answer,
  clauseText: ReadonlyMap<string, string>,
  failedCitations: number,
): Scored {
  const evidence = gold.evidence.map(squash);
  const answerable = gold.kind !== 'out-of-corpus';
  const hit =
    answerable && evidence.length > 0
      ? answer.citations.some((c) => evidence.some((e) => squash(clauseText.get(c.clauseId) ?? '').includes(e)))
      : null;
  const names = [gold.answer, ...(gold.answerAliases ?? [])].filter((x): x is string => Boolean(x)).map(fold);
  const leadOk =
    gold.kind === 'lead' ? !answer.abstained && names.some((n) => fold(ownWords(answer.answer)).includes(n)) : null;
  return { id: gold.id, kind: gold.kind, abstained: answer.abstained, hit, leadOk, failedCitations };
}

/** Figures over scored answers. */
export function figures(scored: readonly Scored[]): Figures {
  const answerable = scored.filter((s) => s.kind !== 'out-of-corpus');
  const withEvidence = answerable.filter((s) => s.hit !== null);
  const leads = scored.filter((s) => s.leadOk !== null);
  const ooc = scored.filter((s) => s.kind === 'out-of-corpus');
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  const hits = withEvidence.filter((s) => s.hit).length;
  const leadCorrect = leads.filter((s) => s.leadOk).length;
  const falseAbstentions = answerable.filter((s) => s.abstained).length;
  return {
    answerable: answerable.length,
    withEvidence: withEvidence.length,
    citationHits: hits,
    citationHitRate: ratio(hits, withEvidence.length),
    leadQuestions: leads.length,
    leadCorrect,
    leadAccuracy: ratio(leadCorrect, leads.length),
    outOfCorpus: ooc.length,
    outOfCorpusAbstained: ooc.filter((s) => s.abstained).length,
    answerableAbstained: falseAbstentions,
    falseAbstentionRate: ratio(falseAbstentions, answerable.length),
    failedVerifications: scored.reduce((sum, s) => sum + s.failedCitations, 0),
  };
}
