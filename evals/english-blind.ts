/**
 * @module evals/english-blind — `npm run english:blind`: the blind English batch (`coverage/blind-english-batch-3.json`)
 * over a store that holds its documents beside the dev store's. Its documents are dev-split files no gold cites, so they
 * are not in the dev store: the first run copies the dev store to `evals/out/blind-store` and ingests them there
 * (later runs find them unchanged). Prints document and clause R@5, the words the glossary leaves unread, right fact and
 * abstentions, then each miss with what the glossary made of it, to be classed (word unknown, sense, question form,
 * generic English). A dev check once tuned on: the batch says so in its `about`.
 *
 *   npm run english:blind -- [--batch 3|4] [--store DIR] [--archive DIR] [--quiet]
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchForm } from '../core/text/vietnamese.ts';
import { writtenIn } from '../search/corpus-senses.ts';
import { heldNames } from '../search/english-names.ts';
import { translateEnglish } from '../search/glossary.ts';
import { search } from '../search/hybrid-search.ts';
import { lexicalIndex } from '../search/lexical-index/sync.ts';
import { option, ROOT } from './dev-options.ts';
import type { GoldQuestion } from './load-gold.ts';
import { firstHitRank } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import { runQuestionSet } from './suites/generalization-suite.ts';

/** The batch scored: `coverage/blind-english-batch-3.json`, or `--batch N` for `blind-english-batch-N.json`. */
const BATCH = `${ROOT}evals/coverage/blind-english-batch-${option('batch') ?? '3'}.json`;
/** The archive beside the repository (`../shared/archive/`, its README), or `--archive DIR`. */
const ARCHIVE = option('archive') ?? join(ROOT, '../shared/archive/');

interface Batch {
  documents: string[];
  questions: GoldQuestion[];
}

async function main(): Promise<void> {
  if (!existsSync(ARCHIVE)) throw new Error(`${ARCHIVE}: no archive there; pass --archive DIR (the batch's documents)`);
  const storeDir = option('store') ?? `${ROOT}evals/out/blind-store`;
  const devStore = `${ROOT}evals/out/dev-store`;
  if (!existsSync(storeDir)) {
    if (!existsSync(devStore)) throw new Error(`${devStore}: no dev store; run npm run eval:dev once to build it`);
    cpSync(devStore, storeDir, { recursive: true });
  }
  const quiet = process.argv.includes('--quiet');
  const batch = JSON.parse(readFileSync(BATCH, 'utf8')) as Batch;
  const pipeline = await openPipeline(storeDir);
  try {
    const { outcomes } = await pipeline.ingest(batch.documents.map((d) => join(ARCHIVE, d)));
    const idOf = new Map(outcomes.map((o, i) => [batch.documents[i], o.documentId]));
    const lost = outcomes.filter((o) => o.status === 'failed' || o.status === 'duplicate');
    if (lost.length > 0) throw new Error(`not ingested as their own documents: ${lost.map((o) => o.file).join(', ')}`);
    const answerable = batch.questions.filter((q) => q.kind !== 'out-of-corpus');
    // A name typed without diacritics that the store writes (`Tien Dat`) is understood, as search reads it.
    const written = writtenIn(await lexicalIndex(pipeline.db));
    const namesIn = (text: string) => new Set(heldNames(text, written).flatMap((n) => n.split(' ')));
    let docHits = 0;
    let clauseHits = 0;
    let words = 0;
    const unread = new Map<string, number>();
    const misses: string[] = [];
    for (const q of answerable) {
      const results = (await search(pipeline.db, q.question, { k: 10 })).results;
      const rank = firstHitRank(
        results.map((r) => r.text),
        q.evidence,
      );
      const docRank = results.findIndex((r) => r.documentId === idOf.get(q.source ?? '')) + 1;
      if (docRank > 0 && docRank <= 5) docHits++;
      if (rank !== null && rank <= 5) clauseHits++;
      const names = namesIn(q.question);
      const { expansions, uncovered: unknown } = translateEnglish(q.question);
      const uncovered = unknown.filter((w) => !names.has(w));
      words += q.question.split(/\s+/).length;
      for (const w of uncovered) unread.set(w, (unread.get(w) ?? 0) + 1);
      if (rank !== null && rank <= 5) continue;
      const evidence = matchForm(q.evidence.join(' '));
      const byTrigger = new Map<string, string[]>();
      for (const e of expansions) {
        const mark = evidence.includes(matchForm(e.phrase)) ? `*${e.phrase}*` : e.phrase;
        byTrigger.set(e.trigger, [...(byTrigger.get(e.trigger) ?? []), mark]);
      }
      misses.push(
        `\n${q.id} [${q.kind}] clause rank=${rank ?? '-'} doc rank=${docRank || '-'}\n  EN: ${q.question}\n` +
          `  E: ${q.evidence[0].slice(0, 140)}\n  unknown: ${uncovered.join(', ') || '-'}\n` +
          `  glossary: ${[...byTrigger].map(([t, ps]) => `${t} → ${ps.slice(0, 6).join('|')}`).join('; ')}\n` +
          results
            .slice(0, 3)
            .map((r, i) => `   ${i + 1}. ${r.documentId.slice(0, 40)} | ${r.text.replace(/\s+/g, ' ').slice(0, 90)}`)
            .join('\n'),
      );
    }
    if (!quiet) process.stdout.write(`${misses.join('\n')}\n`);
    const { ask } = await pipeline.answerer();
    if (ask === null) throw new Error('no answerer');
    const retrieve = async (q: string, k: number) => (await search(pipeline.db, q, { k })).results.map((r) => r.text);
    const { misses: answerMisses, ...row } = await runQuestionSet(
      'blind-en',
      'dev + batch',
      pipeline.db,
      batch.questions,
      {
        retrieve,
        ask,
      },
    );
    if (!quiet)
      for (const m of answerMisses)
        process.stdout.write(
          `\nfact miss ${m.id}${m.abstained ? ' ABSTAINED' : ''}: ${m.answer.replace(/\s+/g, ' ')}\n`,
        );
    const pct = (n: number, d: number) => (d === 0 ? '-' : ((100 * n) / d).toFixed(1));
    const unreadWords = [...unread].sort((a, b) => b[1] - a[1]);
    process.stdout.write(
      `\nblind English batch: n=${answerable.length} answerable + ${batch.questions.length - answerable.length} unanswerable\n` +
        `  document R@5 ${pct(docHits, answerable.length)} | clause R@5 ${pct(clauseHits, answerable.length)}\n` +
        `  right fact ${(100 * row.rightFact).toFixed(1)} | abstains when it should ${(100 * row.abstainsWhenShould).toFixed(1)} | wrongly abstains ${(100 * row.abstainsWhenShouldNot).toFixed(1)}\n` +
        `  words not understood: ${unreadWords.reduce((s, [, n]) => s + n, 0)} of ${words} (${unreadWords.map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(', ')})\n`,
    );
  } finally {
    await pipeline.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[english-blind] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
