/**
 * @module evals/rank-dev
 * `npm run rank:dev`: the ranking-only loop over the dev store `eval:dev` built — Recall@1/5/10 of the
 * archive dev questions, the seed questions and their paraphrases, search p50/p95, and (with
 * `--misses`) each question whose evidence is not in the top 5: which documents and clauses won, with
 * their signals, and where the evidence clause ranks. No answerer runs, so a ranking change is
 * measured in a minute. Only dev sets (held-back questions are scored by `npm run eval` alone).
 *
 * Archive dev documents fall into two halves by another hash of their path (`devHalf`): tune while reading
 * one half's misses (`--half 0`), and keep a change only if the other half's figure holds too.
 *
 *   RANK_LEARNED=0 npm run rank:dev -- … compares with the hand-set order (before the learned ranking).
 *   RANK_ABLATE=field:place,bridge:địa điểm,feature:position … switches named signals off (`ablation.ts`); with
 *   `--fired --ranks FILE` only the questions a cut list may fire on run, for `rank:compare` against a full run.
 *   npm run rank:dev -- [--set archive|seed|paraphrases] [--misses] [--half 0|1] [--lang en] [--store DIR] [--ranks FILE]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { type SearchOptions, search } from '../search/hybrid-search.ts';
import { defaultRankModel, loadRankModel } from '../search/learned-ranking.ts';
import { ablatedModel, mayFire, searchAblation } from './ablation.ts';
import { DEV_SETS, devSet, devStoreDir, option } from './dev-options.ts';
import type { GoldQuestion } from './load-gold.ts';
import { firstHitRank } from './metrics/index.ts';
import { summarizeLatency } from './metrics/latency.ts';
import { openPipeline } from './pipeline.ts';
import { devHalf } from './split.ts';
import { retrievalQuestions } from './suites/retrieval-suite.ts';

async function main(): Promise<void> {
  const storeDir = devStoreDir();
  if (!existsSync(storeDir)) throw new Error(`${storeDir}: no dev store; run npm run eval:dev once to build it`);
  const pipeline = await openPipeline(storeDir);
  const lang = option('lang');
  const showMisses = process.argv.includes('--misses');
  // `--half 0|1` as eval:dev spells it (`a|b`, the older spelling, still read).
  const half = { a: 0, b: 1, '0': 0, '1': 1 }[option('half') ?? ''] as 0 | 1 | undefined;
  const ranksFile = option('ranks');
  const allRanks: Record<string, number | null> = {};
  const names = option('set') ? [option('set') as string] : Object.keys(DEV_SETS);
  // RANK_BM25='{"documentWeight":2}' tries other BM25 parameters without an edit.
  // RANK_DOCFIRST='{"weight":1}' tries the document-first stage.
  const options: SearchOptions = {
    k: 10,
    // RANK_DEPTH=200 tries a deeper first stage (default: 50, or 4k).
    ...(process.env.RANK_DEPTH ? { depth: Number(process.env.RANK_DEPTH) } : {}),
    bm25: JSON.parse(process.env.RANK_BM25 ?? '{}'),
    documentFirst: JSON.parse(process.env.RANK_DOCFIRST ?? '{}'),
    // RANK_SENSES=0 compares without the corpus's choice among English renderings.
    corpusSenses: process.env.RANK_SENSES !== '0',
    // RANK_SIBLINGS=0 compares without moving the out-fitted siblings' clauses behind (`search/siblings.ts`).
    siblings: process.env.RANK_SIBLINGS !== '0',
    // RANK_COUNTED=0 compares without the clauses counting a "bao nhiêu N"'s noun (`search/counted-answer.ts`).
    countedAnswers: process.env.RANK_COUNTED !== '0',
    // RANK_LABELLED=0 compares without the labelled answers moved up in the first-stage documents (`labelled-answer.ts`).
    labelledAnswers: process.env.RANK_LABELLED !== '0',
    // RANK_LEARNED=0 compares with the hand-set order (no learned ranking); RANK_MODEL=FILE tries another model file.
    learnedRanking:
      process.env.RANK_LEARNED === '0'
        ? false
        : ablatedModel(process.env.RANK_MODEL ? loadRankModel(process.env.RANK_MODEL) : defaultRankModel()),
    ablate: searchAblation,
  };
  try {
    const { db } = pipeline;
    await search(db, 'khởi động', options); // warm the caches
    for (const name of names) {
      const load = () => devSet(name);
      const fired = process.argv.includes('--fired');
      const questions = retrievalQuestions(load()).filter(
        (q) => (lang === undefined || q.lang === lang) && (!fired || mayFire(q.question)),
      );
      const ranks: Array<{ q: GoldQuestion; rank: number | null }> = [];
      const took: number[] = [];
      for (const q of questions) {
        const started = performance.now();
        const res = await search(db, q.question, options);
        took.push(performance.now() - started);
        const rank = firstHitRank(
          res.results.map((r) => r.text),
          q.evidence,
        );
        ranks.push({ q, rank });
        allRanks[`${name}:${q.id}`] = rank;
        const inHalf = half === undefined || (q.source !== undefined && devHalf(q.source) === half);
        if (showMisses && inHalf && (rank === null || rank > 5)) {
          const deep = await search(db, q.question, { ...options, k: 50 });
          const deepRank = firstHitRank(
            deep.results.map((r) => r.text),
            q.evidence,
          );
          const gold = deepRank ? deep.results[deepRank - 1] : undefined;
          const line = (r: (typeof deep.results)[number], i: number) =>
            `   ${i + 1}. ${r.documentId.slice(0, 60)} | ${r.label.slice(0, 30)} | s=${r.score.toFixed(4)} lex=${r.signals.lexical?.rank ?? '-'}:${r.signals.lexical?.score.toFixed(2) ?? '-'} b=${r.signals.boost.toFixed(2)} | ${r.text.replace(/\s+/g, ' ').slice(0, 90)}`;
          process.stdout.write(
            `\n${q.id} [${q.kind}/${q.lang}] rank=${rank ?? '-'} deep=${deepRank ?? '-'} src=${q.source ?? q.paraphraseOf ?? ''}\n  Q: ${q.question}\n  E: ${q.evidence[0].slice(0, 100)}\n${deep.results
              .slice(0, 3)
              .map(line)
              .join('\n')}\n${gold ? `  gold:\n${line(gold, (deepRank ?? 1) - 1)}\n` : ''}`,
          );
        }
      }
      const at = (k: number, subset = ranks) =>
        subset.length === 0
          ? '-'
          : ((100 * subset.filter((r) => r.rank !== null && r.rank <= k).length) / subset.length).toFixed(1);
      const byLang = ['vi', 'vi-nodiac', 'en']
        .map(
          (l) =>
            `${l} ${at(
              5,
              ranks.filter((r) => r.q.lang === l),
            )}`,
        )
        .join(' · ');
      // MRR over the top 10, as the eval reports it.
      const mrrOf = (subset: typeof ranks) =>
        subset.length === 0
          ? 0
          : subset.reduce((sum, r) => sum + (r.rank && r.rank <= 10 ? 1 / r.rank : 0), 0) / subset.length;
      const inHalf = (h: 0 | 1) => ranks.filter((r) => r.q.source && devHalf(r.q.source) === h);
      const halves = ranks.some((r) => r.q.source)
        ? ` | R@5 half 0 ${at(5, inHalf(0))} · 1 ${at(5, inHalf(1))} | MRR half 0 ${mrrOf(inHalf(0)).toFixed(3)} · 1 ${mrrOf(inHalf(1)).toFixed(3)}`
        : '';
      const latency = summarizeLatency(took);
      const mrr = mrrOf(ranks);
      process.stdout.write(
        `\n${name}: n=${ranks.length} R@1 ${at(1)} R@5 ${at(5)} R@10 ${at(10)} MRR ${mrr.toFixed(3)} | R@5 ${byLang} ${halves} | search p50 ${latency.p50.toFixed(0)} p95 ${latency.p95.toFixed(0)} ms\n`,
      );
    }
    if (ranksFile) writeFileSync(ranksFile, `${JSON.stringify(allRanks, null, 1)}\n`);
  } finally {
    await pipeline.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[rank] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
