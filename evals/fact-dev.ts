/**
 * @module evals/fact-dev
 * `npm run fact:dev`: why an answer misses the fact when retrieval found the evidence. For every answerable
 * question of a dev set (and half) it records the gold evidence's rank in the top 10, which top-10 ranks
 * the answer cites, and the strict/lenient verdicts, then sorts the found-but-wrong answers into classes:
 * another clause cited, the right clause cited but the value not stated, lenient only (quoted, not stated),
 * abstained. Dev sets only, like `eval:dev`; reuses its store.
 *
 *   npm run fact:dev -- [--set archive|fresh|seed|paraphrases] [--half 0|1] [--kind deadline] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { search } from '../search/hybrid-search.ts';
import { devSet, devStoreDir, option } from './dev-options.ts';
import { firstHitRank, isEvidenceHit, judgeShortAnswer } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import { devHalf } from './split.ts';
import { citedDefinitions } from './suites/answer-suite.ts';

interface Row {
  id: string;
  kind: string;
  lang: string;
  question: string;
  gold: string | null;
  rank: number | null;
  cited: Array<number | null>;
  citesEvidence: boolean;
  abstained: boolean;
  /** The kind the answerer read the question as, and why it declined. */
  read: string;
  reason?: string;
  strict: boolean;
  lenient: boolean;
  cls: string;
  answer: string;
}

/** The class of a found-but-wrong answer (evidence in the top 5, fact not stated in the answer's own words). */
function classify(r: Omit<Row, 'cls'>): string {
  if (r.strict) return 'right';
  if (r.rank === null || r.rank > 5) return 'not found';
  if (r.abstained) return 'abstained';
  if (!r.citesEvidence) return 'other clause cited';
  if (r.lenient) return 'right clause, value only quoted';
  return 'right clause, value not stated';
}

async function main(): Promise<void> {
  const kind = option('kind');
  const half = option('half');
  const questions = devSet(option('set') ?? 'archive').filter(
    (q) =>
      q.kind !== 'out-of-corpus' &&
      (kind === undefined || q.kind === kind) &&
      (half === undefined || (q.source !== undefined && String(devHalf(q.source)) === half)),
  );
  const pipeline = await openPipeline(devStoreDir());
  const rows: Row[] = [];
  try {
    const { ask } = await pipeline.answerer();
    if (ask === null) throw new Error('no answerer');
    const definitions = citedDefinitions(pipeline.db);
    for (const q of questions) {
      const top = (await search(pipeline.db, q.question, { k: 10 })).results;
      const rank = q.evidence.length
        ? firstHitRank(
            top.map((t) => t.text),
            q.evidence,
          )
        : null;
      const a = await ask(q.question);
      const ids = a.citations.map((c) => c.clauseId);
      const texts = ids.length
        ? await pipeline.db.query<{ id: string; text: string; document_id: string }>(
            'select id, text, document_id from clauses where id = any($1)',
            [ids],
          )
        : [];
      const verdict = a.abstained
        ? { strict: false, lenient: false }
        : judgeShortAnswer(a.answer, q, await definitions(texts.map((t) => t.document_id)));
      const row = {
        id: q.id,
        kind: q.kind,
        lang: q.lang,
        question: q.question,
        gold: q.answer,
        rank,
        cited: ids.map((id) => {
          const i = top.findIndex((t) => t.clauseId === id);
          return i < 0 ? null : i + 1;
        }),
        citesEvidence: texts.some((t) => isEvidenceHit(t.text, q.evidence)),
        abstained: a.abstained,
        read: String((a as { kind?: string }).kind ?? ''),
        reason: a.meta?.reason,
        ...verdict,
        answer: a.answer.replace(/\s+/g, ' '),
      };
      rows.push({ ...row, cls: classify(row) });
    }
  } finally {
    await pipeline.close();
  }
  const out = option('out');
  if (out) writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n'));
  for (const r of rows.filter((x) => x.cls !== 'right' && x.cls !== 'not found')) {
    process.stdout.write(
      `\n${r.id} [${r.kind}/${r.lang}] read=${r.read} rank=${r.rank} cited=${r.cited.join(',')} ${r.cls} ${r.reason ?? ''}\n  Q: ${r.question}\n  gold: ${r.gold}\n  A: ${r.answer.slice(0, 400)}\n`,
    );
  }
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.cls, (counts.get(r.cls) ?? 0) + 1);
  const strict = rows.filter((r) => r.strict).length;
  const lenient = rows.filter((r) => r.lenient).length;
  const found = rows.filter((r) => r.rank !== null && r.rank <= 5).length;
  process.stdout.write(
    `\nanswerable ${rows.length}: right fact ${strict} (${((100 * strict) / rows.length).toFixed(1)}%), lenient ${lenient}, evidence in top 5 ${found}\n`,
  );
  for (const [c, n] of [...counts].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${c}: ${n}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[fact] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
