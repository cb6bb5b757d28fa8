/**
 * @module evals/rank-classes
 * `npm run rank:classes`: the dev retrieval misses (evidence not in the top 5) counted by class, over the
 * dev store `eval:dev` built — so a ranking change is aimed at the largest class and its effect on each
 * class is seen. Classes, first that applies:
 *   not-stored        no clause of the gold document holds the evidence (a parsing matter, not ranking);
 *   right-document    the gold document has a clause in the top 5, another clause of it won;
 *   wrong-document    no clause of the gold document in the top 5; `short` when it has ≤ 40 clauses (a letter,
 *                     a notice) and a longer document won.
 * Tags beside the class: `authority` (the question asks which body grants or has competence), `heading`
 * (question words the evidence clause lacks stand in its ancestors), `nodiac-only` (a question without
 * diacritics missed while its accented twin hit), `sibling` (a document of the top 5 is a sibling of the gold one,
 * `search/siblings.ts`: the plan of another month, a licence on the same template) with what the question names
 * that could tell them apart (`sibling:period` a month, quarter or year; `sibling:number` another number;
 * `sibling:latest` "the latest"; `sibling:none` nothing of these). Dev sets only, like `rank:dev`.
 *
 *   npm run rank:classes -- [--set archive|fresh] [--half 0|1 (or a|b)] [--lang vi|vi-nodiac|en] [--list]
 */
import { existsSync } from 'node:fs';
import { documentCatalog } from '../core/store/index.ts';
import { foldedForm } from '../core/text/vietnamese.ts';
import { documentFields } from '../search/document-fit.ts';
import { type SearchOptions, search } from '../search/hybrid-search.ts';
import { analyzeQuery } from '../search/query.ts';
import { areSiblings } from '../search/siblings.ts';
import { DEV_SETS, devSet, devStoreDir, option } from './dev-options.ts';
import type { GoldQuestion } from './load-gold.ts';
import { firstHitRank } from './metrics/index.ts';
import { openPipeline } from './pipeline.ts';
import { devHalf } from './split.ts';
import { retrievalQuestions } from './suites/retrieval-suite.ts';

/** Questions asking who grants or who has competence (folded). */
const AUTHORITY =
  /\b(tham quyen|ai cap|nao cap|cap nao|ai ban hanh|ai phe duyet|nao phe duyet|who (issues|grants|approves))\b/;
