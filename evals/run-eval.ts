/**
 * @module evals/run-eval
 * `npm run eval`: ingests the corpus into a fresh in-memory store, then scores retrieval (each
 * channel and fused), answers (the /api/ask answerer, in-process) and ingestion against the gold,
 * beside two baselines built in the same run (LangChain chunks + the same embedder + pgvector;
 * plain BM25 over paragraphs). Prints tables and the change since the previous run; writes
 * `evals/out/eval.json` (full) and `evals/results/eval-latest.json` (headline figures, committed).
 */
import { cpus, loadavg } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { getParsedDocument } from '../core/store/index.ts';
import { documentIdFor } from '../ingest/ingest-files.ts';
import { search } from '../search/hybrid-search.ts';
import { Bm25Paragraphs, buildLangchainBaseline } from './baselines/index.ts';
import type { EvalResult } from './eval-result.ts';
import { loadIngestionGold, loadQuestions } from './load-gold.ts';
import { summarizeLatency } from './metrics/latency.ts';
import { corpusFiles, openPipeline } from './pipeline.ts';
import { formatDeltas, readSummary, writeJson } from './report/compare-runs.ts';
import { evalSummary } from './report/eval-summary.ts';
import {
  answerTable,
  causesText,
  ingestionMisses,
  ingestionTable,
  retrievalTables,
  targetsTable,
} from './report/eval-tables.ts';
import { runAnswerSuite, runBaselineAnswers, scoreAnswers } from './suites/answer-suite.ts';
import { diagnoseAnswers, diagnoseRetrieval } from './suites/diagnose.ts';
import { runIngestionSuite } from './suites/ingestion-suite.ts';
import { runRetrievalSuite } from './suites/retrieval-suite.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}evals/out/eval.json`;
const LATEST = `${ROOT}evals/results/eval-latest.json`;

function log(message: string): void {
  process.stderr.write(`[eval] ${message}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const questions = loadQuestions();
  const gold = loadIngestionGold();
  const files = corpusFiles(`${ROOT}corpus`);

  log(`ingesting ${files.length} files into a fresh in-memory store`);
  const pipeline = await openPipeline();
  try {
    const { db } = pipeline;
    const ingestStarted = performance.now();
    const ingested = await pipeline.ingest(files);
    const ingestMs = performance.now() - ingestStarted;
    const failed = ingested.outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => ({ file: basename(o.file), error: o.error?.message ?? 'failed' }));
    const [{ n: clauses }] = await db.query<{ n: number }>('select count(*)::int as n from clauses');
    log(`ingested ${clauses} clauses in ${(ingestMs / 1000).toFixed(1)} s (${failed.length} failed)`);

    log('building baselines: LangChain chunks (same store, own table) and BM25 paragraphs');
    const sources = files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
    const langchain = await buildLangchainBaseline(db, sources, { table: 'baseline_chunks' });
    const bm25 = new Bm25Paragraphs();
    for (const s of sources) bm25.add(s.name, s.text);

    log('retrieval: fused, lexical, dense, LangChain, BM25');
    const texts = async (q: string, k: number, channels: 'both' | 'lexical' | 'dense') =>
      (await search(db, q, { k, channels })).results.map((r) => r.text);
    const retrieval = await runRetrievalSuite(questions, {
      fused: (q, k) => texts(q, k, 'both'),
      lexical: (q, k) => texts(q, k, 'lexical'),
      dense: (q, k) => texts(q, k, 'dense'),
      langchain: (q, k) => langchain.search(q, k),
      bm25: async (q, k) => bm25.search(q, k).map((h) => h.text),
    });

    log('answers: the /api/ask answerer on every question');
    const ask = await pipeline.answerer();
    const records = ask.ask ? await runAnswerSuite(db, questions, ask.ask) : [];
    const answerScores = ask.ask ? scoreAnswers(records) : null;
    const baselineAnswers = {
      langchain: await runBaselineAnswers(questions, async (q) => (await langchain.search(q, 1))[0] ?? null),
      bm25: await runBaselineAnswers(questions, async (q) => bm25.search(q, 1)[0]?.text ?? null),
    };

    log('ingestion against gold');
    const ingestion = await runIngestionSuite(gold, (file) => getParsedDocument(db, documentIdFor(file)));

    const result: EvalResult = {
      startedAt,
      finishedAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      environment: {
        node: process.version,
        embedder: pipeline.embedder.id,
        loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
        cpus: cpus().length,
      },
      corpus: {
        documents: ingested.outcomes.filter((o) => o.status !== 'failed').length,
        clauses,
        failed,
        ingestMs,
        embedMs: ingested.timings.embedMs,
      },
      baselines: {
        langchainChunks: langchain.chunks,
        langchainBuildMs: langchain.timings.totalMs,
        bm25Paragraphs: bm25.size,
      },
      retrieval,
      answers: {
        available: ask.ask !== null,
        skipped: ask.reason,
        scores: answerScores,
        records,
        latencyMs: records.length ? summarizeLatency(records.map((r) => r.tookMs)) : null,
        baselines: baselineAnswers,
      },
      ingestion,
      failures: {
        retrieval: diagnoseRetrieval(retrieval, questions),
        answers: diagnoseAnswers(records, questions, retrieval),
      },
    };
    report(result);
  } finally {
    await pipeline.close();
  }
}

function report(result: EvalResult): void {
  const summary = evalSummary(result);
  const previous = readSummary(LATEST);
  const out = [
    `vankien eval — ${result.corpus.documents} documents, ${result.corpus.clauses} clauses; ingest ${(result.corpus.ingestMs / 1000).toFixed(1)} s; ` +
      `baselines: ${result.baselines.langchainChunks} LangChain chunks, ${result.baselines.bm25Paragraphs} BM25 paragraphs; embedder ${result.environment.embedder}`,
    '',
    retrievalTables(result),
    '',
    answerTable(result),
    '',
    ingestionTable(result),
    '',
    targetsTable(summary.targets),
    '',
    causesText('Retrieval misses (fused Recall@5), by cause', result.failures.retrieval),
    '',
    causesText('Answer failures, by cause', result.failures.answers),
    '',
    ingestionMisses(result),
    '',
    formatDeltas(previous, summary),
    '',
    `Finished in ${(result.durationMs / 1000).toFixed(1)} s (load average ${result.environment.loadAverage.join(' ')} on ${result.environment.cpus} cores).`,
  ];
  console.log(out.join('\n'));
  writeJson(OUT, result);
  writeJson(LATEST, summary);
  log(`wrote ${OUT} and ${LATEST}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
