/**
 * @module evals/suites/answer-suite
 * The answerer on every gold question, in-process: does it cite a clause holding the gold
 * evidence, state the short answer, abstain exactly on out-of-corpus questions — and does every
 * citation it returns hold up when checked again against the store (clause exists, quote is an
 * exact substring of its stored text)? Baselines "answer" with their top passage.
 */
import type { Db } from '../../core/store/db.ts';
import type { GoldQuestion } from '../load-gold.ts';
import { isEvidenceHit, judgeShortAnswer, mean, type ShortAnswerVerdict } from '../metrics/index.ts';
import { definedAbbreviations, folded } from '../text-forms.ts';

/** What the eval reads of an answer (the shape of `answer/types.ts` `Answer`). */
export interface AnswerLike {
  answer: string;
  abstained: boolean;
  citations: Array<{ clauseId: string; documentId: string; label: string; quote: string }>;
  meta?: { removed?: number; reason?: string; mode?: string; declinedBy?: string };
}

export type Ask = (question: string) => Promise<AnswerLike>;

export interface CitationCheck {
  clauseId: string;
  label: string;
  quote: string;
  /** The cited clause holds a gold evidence quote. */
  evidence: boolean;
  /** Null when it verifies; else why not. */
  failure: 'unknown_clause' | 'document_mismatch' | 'quote_not_in_clause' | 'empty_quote' | null;
}

export interface AnswerRecord {
  id: string;
  lang: string;
  kind: string;
  question: string;
  answer: string;
  abstained: boolean;
  reason?: string;
  /** Which mechanism declined (`DeclineMechanism`), when the answerer says. */
  declinedBy?: string;
  tookMs: number;
  citations: CitationCheck[];
  /** Null when the question has no evidence quote (or is out of corpus). */
  citationHit: boolean | null;
  /** Null for out-of-corpus questions. */
  shortAnswer: ShortAnswerVerdict | null;
  error?: string;
}

export interface AnswerScores {
  answered: number;
  /** Answerable questions with evidence whose answer cites a clause holding it. */
  citationHit: number;
  citationHitN: number;
  /** Share of all returned citations that point at a clause holding gold evidence (questions with evidence). */
  citationPrecision: number;
  /** Short-answer accuracy, strict (own words) and lenient (quotes count), per kind and for all answerable. */
  shortAnswer: Record<string, { n: number; strict: number; lenient: number }>;
  abstention: {
    precision: number;
    recall: number;
    outOfCorpus: number;
    answerableAbstainRate: number;
    answerable: number;
  };
  citations: number;
  failedVerifications: number;
  failures: Array<{ id: string; clauseId: string; failure: string }>;
  errors: number;
}

/** Re-checks one citation against the stored clause text. */
function checkCitation(
  c: AnswerLike['citations'][number],
  clause: { document_id: string; text: string } | undefined,
): CitationCheck['failure'] {
  if (!clause) return 'unknown_clause';
  if (c.documentId && c.documentId !== clause.document_id) return 'document_mismatch';
  if (c.quote.trim() === '') return 'empty_quote';
  return clause.text.includes(c.quote) ? null : 'quote_not_in_clause';
}

/**
 * The abbreviations an answer may write a fact with: those the cited documents define for themselves (`cụm công
 * nghiệp (CCN)`), then those the corpus defines one way only (a plan writes `37 CCN` where a planning report of the
 * same province defined it). Read once per store, learned from the documents, no list.
 */
export function citedDefinitions(db: Db): (documentIds: readonly string[]) => Promise<Map<string, string>> {
  let learned: Promise<{ byDocument: Map<string, Map<string, string>>; corpus: Map<string, string> }> | null = null;
  const learn = async () => {
    const rows = await db.query<{ document_id: string; text: string }>(
      'select document_id, text from clauses order by document_id, span_start',
    );
    const texts = new Map<string, string[]>();
    for (const r of rows) {
      const parts = texts.get(r.document_id);
      if (parts) parts.push(r.text);
      else texts.set(r.document_id, [r.text]);
    }
    const byDocument = new Map<string, Map<string, string>>();
    const senses = new Map<string, Map<string, string>>();
    for (const [id, parts] of texts) {
      const defined = definedAbbreviations(parts.join('\n'));
      byDocument.set(id, defined);
      for (const [abbr, full] of defined) senses.set(abbr, (senses.get(abbr) ?? new Map()).set(folded(full), full));
    }
    const corpus = new Map<string, string>();
    for (const [abbr, fulls] of senses) if (fulls.size === 1) corpus.set(abbr, [...fulls.values()][0]);
    return { byDocument, corpus };
  };
  return async (documentIds) => {
    learned ??= learn();
    const { byDocument, corpus } = await learned;
    const out = new Map<string, string>();
    for (const id of new Set(documentIds)) {
      for (const [abbr, full] of byDocument.get(id) ?? []) if (!out.has(abbr)) out.set(abbr, full);
    }
    for (const [abbr, full] of corpus) if (!out.has(abbr)) out.set(abbr, full);
    return out;
  };
}

