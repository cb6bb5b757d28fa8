/**
 * @module evals/suites/diagnose
 * Failing questions grouped by cause, for the owners of each stage: retrieval (which channel lost
 * the evidence), the answerer (abstained, cited the wrong clause, wrong short answer, answered an
 * out-of-corpus question), and citation verification.
 */
import type { GoldQuestion } from '../load-gold.ts';
import type { AnswerRecord } from './answer-suite.ts';
import type { RetrievalReport } from './retrieval-suite.ts';

export type Causes = Record<string, string[]>;

const CUT = 5;

function add(causes: Causes, cause: string, line: string): void {
  const list = causes[cause] ?? [];
  list.push(line);
  causes[cause] = list;
}

function rankText(r: number | null | undefined): string {
  return r === null || r === undefined ? '–' : String(r);
}

/** Why each question missing fused Recall@5 missed it. */
export function diagnoseRetrieval(report: RetrievalReport, questions: readonly GoldQuestion[]): Causes {
  const causes: Causes = {};
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const r of report.questions) {
    const fused = r.ranks.fused;
    if (fused !== null && fused <= CUT) continue;
    const lex = r.ranks.lexical;
    const dense = r.ranks.dense;
    const q = byId.get(r.id);
    const line = `${r.id} [${r.lang}/${r.kind}] fused ${rankText(fused)}, lexical ${rankText(lex)}, dense ${rankText(dense)}: ${q?.question ?? ''}`;
    if ((lex !== null && lex <= CUT) || (dense !== null && dense <= CUT))
      add(
        causes,
        'retrieval: a channel ranks the evidence in its top 5, the fused list does not (fusion/boosts)',
        line,
      );
    else if (fused !== null) add(causes, 'retrieval: evidence ranked 6–10 only', line);
    else if (lex === null && dense === null)
      add(causes, 'retrieval: neither channel finds the evidence in its top 10', line);
    else add(causes, 'retrieval: evidence below the top 5 in both channels and out of the fused top 10', line);
  }
  return causes;
}

/** Why each answer failed a target: abstention, citation, short answer, verification, errors. */
export function diagnoseAnswers(
  records: readonly AnswerRecord[],
  questions: readonly GoldQuestion[],
  retrieval: RetrievalReport | null,
): Causes {
  const causes: Causes = {};
  const gold = new Map(questions.map((q) => [q.id, q]));
  const fusedRank = new Map(retrieval?.questions.map((r) => [r.id, r.ranks.fused]) ?? []);
  const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text).replace(/\s+/g, ' ');
  for (const r of records) {
    const q = gold.get(r.id);
    const head = `${r.id} [${r.lang}/${r.kind}]`;
    const rank = fusedRank.get(r.id);
    const retrieved = rank !== undefined && rank !== null && rank <= CUT;
    if (r.error) add(causes, 'answer: the answerer threw', `${head} ${r.error}`);
    for (const c of r.citations) {
      if (c.failure) add(causes, `verification: ${c.failure}`, `${head} ${c.clauseId} “${short(c.quote)}”`);
    }
    if (r.kind === 'out-of-corpus') {
      if (!r.abstained)
        add(causes, 'answer: answered an out-of-corpus question', `${head} ${q?.question} → ${short(r.answer)}`);
      continue;
    }
    if (r.abstained && !r.error) {
      const why = r.reason ? ` (reason: ${r.reason})` : '';
      if (q && q.evidence.length === 0)
        add(
          causes,
          'answer: abstained on an answerable question (no evidence quote: metadata)',
          `${head}${why} ${q.question}`,
        );
      else if (retrieved)
        add(
          causes,
          'answer: abstained although search ranks the evidence in its top 5',
          `${head} fused rank ${rank}${why}: ${q?.question}`,
        );
      else
        add(
          causes,
          'answer: abstained, and search misses the evidence too',
          `${head} fused rank ${rankText(rank)}${why}: ${q?.question}`,
        );
      continue;
    }
    if (r.citationHit === false) {
      const cited = r.citations.map((c) => c.label).join('; ') || 'nothing';
      if (retrieved)
        add(
          causes,
          'answer: cites no evidence clause although search ranks it in its top 5',
          `${head} fused rank ${rank}; cited ${cited}: ${q?.question}`,
        );
      else
        add(
          causes,
          'answer: cites no evidence clause, and search misses it too',
          `${head} fused rank ${rankText(rank)}; cited ${cited}: ${q?.question}`,
        );
    }
    if (r.shortAnswer && !r.shortAnswer.strict) {
      const expected = q?.answer ?? '';
      const where = r.citationHit ? 'right clause cited' : 'evidence not cited';
      const note = r.shortAnswer.lenient ? ' (only inside a quote)' : '';
      const scope = r.kind === 'lead' || r.kind === 'target' ? '' : ' (no target for this kind)';
      add(
        causes,
        `answer: wrong ${r.kind} short answer${scope} — ${where}`,
        `${head} expected “${expected}”${note}; answer: ${short(r.answer)}`,
      );
    }
  }
  return causes;
}
