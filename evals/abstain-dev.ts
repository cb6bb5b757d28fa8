/**
 * @module evals/abstain-dev
 * `npm run abstain:dev`: the abstention loop over the dev store `eval:dev` built — for each dev question
 * (archive dev, seeds, paraphrases) whether the answerer abstained and why, with the relevance signals
 * it decided on, as JSON lines, then per set the wrong-abstention and abstains-when-should figures.
 * Each line holds the abstain model's features and the unit a cross-validation fold keeps whole (the
 * question's document), so `npm run abstain:train -- --from FILE` learns the decision from them. With
 * `--answerers-only` the model never declines, and `abstained` is what the kind answerers decide alone
 * (a value question with no value of its type): the dump training reads. Only dev sets (held-back
 * questions are scored by `npm run eval`). `--set written`: unanswerable questions written over dev documents for
 * training only (`evals/abstain/written-unanswerable.json`, not a gold set), to append to a dump; not in the default
 * sets: refitted with them the held-out folds declined more answerable half-1 questions (2026-12-07: archive 3.5 → 8.2%,
 * fresh 7.4 → 9.3% at the cost-chosen threshold).
 *
 *   npm run abstain:dev -- [--set archive|fresh|seed|paraphrases|written] [--half 0|1] [--out FILE] [--store DIR] [--answerers-only]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeAnswer } from '../answer/compose.ts';
import { classifyInContext } from '../answer/follow-up.ts';
import { DEV_SETS, devSet, devStoreDir, option, ROOT } from './dev-options.ts';
import { openPipeline } from './pipeline.ts';
import { abstainFeatures } from '../answer/abstain-features.ts';
import { abstainReason } from '../answer/abstain-model.ts';
import { ModelFileError } from '../answer/linear-model.ts';
import type { RelevanceReport } from '../answer/relevance.ts';
import type { QuestionKind } from '../answer/types.ts';
import { foldPhrase } from '../search/analyzer.ts';
import type { GoldQuestion } from './load-gold.ts';
import { halfOf } from './abstain-fit.ts';
import { DECLINE_COUNTED, declinesBy } from './suites/generalization-suite.ts';

/** The stored model's decision, or a note when there is no model file yet (the first training dump). */
function modelDeclines(relevance: RelevanceReport, kind: QuestionKind): string | null {
  try {
    return abstainReason(relevance, kind);
  } catch (error) {
    if (error instanceof ModelFileError) return `no model: ${error.message}`;
    throw error;
  }
}

/** `model 5 / 40, rule 1 / 3, …`: which mechanism declined, for mechanisms that declined at all. */
function byMechanism(records: Parameters<typeof declinesBy>[0]): string {
  const counts = declinesBy(records);
  return DECLINE_COUNTED.filter((m) => counts.answerable[m] + counts.unanswerable[m] > 0)
    .map((m) => `${m} ${counts.answerable[m]} / ${counts.unanswerable[m]}`)
    .join(', ');
}

const WRITTEN = 'written';

/** Unanswerable questions written over dev documents for the abstain model's training (#14); no gold set reads them. */
function writtenUnanswerable(): GoldQuestion[] {
  const file: { questions: Pick<GoldQuestion, 'id' | 'group' | 'lang' | 'question' | 'source'>[] } = JSON.parse(
    readFileSync(`${ROOT}evals/abstain/written-unanswerable.json`, 'utf8'),
  );
  return file.questions.map((q) => ({ ...q, kind: 'out-of-corpus', evidence: [], answer: null, split: 'dev' }));
}

/** The unit a fold keeps whole: an archive question's document, a seed question's group with its paraphrases. */
export const foldUnit = (gold: GoldQuestion): string => gold.source ?? gold.group.replace(/-p\d+$/, '');

/** True when one of the gold evidence quotes stands in one of the retrieved clauses (folded, spaces collapsed). */
function evidenceRetrieved(gold: GoldQuestion, texts: readonly string[]): boolean {
  const clauses = texts.map((t) => foldPhrase(t));
  return gold.evidence.some((e) => {
    const quote = foldPhrase(e).slice(0, 40);
    return quote.length > 0 && clauses.some((c) => c.includes(quote));
  });
}

async function main(): Promise<void> {
  const storeDir = devStoreDir();
  if (!existsSync(storeDir)) throw new Error(`${storeDir}: no dev store; run npm run eval:dev once to build it`);
  const pipeline = await openPipeline(storeDir);
  const names = option('set') ? [option('set') as string] : Object.keys(DEV_SETS);
  const lines: string[] = [];
  const answerersOnly = process.argv.includes('--answerers-only');
  try {
    const { db, embedder } = pipeline;
    for (const name of names) {
      const load = () => (name === WRITTEN ? writtenUnanswerable() : devSet(name));
      let wrong = 0;
      let answerable = 0;
      let right = 0;
      let unanswerable = 0;
      const records: { kind: string; abstained: boolean; declinedBy?: string }[] = [];
      const half = option('half');
      for (const gold of load().filter((g) => half === undefined || String(halfOf(foldUnit(g))) === half)) {
        const q = classifyInContext(gold.question);
        // The composed answer before citation checks: one in a few hundred turns into an abstention there.
        // `--answerers-only`: the model never declines, so `abstained` is the kind answerers' own decision.
        const { answer, relevance, context, draft } = await composeAnswer(db, q, {
          embedder,
          reportDraft: true,
          ...(answerersOnly ? { abstainThreshold: 2 } : {}),
        });
        const should = gold.kind === 'out-of-corpus';
        records.push({ kind: gold.kind, abstained: answer.abstained, declinedBy: answer.meta.declinedBy });
        if (should) {
          unanswerable++;
          if (answer.abstained) right++;
        } else {
          answerable++;
          if (answer.abstained) wrong++;
        }
        lines.push(
          JSON.stringify({
            set: name,
            id: gold.id,
            gold: gold.kind,
            lang: gold.lang,
            kind: q.kind,
            question: gold.question,
            abstained: answer.abstained,
            reason: answer.meta.reason ?? null,
            declinedBy: answer.meta.declinedBy ?? null,
            relevance,
            draft: draft ?? null,
            unit: foldUnit(gold),
            features: abstainFeatures(relevance, draft?.kind ?? q.kind),
            declines: modelDeclines(relevance, draft?.kind ?? q.kind),
            evidenceRetrieved: evidenceRetrieved(
              gold,
              context.retrieved.map((r) => r.text),
            ),
            understood: context.understood,
            cited: answer.citations.map((c) => c.label),
            answer: answer.answer.slice(0, 240),
          }),
        );
      }
      process.stdout.write(
        `${name}: wrong abstentions ${wrong}/${answerable} = ${((100 * wrong) / answerable).toFixed(1)}%, ` +
          `abstains when it should ${right}/${unanswerable} = ${((100 * right) / unanswerable).toFixed(1)}%\n` +
          `  declined by (answerable / unanswerable): ${byMechanism(records)}\n`,
      );
    }
  } finally {
    await pipeline.close();
  }
  const out = option('out') ?? `${ROOT}evals/out/abstain-dev.jsonl`;
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`signals: ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[abstain-dev] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
