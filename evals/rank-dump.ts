/**
 * @module evals/rank-dump
 * `npm run rank:dump`: the learned ranking's training examples from the dev store — for every retrieval
 * question of the dev archive sets (first and fresh; every language) the first `RANK_DEPTH` candidates of the
 * hand-set stages, each with its features (`search/rank-features.ts`) and whether it holds a gold evidence
 * quote. Dev sets only, like `rank:dev`; `rank:train` reads the file.
 *
 *   npm run rank:dump -- [--out evals/rank/dev-examples.jsonl]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { search } from '../search/hybrid-search.ts';
import { devSet, devStoreDir, option, ROOT } from './dev-options.ts';
import { isEvidenceHit } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import type { RankExample } from './rank-fit.ts';
import { retrievalQuestions } from './suites/retrieval-suite.ts';

export const RANK_EXAMPLES = resolve(ROOT, 'evals', 'rank', 'dev-examples.jsonl');
/** Candidates dumped per question: the model file's `depth` cannot exceed it. */
export const RANK_DEPTH = 30;

async function main(): Promise<void> {
  const out = option('out') ?? RANK_EXAMPLES;
  const pipeline = await openPipeline(devStoreDir());
  const lines: string[] = [];
  try {
    const { db } = pipeline;
    for (const set of ['archive', 'fresh']) {
      for (const q of retrievalQuestions(devSet(set))) {
        if (!q.source || q.evidence.length === 0) continue;
        let rows: Array<{ clauseId: string; features: number[] }> = [];
        await search(db, q.question, {
          k: 10,
          learnedRanking: false,
          // RANK_DOCFIRST='{"weight":1}' dumps the candidates of another document stage, as rank:dev tries it.
          documentFirst: JSON.parse(process.env.RANK_DOCFIRST ?? '{}'),
          siblings: process.env.RANK_SIBLINGS !== '0',
          candidateFeatures: { depth: RANK_DEPTH, take: (r) => (rows = r) },
        });
        const texts = new Map(
          (
            await db.query<{ id: string; text: string }>('select id, text from clauses where id = any($1::text[])', [
              rows.map((r) => r.clauseId),
            ])
          ).map((r) => [r.id, r.text]),
        );
        const example: RankExample = {
          id: q.id,
          set,
          unit: q.source,
          lang: q.lang,
          candidates: rows.map((r) => ({
            features: r.features.map((v) => Math.round(v * 1e6) / 1e6),
            holds: isEvidenceHit(texts.get(r.clauseId) ?? '', q.evidence),
          })),
        };
        lines.push(JSON.stringify(example));
      }
    }
  } finally {
    await pipeline.close();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stderr.write(`[rank] ${lines.length} questions → ${out}\n`);
}

if (process.argv[1]?.endsWith('rank-dump.ts'))
  main().catch((error: unknown) => {
    process.stderr.write(`[rank] ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