export async function runAnswerSuite(db: Db, questions: readonly GoldQuestion[], ask: Ask): Promise<AnswerRecord[]> {
  const records: AnswerRecord[] = [];
  const definitions = citedDefinitions(db);
  for (const q of questions) {
    const started = performance.now();
    let result: AnswerLike;
    let error: string | undefined;
    try {
      result = await ask(q.question);
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      result = { answer: '', abstained: true, citations: [] };
    }
    const tookMs = performance.now() - started;
    const ids = [...new Set(result.citations.map((c) => c.clauseId))];
    const rows =
      ids.length === 0
        ? []
        : await db.query<{ id: string; document_id: string; text: string }>(
            'select id, document_id, text from clauses where id = any($1::text[])',
            [ids],
          );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const citations: CitationCheck[] = result.citations.map((c) => {
      const clause = byId.get(c.clauseId);
      return {
        clauseId: c.clauseId,
        label: c.label,
        quote: c.quote,
        evidence: clause !== undefined && isEvidenceHit(clause.text, q.evidence),
        failure: checkCitation(c, clause),
      };
    });
    const answerable = q.kind !== 'out-of-corpus';
    records.push({
      id: q.id,
      lang: q.lang,
      kind: q.kind,
      question: q.question,
      answer: result.answer,
      abstained: result.abstained,
      reason: result.meta?.reason,
      declinedBy: result.meta?.declinedBy,
      tookMs,
      citations,
      citationHit: answerable && q.evidence.length > 0 ? citations.some((c) => c.evidence) : null,
      shortAnswer:
        answerable && !result.abstained
          ? judgeShortAnswer(result.answer, q, await definitions(rows.map((r) => r.document_id)))
          : answerable
            ? { strict: false, lenient: false }
            : null,
      error,
    });
  }
  return records;
}

/** Aggregates over the answer records. */
export function scoreAnswers(records: readonly AnswerRecord[]): AnswerScores {
  const answerable = records.filter((r) => r.kind !== 'out-of-corpus');
  const ooc = records.filter((r) => r.kind === 'out-of-corpus');
  const withEvidence = answerable.filter((r) => r.citationHit !== null);
  const abstained = records.filter((r) => r.abstained);
  const shortAnswer: AnswerScores['shortAnswer'] = {};
  const kinds = ['all', ...new Set(answerable.map((r) => r.kind))];
  for (const kind of kinds) {
    const rs = answerable.filter((r) => kind === 'all' || r.kind === kind);
    shortAnswer[kind] = {
      n: rs.length,
      strict: mean(rs.map((r) => (r.shortAnswer?.strict ? 1 : 0))),
      lenient: mean(rs.map((r) => (r.shortAnswer?.lenient ? 1 : 0))),
    };
  }
  const cited = withEvidence.flatMap((r) => r.citations);
  const failures = records.flatMap((r) =>
    r.citations
      .filter((c) => c.failure !== null)
      .map((c) => ({ id: r.id, clauseId: c.clauseId, failure: String(c.failure) })),
  );
  return {
    answered: records.length - abstained.length,
    citationHit: mean(withEvidence.map((r) => (r.citationHit ? 1 : 0))),
    citationHitN: withEvidence.length,
    citationPrecision: mean(cited.map((c) => (c.evidence ? 1 : 0))),
    shortAnswer,
    abstention: {
      precision:
        abstained.length === 0
          ? Number.NaN
          : abstained.filter((r) => r.kind === 'out-of-corpus').length / abstained.length,
      recall: mean(ooc.map((r) => (r.abstained ? 1 : 0))),
      outOfCorpus: ooc.length,
      answerableAbstainRate: mean(answerable.map((r) => (r.abstained ? 1 : 0))),
      answerable: answerable.length,
    },
    citations: records.reduce((a, r) => a + r.citations.length, 0),
    failedVerifications: failures.length,
    failures,
    errors: records.filter((r) => r.error !== undefined).length,
  };
}

/** A baseline's answers: its top passage is the answer; it never abstains. */
export interface BaselineAnswerScores {
  citationHit: number;
  citationHitN: number;
  shortAnswer: Record<string, { n: number; lenient: number }>;
  abstention: { precision: number; recall: number; answerableAbstainRate: number };
}

export async function runBaselineAnswers(
  questions: readonly GoldQuestion[],
  top: (question: string) => Promise<string | null>,
): Promise<BaselineAnswerScores> {
  const answerable = questions.filter((q) => q.kind !== 'out-of-corpus');
  const rows: Array<{ kind: string; evidence: boolean | null; short: boolean }> = [];
  for (const q of answerable) {
    const text = (await top(q.question)) ?? '';
    rows.push({
      kind: q.kind,
      evidence: q.evidence.length > 0 ? isEvidenceHit(text, q.evidence) : null,
      short: judgeShortAnswer(text, q).lenient,
    });
  }
  const shortAnswer: BaselineAnswerScores['shortAnswer'] = {};
  for (const kind of ['all', ...new Set(rows.map((r) => r.kind))]) {
    const rs = rows.filter((r) => kind === 'all' || r.kind === kind);
    shortAnswer[kind] = { n: rs.length, lenient: mean(rs.map((r) => (r.short ? 1 : 0))) };
  }
  const withEvidence = rows.filter((r) => r.evidence !== null);
  return {
    citationHit: mean(withEvidence.map((r) => (r.evidence ? 1 : 0))),
    citationHitN: withEvidence.length,
    shortAnswer,
    abstention: { precision: Number.NaN, recall: 0, answerableAbstainRate: 0 },
  };
}
