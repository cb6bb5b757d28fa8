/**
 * @module evals/chooser-dump
 * `npm run chooser:dump`: the clause chooser's training examples from the dev store — for every answerable
 * dev archive question (first and fresh sets) the clauses the answerer re-reads, each with its features
 * (`answer/clause-features.ts`) and whether it holds a gold evidence quote. Dev sets only, like `eval:dev`.
 *
 *   npm run chooser:dump -- [--out evals/chooser/dev-examples.jsonl]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { clauseFeatures } from '../answer/clause-features.ts';
import { buildContext } from '../answer/compose-context.ts';
import { classifyInContext } from '../answer/follow-up.ts';
import { rerank } from '../answer/rerank.ts';
import { CHOOSER_EXAMPLES } from './chooser-paths.ts';
import { devSet, devStoreDir, option } from './dev-options.ts';
import { isEvidenceHit } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';

async function main(): Promise<void> {
  const out = option('out') ?? CHOOSER_EXAMPLES;
  const pipeline = await openPipeline(devStoreDir());
  const lines: string[] = [];
  try {
    for (const set of ['archive', 'fresh']) {
      for (const q of devSet(set)) {
        if (q.kind === 'out-of-corpus' || q.evidence.length === 0 || !q.source) continue;
        const ctx = await buildContext(pipeline.db, classifyInContext(q.question));
        const ranked = await rerank(ctx);
        const rows = clauseFeatures(ctx, ranked);
        lines.push(
          JSON.stringify({
            id: q.id,
            set,
            unit: q.source,
            kind: q.kind,
            read: ctx.q.kind,
            clauses: ranked.map((r, i) => ({
              features: rows[i].map((v) => Math.round(v * 1e6) / 1e6),
              holds: isEvidenceHit(r.text, q.evidence),
            })),
          }),
        );
      }
    }
  } finally {
    await pipeline.close();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stderr.write(`[chooser] ${lines.length} questions → ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[chooser] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
