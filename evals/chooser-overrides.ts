/**
 * @module evals/chooser-overrides
 * `npm run chooser:overrides`: what the kind answerers' overrides of the clause chooser are worth — for each dev
 * question answered (not declined), whether the answer's first citation is the chooser's clause; where it is not
 * (the kind answerer chose: responsibilities, the citation graph, a stored target, the header), whether the cited
 * clauses hold the gold evidence and whether the chooser's clause would have. Per set and question kind as read,
 * counts only (no question printed), so it may be run on the half one does not develop on.
 *
 *   npm run chooser:overrides -- [--half 0|1] [--store DIR]
 */
import { chooseClauses } from '../answer/clause-chooser.ts';
import { clausesById } from '../answer/clause-facts.ts';
import { buildContext } from '../answer/compose-context.ts';
import { classifyInContext } from '../answer/follow-up.ts';
import { rerank } from '../answer/rerank.ts';
import { devSet, devStoreDir, option } from './dev-options.ts';
import { isEvidenceHit } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import { devHalf } from './split.ts';

/** Per set and kind: answers, overrides, and how the overrides compare with the chooser's clause. */
interface OverrideRow {
  answered: number;
  overrides: number;
  /** The override cites the evidence, the chooser's clause does not hold it. */
  gain: number;
  /** The chooser's clause holds the evidence, the override cites none. */
  loss: number;
  bothRight: number;
  bothWrong: number;
}

async function main(): Promise<void> {
  const half = option('half');
  const pipeline = await openPipeline(devStoreDir());
  const rows = new Map<string, OverrideRow>();
  try {
    const { ask } = await pipeline.answerer();
    if (ask === null) throw new Error('no answerer');
    for (const set of ['archive', 'fresh']) {
      for (const q of devSet(set)) {
        if (q.kind === 'out-of-corpus' || q.evidence.length === 0 || !q.source) continue;
        if (half !== undefined && String(devHalf(q.source)) !== half) continue;
        const ctx = await buildContext(pipeline.db, classifyInContext(q.question));
        const chosen = chooseClauses(ctx, await rerank(ctx));
        // As the open answerer reads it: a title block only when nothing else is there.
        const top = chosen.find((r) => r.kind !== 'preamble') ?? chosen[0];
        const answer = await ask(q.question);
        if (answer.abstained) continue;
        const key = `${set}\t${ctx.q.kind}`;
        const row = rows.get(key) ?? { answered: 0, overrides: 0, gain: 0, loss: 0, bothRight: 0, bothWrong: 0 };
        rows.set(key, row);
        row.answered++;
        if (!top || answer.citations[0]?.clauseId === top.clauseId) continue;
        row.overrides++;
        const cited = await clausesById(
          pipeline.db,
          answer.citations.map((c) => c.clauseId),
        );
        const citedRight = [...cited.values()].some((c) => isEvidenceHit(c.text, q.evidence));
        const chooserRight = isEvidenceHit(top.text, q.evidence);
        if (citedRight && chooserRight) row.bothRight++;
        else if (citedRight) row.gain++;
        else if (chooserRight) row.loss++;
        else row.bothWrong++;
      }
    }
  } finally {
    await pipeline.close();
  }
  const columns = ['answered', 'overrides', 'gain', 'loss', 'bothRight', 'bothWrong'] as const;
  process.stdout.write(`set\tkind as read\t${columns.join('\t')}\n`);
  for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
    process.stdout.write(`${key}\t${columns.map((c) => row[c]).join('\t')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[overrides] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
