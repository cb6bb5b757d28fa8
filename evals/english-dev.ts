/**
 * @module evals/english-dev — `npm run english:dev`: English questions beside their Vietnamese twins on the dev store.
 * Each English question whose evidence misses the top 5 while its Vietnamese twin (same group) finds it is printed with
 * what the glossary made of it: the words it did not understand, each trigger's renderings and whether the evidence
 * clause holds them, so a miss can be classed (word unknown, wrong sense, term split, document named in English, kind).
 * Only dev sets; `--half 0|1` keeps one half of the dev documents (`devHalf`), so the other half checks a change.
 *
 * `--no-compounds` compares without the compositions of adjacent phrases (`search/compound-renderings.ts`).
 *
 *   npm run english:dev -- [--set fresh|archive|paraphrases] [--half 0|1] [--quiet] [--no-compounds] [--store DIR]
 */
import { existsSync } from 'node:fs';
import { matchForm } from '../core/text/vietnamese.ts';
import { translateEnglish } from '../search/glossary.ts';
import { search } from '../search/hybrid-search.ts';
import { devSet, devStoreDir, option } from './dev-options.ts';
import type { GoldQuestion } from './load-gold.ts';
import { firstHitRank } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import { retrievalQuestions } from './suites/retrieval-suite.ts';
import { devHalf } from './split.ts';

async function main(): Promise<void> {
  const storeDir = devStoreDir();
  if (!existsSync(storeDir)) throw new Error(`${storeDir}: no dev store; run npm run eval:dev once to build it`);
  const half = option('half');
  const quiet = process.argv.includes('--quiet');
  const compounds = !process.argv.includes('--no-compounds');
  const name = option('set') ?? 'fresh';
  const all = retrievalQuestions(devSet(name)).filter(
    (q) => half === undefined || (q.source !== undefined && String(devHalf(q.source)) === half),
  );
  const pipeline = await openPipeline(storeDir);
  try {
    const rankOf = async (q: GoldQuestion) =>
      firstHitRank(
        (await search(pipeline.db, q.question, { k: 10, compounds })).results.map((r) => r.text),
        q.evidence,
      );
    const hit = (r: number | null) => r !== null && r <= 5;
    let en = 0;
    let enHits = 0;
    let twinOnly = 0;
    for (const q of all.filter((x) => x.lang === 'en')) {
      en++;
      const rank = await rankOf(q);
      if (hit(rank)) {
        enHits++;
        continue;
      }
      const twin = all.find((x) => x.lang === 'vi' && x.group === q.group);
      const twinRank = twin ? await rankOf(twin) : null;
      if (!hit(twinRank)) continue;
      twinOnly++;
      if (quiet) continue;
      const { expansions, uncovered } = translateEnglish(q.question);
      const evidence = matchForm(q.evidence.join(' '));
      const byTrigger = new Map<string, string[]>();
      for (const e of expansions) {
        const mark = evidence.includes(matchForm(e.phrase)) ? `*${e.phrase}*` : e.phrase;
        byTrigger.set(e.trigger, [...(byTrigger.get(e.trigger) ?? []), mark]);
      }
      const top = (await search(pipeline.db, q.question, { k: 3, compounds })).results;
      process.stdout.write(
        `\n${q.id} [${q.kind}] en rank=${rank ?? '-'} vi rank=${twinRank} src=${q.source ?? ''}\n` +
          `  EN: ${q.question}\n  VI: ${twin?.question}\n  E: ${q.evidence[0].replace(/\s+/g, ' ').slice(0, 160)}\n` +
          `  unknown: ${uncovered.join(', ') || '-'}\n` +
          `  glossary: ${[...byTrigger].map(([t, ps]) => `${t} → ${ps.join('|')}`).join('; ')}\n` +
          top
            .map((r, i) => `   ${i + 1}. ${r.documentId.slice(0, 50)} | ${r.text.replace(/\s+/g, ' ').slice(0, 90)}`)
            .join('\n') +
          '\n',
      );
    }
    const pct = (n: number) => (en === 0 ? '-' : ((100 * n) / en).toFixed(1));
    process.stdout.write(
      `\n${name}${half === undefined ? '' : ` half ${half}`}: English n=${en} R@5 ${pct(enHits)} | misses whose Vietnamese twin hits: ${twinOnly}\n`,
    );
  } finally {
    await pipeline.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[english] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
