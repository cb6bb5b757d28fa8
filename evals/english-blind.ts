/**
 * @module evals/english-blind — `npm run english:blind`: a blind batch (`coverage/blind-english-batch-3.json` by default)
 * over a store that holds its documents beside the dev store's. Its documents are dev-split files no gold cites, so they
 * are not in the dev store: the first run copies the dev store to `evals/out/blind-store` and ingests them there
 * (later runs find them unchanged). Prints document and clause R@5, right fact, right lead body and abstentions, for
 * all questions and per language (vi / vi-nodiac / en), the stage each right-fact miss was lost at, the words the
 * glossary leaves unread in the English questions, then each miss with what the glossary made of it, to be classed
 * (word unknown, sense, question form, generic English). A dev check once tuned on: the batch says so in its `about`.
 *
 *   npm run english:blind -- [--batch 3|4|5 | --file PATH] [--store DIR] [--archive DIR] [--quiet]
 */
import { cpSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { matchForm } from '../core/text/vietnamese.ts';
import { writtenIn } from '../search/corpus-senses.ts';
import { heldNames } from '../search/english-names.ts';
import { translateEnglish } from '../search/glossary.ts';
import { search } from '../search/hybrid-search.ts';
import { lexicalIndex } from '../search/lexical-index/sync.ts';
import { type BlindFigures, batchPath, figuresByLang, loadBatch, type RetrievalOutcome } from './blind-batch.ts';
import { option, ROOT } from './dev-options.ts';
import { firstHitRank } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import { runAnswerSuite } from './suites/answer-suite.ts';
import { missStages } from './suites/generalization-suite.ts';

/** The archive beside the repository (`../shared/archive/`, its README), or `--archive DIR`. */
const ARCHIVE = option('archive') ?? join(ROOT, '../shared/archive/');

const pct = (x: number) => (Number.isNaN(x) ? '-' : (100 * x).toFixed(1));

/** One report line: a language's figures with the sizes they are over. */
function figuresLine(f: BlindFigures): string {
  return (
    `  ${f.lang.padEnd(9)} n=${f.answerable}+${f.unanswerable} | document R@5 ${pct(f.docRecall5)} | clause R@5 ${pct(f.clauseRecall5)} (n=${f.withEvidence})` +
    ` | right fact ${pct(f.rightFact)} | lead body ${pct(f.leadBody)} (n=${f.leadN})` +
    ` | declines when it should ${pct(f.abstainsWhenShould)} | wrongly declines ${pct(f.abstainsWhenShouldNot)}`
  );
}

async function main(): Promise<void> {
  // `--file PATH`, or `--batch N` (`blind-batch-N.json`, or `blind-english-batch-N.json` for 3 and 4).
  const batchFile = batchPath(`${ROOT}evals/coverage`, { file: option('file'), batch: option('batch') });
  const batch = loadBatch(batchFile);
  if (!existsSync(ARCHIVE)) throw new Error(`${ARCHIVE}: no archive there; pass --archive DIR (the batch's documents)`);
  const storeDir = option('store') ?? `${ROOT}evals/out/blind-store`;
  const devStore = `${ROOT}evals/out/dev-store`;
  if (!existsSync(storeDir)) {
    if (!existsSync(devStore)) throw new Error(`${devStore}: no dev store; run npm run eval:dev once to build it`);
    cpSync(devStore, storeDir, { recursive: true });
  }
  const quiet = process.argv.includes('--quiet');
  const pipeline = await openPipeline(storeDir);
  try {
    const { outcomes: ingested } = await pipeline.ingest(batch.documents.map((d) => join(ARCHIVE, d)));
    const idOf = new Map(ingested.map((o, i) => [batch.documents[i], o.documentId]));
    const lost = ingested.filter((o) => o.status === 'failed' || o.status === 'duplicate');
    if (lost.length > 0) throw new Error(`not ingested as their own documents: ${lost.map((o) => o.file).join(', ')}`);
    const answerable = batch.questions.filter((q) => q.kind !== 'out-of-corpus');
    // A name typed without diacritics that the store writes (`Tien Dat`) is understood, as search reads it.
    const written = writtenIn(await lexicalIndex(pipeline.db));
    const namesIn = (text: string) => new Set(heldNames(text, written).flatMap((n) => n.split(' ')));
    const outcomes = new Map<string, RetrievalOutcome>();
    let words = 0;
    const unread = new Map<string, number>();
    const misses: string[] = [];
    for (const q of answerable) {
      const results = (await search(pipeline.db, q.question, { k: 10 })).results;
      // A question without evidence (who signed) has no clause to find: only its document is scored.
      const rank =
        q.evidence.length === 0
          ? null
          : firstHitRank(
              results.map((r) => r.text),
              q.evidence,
            );
      const docRank = results.findIndex((r) => r.documentId === idOf.get(q.source ?? '')) + 1;
      outcomes.set(q.id, { clauseRank: rank, docRank: docRank || null });
      if (q.evidence.length === 0 || (rank !== null && rank <= 5)) continue;
      const top = results
        .slice(0, 3)
        .map((r, i) => `   ${i + 1}. ${r.documentId.slice(0, 40)} | ${r.text.replace(/\s+/g, ' ').slice(0, 90)}`)
        .join('\n');
      const head = `\n${q.id} [${q.lang} ${q.kind}] clause rank=${rank ?? '-'} doc rank=${docRank || '-'}\n  Q: ${q.question}\n  E: ${q.evidence[0].slice(0, 140)}\n`;
      if (q.lang !== 'en') {
        misses.push(head + top);
        continue;
      }
      const names = namesIn(q.question);
      const { expansions, uncovered: unknown } = translateEnglish(q.question);
      const uncovered = unknown.filter((w) => !names.has(w));
      const evidence = matchForm(q.evidence.join(' '));
      const byTrigger = new Map<string, string[]>();
      for (const e of expansions) {
        const mark = evidence.includes(matchForm(e.phrase)) ? `*${e.phrase}*` : e.phrase;
        byTrigger.set(e.trigger, [...(byTrigger.get(e.trigger) ?? []), mark]);
      }
      misses.push(
        `${head}  unknown: ${uncovered.join(', ') || '-'}\n` +
          `  glossary: ${[...byTrigger].map(([t, ps]) => `${t} → ${ps.slice(0, 6).join('|')}`).join('; ')}\n${top}`,
      );
    }
    // The glossary's reach is an English figure: every English question counts, found or not.
    for (const q of answerable.filter((a) => a.lang === 'en')) {
      const names = namesIn(q.question);
      words += q.question.split(/\s+/).length;
      for (const w of translateEnglish(q.question).uncovered.filter((u) => !names.has(u)))
        unread.set(w, (unread.get(w) ?? 0) + 1);
    }
    if (!quiet) process.stdout.write(`${misses.join('\n')}\n`);
    const { ask } = await pipeline.answerer();
    if (ask === null) throw new Error('no answerer');
    const records = await runAnswerSuite(pipeline.db, batch.questions, ask);
    if (!quiet)
      for (const r of records.filter((a) =>
        a.kind === 'out-of-corpus' ? !a.abstained : a.abstained || !a.shortAnswer?.lenient,
      ))
        process.stdout.write(
          `\nfact miss ${r.id}${r.abstained ? ' ABSTAINED' : ''}: ${r.answer.slice(0, 200).replace(/\s+/g, ' ')}\n`,
        );
    // Questions without evidence fall in the stage of their own (`fact not stated (no evidence quote)`).
    const ranks = answerable
      .filter((q) => q.evidence.length > 0)
      .map((q) => ({
        id: q.id,
        lang: q.lang,
        kind: q.kind,
        ranks: { fused: outcomes.get(q.id)?.clauseRank ?? null },
        tookMs: {},
      }));
    const stages = missStages(records, ranks);
    const unreadWords = [...unread].sort((a, b) => b[1] - a[1]);
    process.stdout.write(
      `\nblind batch ${basename(batchFile)}: n = answerable + unanswerable\n` +
        `${figuresByLang(batch.questions, outcomes, records).map(figuresLine).join('\n')}\n` +
        `  right-fact misses by stage: ${Object.entries(stages)
          .map(([stage, n]) => `${stage} ${n}`)
          .join(' | ')}\n` +
        `  English words not understood: ${unreadWords.reduce((s, [, n]) => s + n, 0)} of ${words} (${unreadWords.map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(', ')})\n`,
    );
  } finally {
    await pipeline.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[english-blind] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
