/**
 * @module evals/bench/profile-search
 * Where a search's time goes: builds (or reuses, `--store=DIR`) a synthetic store of `--clauses=N`
 * and times each step of `search()` separately over the query mix — document fit, BM25, boosts,
 * clause fetch, highlights, understanding — and the whole call; with `--ask`, the whole `ask()` too. `--whole`
 * times only the whole calls (for `node --cpu-prof`: the steps timed apart would repeat the search's own work).
 * A diagnostic, not part of `npm run bench`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldedForm } from '../../core/text/vietnamese.ts';
import { bm25Search } from '../../search/bm25.ts';
import { computeBoosts } from '../../search/boosts.ts';
import { documentFields, documentFit } from '../../search/document-fit.ts';
import { highlight } from '../../search/highlight.ts';
import { search } from '../../search/hybrid-search.ts';
import { lexicalIndex } from '../../search/lexical-index/sync.ts';
import { analyzeQuery } from '../../search/query.ts';
import { loadQuestions } from '../load-gold.ts';
import { openPipeline } from '../pipeline.ts';
import { buildSourcePool } from './source-units.ts';
import { synthesizeCorpus } from './synthesize.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const clauses = Number(arg('clauses') ?? 10_000);
const storeDir = arg('store') ?? join(tmpdir(), `vankien-profile-${clauses}`);
const withAsk = process.argv.includes('--ask');
const wholeOnly = process.argv.includes('--whole');

async function main(): Promise<void> {
  const fresh = !existsSync(join(storeDir, 'pglite'));
  const pipeline = await openPipeline(storeDir);
  const { db } = pipeline;
  if (fresh) {
    const sources = readdirSync(`${ROOT}corpus`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, text: readFileSync(`${ROOT}corpus/${f}`, 'utf8') }));
    const corpus = synthesizeCorpus(buildSourcePool(sources), { seed: 20240709, clauses });
    const docs = join(storeDir, 'docs');
    mkdirSync(docs, { recursive: true });
    const files = corpus.documents.map((d) => {
      writeFileSync(join(docs, d.name), d.text);
      return join(docs, d.name);
    });
    const { timings } = await pipeline.ingest(files);
    console.log('ingest stages', timings.stages);
  }
  const queries = loadQuestions().map((q) => q.question);
  // Opening the index (decoding every stored segment, building postings): the first search after a start.
  const openCpu = process.cpuUsage();
  const openStarted = performance.now();
  await lexicalIndex(db);
  const openUsed = process.cpuUsage(openCpu);
  console.log(
    `index open: ${((performance.now() - openStarted) / 1000).toFixed(1)} s wall, ${((openUsed.user + openUsed.system) / 1e6).toFixed(1)} s CPU, RSS ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB`,
  );
  const { ask } = withAsk ? await pipeline.answerer() : { ask: null };
  for (const q of queries.slice(0, 20)) {
    await search(db, q, { k: 10 }); // warm
    await ask?.(q);
  }
  const t: Record<string, number[]> = {};
  const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const s = performance.now();
    const r = await f();
    const took = t[name] ?? [];
    t[name] = took;
    took.push(performance.now() - s);
    return r;
  };
  for (const q of queries) {
    // CPU time beside wall time: on a machine other processes load, the wall time is mostly waiting for a core.
    const cpu = process.cpuUsage();
    await time('search (whole)', () => search(db, q, { k: 10 }));
    const used = process.cpuUsage(cpu);
    t['search (whole), CPU'] = [...(t['search (whole), CPU'] ?? []), (used.user + used.system) / 1000];
    if (ask) {
      const askCpu = process.cpuUsage();
      await time('ask (whole)', () => ask(q));
      const askUsed = process.cpuUsage(askCpu);
      t['ask (whole), CPU'] = [...(t['ask (whole), CPU'] ?? []), (askUsed.user + askUsed.system) / 1000];
    }
    if (wholeOnly) continue;
    const analyzed = await time('analyze', () => analyzeQuery(q));
    const fields = await time('documentFields', () => documentFields(db));
    const fit = await time('documentFit', () =>
      documentFit(
        fields,
        analyzed.terms.filter((x) => x.field === 'folded'),
      ),
    );
    const hits = await time('bm25', () => bm25Search(db, analyzed.terms, { limit: 50, documentFit: fit }));
    const ids = hits.map((h) => h.clauseId);
    await time('boosts', () =>
      computeBoosts(db, ids, {
        intents: analyzed.intents,
        symbols: analyzed.symbols,
        numbers: analyzed.numbers,
        folded: foldedForm(q),
      }),
    );
    const rows = await time('fetch', () =>
      db.query<{ text: string }>('select id, document_id, label, text from clauses where id = any($1::text[])', [
        ids.slice(0, 30),
      ]),
    );
    await time('highlights', () => rows.slice(0, 10).map((r) => highlight(r.text, analyzed.terms)));
    await time('lexicalIndex (understanding)', () => lexicalIndex(db));
  }
  const pct = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  for (const [name, xs] of Object.entries(t))
    console.log(
      `${name.padEnd(30)} p50 ${pct(xs, 0.5).toFixed(1).padStart(6)} ms   p95 ${pct(xs, 0.95).toFixed(1).padStart(6)} ms   mean ${(sum(xs) / xs.length).toFixed(1).padStart(6)} ms`,
    );
  console.log(`${queries.length} questions, RSS ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB`);
  await pipeline.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