const SHORT_DOCUMENT = 40;
/** What a question names that tells sibling documents apart (folded), first that applies. */
const SIBLING_CUES: ReadonlyArray<[string, RegExp]> = [
  ['latest', /\b(moi nhat|gan day nhat|gan nhat|latest|most recent|newest)\b/],
  [
    'period',
    /\b(thang \d{1,2}|quy (i{1,3}|iv|[1-4])|nam (19|20)\d\d|(19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|quarter)\b/,
  ],
  ['number', /\d/],
];

async function main(): Promise<void> {
  const storeDir = devStoreDir();
  if (!existsSync(storeDir)) throw new Error(`${storeDir}: no dev store; run npm run eval:dev once to build it`);
  const pipeline = await openPipeline(storeDir);
  const half = option('half');
  const lang = option('lang');
  const list = process.argv.includes('--list');
  const names = option('set')
    ? [option('set') as string]
    : Object.keys(DEV_SETS).filter((n) => n === 'archive' || n === 'fresh');
  const options: SearchOptions = { k: 10, learnedRanking: process.env.RANK_LEARNED !== '0' };
  try {
    const { db } = pipeline;
    const { documents } = await documentCatalog(db);
    const records = (await documentFields(db)).terms;
    const clauseCount = new Map<string, number>();
    for (const r of await db.query<{ document_id: string; n: number }>(
      'select document_id, count(*)::int as n from clauses group by document_id',
    ))
      clauseCount.set(r.document_id, r.n);
    const holders = async (evidence: readonly string[]) =>
      (
        await db.query<{ document_id: string }>(
          'select distinct c.document_id from clauses c, unnest($1::text[]) e where position(e in c.text) > 0',
          [evidence.map((e) => e.slice(0, 60))],
        )
      ).map((r) => r.document_id);
    const docOf = (source: string) => documents.filter((d) => d.sourceName.endsWith(source.split('/').pop() ?? source));
    for (const name of names) {
      const questions = retrievalQuestions(devSet(name)).filter(
        (q) =>
          (lang === undefined || q.lang === lang) &&
          (half === undefined ||
            (q.source !== undefined &&
              [String(devHalf(q.source)), devHalf(q.source) === 0 ? 'a' : 'b'].includes(half))),
      );
      const hitByGroup = new Map<string, boolean>();
      const rows: Array<{ q: GoldQuestion; rank: number | null; cls: string; tags: string[]; top: string[] }> = [];
      for (const q of questions) {
        const res = await search(db, q.question, options);
        const rank = firstHitRank(
          res.results.map((r) => r.text),
          q.evidence,
        );
        if (q.lang === 'vi') hitByGroup.set(q.group, rank !== null && rank <= 5);
        if (rank !== null && rank <= 5) continue;
        const gold = q.source ? docOf(q.source) : [];
        // A gold file stored once as the duplicate of another (a decree as .doc and .docx) is that other document.
        const goldIds = new Set(gold.length > 0 ? gold.map((d) => d.id) : await holders(q.evidence));
        const clauses = await db.query<{ id: string; parent_id: string | null; text: string; document_id: string }>(
          'select id, parent_id, text, document_id from clauses where document_id = any($1::text[])',
          [[...goldIds]],
        );
        const at = firstHitRank(
          clauses.map((c) => c.text),
          q.evidence,
        );
        const top5 = res.results.slice(0, 5);
        let cls: string;
        if (at === null) cls = 'not-stored';
        else if (top5.some((r) => goldIds.has(r.documentId))) cls = 'right-document';
        else {
          const size = Math.max(...[...goldIds].map((id) => clauseCount.get(id) ?? 0));
          cls = size <= SHORT_DOCUMENT ? 'wrong-document/short' : 'wrong-document/long';
        }
        const tags: string[] = [];
        const folded = foldedForm(q.question);
        if (AUTHORITY.test(folded)) tags.push('authority');
        if (
          top5.some(
            (r) =>
              !goldIds.has(r.documentId) && gold.some((g) => areSiblings(records.get(g.id), records.get(r.documentId))),
          )
        )
          tags.push(`sibling:${SIBLING_CUES.find(([, cue]) => cue.test(folded))?.[0] ?? 'none'}`);
        if (at !== null) {
          const byId = new Map(clauses.map((c) => [c.id, c]));
          const clause = clauses[at - 1];
          const own = new Set(foldedForm(clause.text).split(/\s+/));
          const ancestors: string[] = [];
          for (let p = clause.parent_id; p; p = byId.get(p)?.parent_id ?? null) ancestors.push(byId.get(p)?.text ?? '');
          const above = new Set(foldedForm(ancestors.join(' ')).split(/\s+/));
          const words = analyzeQuery(q.question)
            .contentWords.map((w) => w.folded)
            .filter((w) => w.length > 1);
          if (words.some((w) => !own.has(w) && above.has(w))) tags.push('heading');
        }
        rows.push({ q, rank, cls, tags, top: top5.map((r) => r.documentId.slice(0, 40)) });
      }
      for (const r of rows) if (r.q.lang === 'vi-nodiac' && hitByGroup.get(r.q.group)) r.tags.push('nodiac-only');
      const count = new Map<string, number>();
      for (const r of rows) {
        count.set(r.cls, (count.get(r.cls) ?? 0) + 1);
        for (const t of r.tags) count.set(`  +${t}`, (count.get(`  +${t}`) ?? 0) + 1);
        count.set(`  lang:${r.q.lang}`, (count.get(`  lang:${r.q.lang}`) ?? 0) + 1);
      }
      if (list)
        for (const r of rows)
          process.stdout.write(
            `${r.q.id} ${r.q.lang} ${r.cls} [${r.tags.join(',')}] rank=${r.rank ?? '-'} | ${r.q.question}\n   top: ${r.top.join(' · ')}\n`,
          );
      process.stdout.write(
        `\n${name}${half ? ` half ${half}` : ''}: ${questions.length} questions, ${rows.length} misses\n`,
      );
      for (const [k, v] of [...count].sort((a, b) => a[0].localeCompare(b[0]))) process.stdout.write(`  ${k}: ${v}\n`);
    }
  } finally {
    await pipeline.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[rank-classes] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
