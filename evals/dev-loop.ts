/**
 * @module evals/dev-loop
 * `npm run eval:dev`: the quick loop for ranking and answering work — the seeds plus the archive
 * copies in a store on disk (ingested once; later runs reuse it unless `--reingest`), then one
 * question set scored with the eval's own suites, each miss printed with its rank and answer.
 * Only dev sets: the held-back split is scored by `npm run eval` alone, so nothing is tuned on it.
 *
 *   npm run eval:dev -- [--set archive|fresh|seed|paraphrases] [--kind lead] [--lang en] [--half 0|1] [--store DIR] [--reingest]
 *
 * `--half` keeps the questions of one half of the dev documents (`devHalf` in split.ts): develop on one half, check
 * the change on the other.
 */
import { existsSync, rmSync } from 'node:fs';
import { collectFiles } from '../ingest/collect-files.ts';
import { search } from '../search/hybrid-search.ts';
import { ARCHIVE_COPY_DIR } from './load-archive-gold.ts';
import { devSet, devStoreDir, option, ROOT } from './dev-options.ts';
import { devHalf } from './split.ts';
import { corpusFiles, openPipeline } from './pipeline.ts';
import { runQuestionSet } from './suites/generalization-suite.ts';
import { runRetrievalSuite } from './suites/retrieval-suite.ts';

async function main(): Promise<void> {
  const storeDir = devStoreDir();
  if (process.argv.includes('--reingest') && existsSync(storeDir)) rmSync(storeDir, { recursive: true });
  const fresh = !existsSync(storeDir);
  const pipeline = await openPipeline(storeDir);
  try {
    if (fresh) {
      const files = [...corpusFiles(`${ROOT}corpus`), ...collectFiles([ARCHIVE_COPY_DIR])];
      process.stderr.write(`[dev] ingesting ${files.length} files into ${storeDir} (once; --reingest to redo)\n`);
      await pipeline.ingest(files);
    }
    const kind = option('kind');
    const lang = option('lang');
    const half = option('half');
    const questions = devSet(option('set') ?? 'archive').filter(
      (q) =>
        (kind === undefined || q.kind === kind) &&
        (lang === undefined || q.lang === lang) &&
        (half === undefined || (q.source !== undefined && String(devHalf(q.source)) === half)),
    );
    const { db } = pipeline;
    const { ask } = await pipeline.answerer();
    if (ask === null) throw new Error('no answerer');
    const retrieve = async (q: string, k: number) => (await search(db, q, { k })).results.map((r) => r.text);
    const figures = await runQuestionSet('dev', 'seeds + archive', db, questions, { retrieve, ask });
    const ranks = new Map(
      (await runRetrievalSuite(questions, { fused: retrieve })).questions.map((r) => [r.id, r.ranks.fused]),
    );
    for (const miss of figures.misses) {
      const q = questions.find((x) => x.id === miss.id);
      process.stdout.write(
        `\n${miss.id} [${q?.kind}/${q?.lang}] rank=${ranks.get(miss.id) ?? '-'} ${miss.abstained ? 'ABSTAINED' : ''}\n` +
          `  Q: ${miss.question}\n  gold: ${q?.answer ?? '(unanswerable)'}\n  A: ${miss.answer.replace(/\s+/g, ' ')}\n`,
      );
    }
    const { misses: _misses, ...row } = figures;
    process.stdout.write(`\n${JSON.stringify(row, null, 1)}\n`);
  } finally {
    await pipeline.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[dev] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
