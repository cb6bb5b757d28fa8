/**
 * @module evals/abstain-dev
 * `npm run abstain:dev`: the abstention loop over the dev store `eval:dev` built — for each dev question
 * (archive dev, seeds, paraphrases) whether the answerer abstained and why, with the relevance signals
 * it decided on, as JSON lines, then per set the wrong-abstention and abstains-when-should figures.
 * Signals are written out so a threshold is chosen by how it separates answerable from unanswerable
 * dev questions, not by one example. Only dev sets (held-back questions are scored by `npm run eval`).
 *
 *   npm run abstain:dev -- [--set archive|seed|paraphrases] [--out FILE] [--store DIR]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { composeAnswer } from '../answer/compose.ts';
import { classifyInContext } from '../answer/follow-up.ts';
import { DEV_SETS, devSet, devStoreDir, option, ROOT } from './dev-options.ts';
import { openPipeline } from './pipeline.ts';
import { conceptWeights } from '../answer/concept-weights.ts';
import type { ComposeContext } from '../answer/compose-context.ts';
import { recordShows } from '../answer/document-record.ts';
import { headingsOf } from '../answer/rerank.ts';
import { isTemporal, shows } from '../answer/vocabulary.ts';
import { foldText } from '../search/analyzer.ts';

/**
 * Coverage variants over the top clauses, for choosing a measure: the clause alone, with its
 * heading path, with its document's record (full or half credit), and with the words nobody
 * understood counted in the question's mass (as heavy as a word no clause uses).
 */
async function variants(ctx: ComposeContext): Promise<Record<string, number>> {
  const topical = ctx.concepts.filter((c) => !isTemporal(c));
  const concepts = topical.length > 0 ? topical : ctx.concepts;
  const { weights } = await conceptWeights(ctx.db, concepts);
  const unknownWeight = Math.max(0, ...weights);
  const terms = new Set(ctx.q.slots.terms);
  const labels = new Set(concepts.flatMap((c) => c.label.split(' ')));
  const unknown = ctx.notUnderstood.filter((w) => terms.has(foldText(w)) && !labels.has(foldText(w))).length;
  const total = weights.reduce((a, b) => a + b, 0);
  const top = ctx.retrieved.slice(0, 8);
  const headings = await headingsOf(
    ctx,
    top.map((r) => r.clauseId),
  );
  const out: Record<string, number> = {};
  const keep = (name: string, value: number) => {
    out[name] = Math.max(out[name] ?? 0, Number.isFinite(value) ? value : 0);
  };
  top.forEach((r, rank) => {
    const doc = ctx.documents.find((d) => d.id === r.documentId);
    const clause = foldText(r.text);
    const heading = foldText(`${r.text} ${headings.get(r.clauseId) ?? ''}`);
    const title = foldText(`${r.text} ${doc?.metadata.title ?? ''}`);
    const byRecord = concepts.map((c) => recordShows(doc, c));
    const mass = (credit: (i: number) => number, extra = 0) =>
      total + extra === 0 ? 0 : weights.reduce((sum, w, i) => sum + w * credit(i), 0) / (total + extra);
    const sets: Record<string, (i: number) => number> = {
      clause: (i) => (shows(clause, concepts[i]) ? 1 : 0),
      title: (i) => (shows(title, concepts[i]) ? 1 : 0),
      head: (i) => (shows(heading, concepts[i]) ? 1 : 0),
      recFull: (i) => (shows(heading, concepts[i]) || byRecord[i] ? 1 : 0),
      recHalf: (i) => (shows(heading, concepts[i]) ? 1 : byRecord[i] ? 0.5 : 0),
    };
    for (const [name, credit] of Object.entries(sets)) {
      keep(name, mass(credit));
      keep(`${name}U`, mass(credit, unknown * unknownWeight));
      if (rank === 0) keep(`${name}1`, mass(credit));
    }
    // The topic alone: concepts the record shows leave the question's mass (they name the document).
    const topicTotal = weights.reduce((sum, w, i) => sum + (byRecord[i] && !shows(heading, concepts[i]) ? 0 : w), 0);
    const topicShown = weights.reduce((sum, w, i) => sum + (shows(heading, concepts[i]) ? w : 0), 0);
    keep('topic', topicTotal === 0 ? 1 : topicShown / topicTotal);
    keep(
      'topicU',
      topicTotal + unknown * unknownWeight === 0 ? 1 : topicShown / (topicTotal + unknown * unknownWeight),
    );
  });
  out.unknown = unknown;
  return out;
}

async function main(): Promise<void> {
  const storeDir = devStoreDir();
  if (!existsSync(storeDir)) throw new Error(`${storeDir}: no dev store; run npm run eval:dev once to build it`);
  const pipeline = await openPipeline(storeDir);
  const names = option('set') ? [option('set') as string] : Object.keys(DEV_SETS);
  const lines: string[] = [];
  try {
    const { db, embedder } = pipeline;
    for (const name of names) {
      const load = () => devSet(name);
      let wrong = 0;
      let answerable = 0;
      let right = 0;
      let unanswerable = 0;
      for (const gold of load()) {
        const q = classifyInContext(gold.question);
        // The composed answer before citation checks: one in a few hundred turns into an abstention there.
        const { answer, relevance, context } = await composeAnswer(db, q, { embedder });
        const should = gold.kind === 'out-of-corpus';
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
            relevance,
            variants: await variants(context),
            understood: context.understood,
            cited: answer.citations.map((c) => c.label),
            answer: answer.answer.slice(0, 240),
          }),
        );
      }
      process.stdout.write(
        `${name}: wrong abstentions ${wrong}/${answerable} = ${((100 * wrong) / answerable).toFixed(1)}%, ` +
          `abstains when it should ${right}/${unanswerable} = ${((100 * right) / unanswerable).toFixed(1)}%\n`,
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
