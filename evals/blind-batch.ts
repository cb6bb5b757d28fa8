/**
 * @module evals/blind-batch
 * A blind batch (`coverage/blind-*.json`, written over dev-split documents no gold cites, before vankien runs on them):
 * which file `npm run english:blind` scores, its schema, and its figures by language. A batch's first run is a held-out
 * figure, so a malformed batch fails loudly and the report says which language lost what.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang, QuestionSchema } from './load-gold.ts';
import { mean } from './metrics/index.ts';
import { type AnswerRecord, scoreAnswers } from './suites/answer-suite.ts';

const BatchSchema = z.object({
  about: z.string().min(1),
  /** Paths relative to the archive root, ingested beside the dev store. */
  documents: z.array(z.string().min(1)).min(1),
  questions: z.array(QuestionSchema).min(1),
});
export type BlindBatch = z.infer<typeof BatchSchema>;

/** The batch scored when neither `--file` nor `--batch` is given (the first blind English batch). */
export const DEFAULT_BATCH = '3';

/**
 * The batch file: `--file PATH` (resolved from the working directory), else `--batch N` in `coverageDir` —
 * `blind-batch-N.json` (all three languages, from batch 5 on) or, for the English-only batches 3 and 4,
 * `blind-english-batch-N.json`.
 * @example batchPath('evals/coverage', { batch: '5' }) // 'evals/coverage/blind-batch-5.json' when it exists
 */
export function batchPath(
  coverageDir: string,
  options: { file?: string; batch?: string },
  exists: (path: string) => boolean = existsSync,
): string {
  if (options.file !== undefined && options.batch !== undefined)
    throw new Error('--file and --batch name the batch twice: give one');
  if (options.file !== undefined) return resolve(options.file);
  const n = options.batch ?? DEFAULT_BATCH;
  const candidates = [`blind-batch-${n}.json`, `blind-english-batch-${n}.json`].map((f) => join(coverageDir, f));
  const found = candidates.find((c) => exists(c));
  if (found === undefined) throw new Error(`--batch ${n}: none of ${candidates.join(', ')}; or pass --file PATH`);
  return found;
}

/** Parses a batch, throwing on the first schema issue, a repeated id or a question whose source the batch does not ingest. */
export function parseBatch(raw: unknown, path: string): BlindBatch {
  const parsed = BatchSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path}: ${issues.join('; ')}`);
  }
  const ids = new Set<string>();
  const documents = new Set(parsed.data.documents);
  for (const q of parsed.data.questions) {
    if (ids.has(q.id)) throw new Error(`${path}: duplicate question id ${q.id}`);
    ids.add(q.id);
    if (q.source !== undefined && !documents.has(q.source))
      throw new Error(`${path}: question ${q.id} cites ${q.source}, which is not among the batch's documents`);
  }
  return parsed.data;
}

export function loadBatch(path: string): BlindBatch {
  return parseBatch(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** Where one answerable question's evidence and document came in the search results (null: not in the first 10). */
export interface RetrievalOutcome {
  clauseRank: number | null;
  docRank: number | null;
}

/** One row of the report: all questions, or one language's. Rates are NaN when their set is empty. */
export interface BlindFigures {
  lang: Lang | 'all';
  answerable: number;
  /** Answerable questions with an evidence quote: the clause R@5 denominator (signer questions have none). */
  withEvidence: number;
  unanswerable: number;
  docRecall5: number;
  clauseRecall5: number;
  /** The gold answer stands in the answer's own words. */
  rightFact: number;
  /** `lead` questions whose answer names the gold body (quotes count). */
  leadBody: number;
  leadN: number;
  abstainsWhenShould: number;
  abstainsWhenShouldNot: number;
}

const within5 = (rank: number | null | undefined) => (rank != null && rank <= 5 ? 1 : 0);

/** Figures over all questions, then per language present, from the search outcomes (by id) and the answers. */
export function figuresByLang(
  questions: BlindBatch['questions'],
  outcomes: ReadonlyMap<string, RetrievalOutcome>,
  records: readonly AnswerRecord[],
): BlindFigures[] {
  const langs = LANGS.filter((l) => questions.some((q) => q.lang === l));
  return (['all', ...langs] as const).map((lang) => {
    const qs = questions.filter((q) => lang === 'all' || q.lang === lang);
    const ids = new Set(qs.map((q) => q.id));
    const answerable = qs.filter((q) => q.kind !== 'out-of-corpus');
    const withEvidence = answerable.filter((q) => q.evidence.length > 0);
    const scores = scoreAnswers(records.filter((r) => ids.has(r.id)));
    return {
      lang,
      answerable: answerable.length,
      withEvidence: withEvidence.length,
      unanswerable: qs.length - answerable.length,
      docRecall5: mean(answerable.map((q) => within5(outcomes.get(q.id)?.docRank))),
      clauseRecall5: mean(withEvidence.map((q) => within5(outcomes.get(q.id)?.clauseRank))),
      rightFact: scores.shortAnswer.all?.strict ?? Number.NaN,
      leadBody: scores.shortAnswer.lead?.lenient ?? Number.NaN,
      leadN: scores.shortAnswer.lead?.n ?? 0,
      abstainsWhenShould: scores.abstention.recall,
      abstainsWhenShouldNot: scores.abstention.answerableAbstainRate,
    };
  });
}
