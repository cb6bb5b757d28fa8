/**
 * @module evals/run-eval
 * `npm run eval`: ingests the corpus into a fresh in-memory store, then scores retrieval (each
 * channel and fused), answers (the /api/ask answerer, in-process) and ingestion against the gold,
 * beside two baselines built in the same run (LangChain chunks + the same embedder + pgvector;
 * plain BM25 over paragraphs). Prints tables and the change since the previous run; writes
 * `evals/out/eval.json` (full) and `evals/results/eval-latest.json` (headline figures, committed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, getParsedDocument } from '../core/store/index.ts';
import { collectFiles } from '../ingest/collect-files.ts';
import { documentIdFor } from '../ingest/ingest-files.ts';
import { createEmbedder } from '../search/embedders/index.ts';
import { HASHED_DEV_WEIGHT, HashedNgramEmbeddings } from '../search/embedders/hashed-ngram.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';
import { ensureEmbeddings } from '../search/ensure-embeddings.ts';
import { search } from '../search/hybrid-search.ts';
import { Bm25Paragraphs, buildLangchainBaseline } from './baselines/index.ts';
import type { EvalResult } from './eval-result.ts';
import { keyValidity, listExtractedCitations, listExtractedValidity } from '../lineage/validity/index.ts';
import {
  ARCHIVE_COPY_DIR,
  loadArchiveMetadataGold,
  loadFreshArchiveMetadataGold,
  loadThirdArchiveMetadataGold,
  loadFreshValidityGold,
  loadValidityGold,
} from './load-archive-gold.ts';
import {
  type GoldQuestion,
  loadArchiveQuestions,
  loadFreshArchiveQuestions,
  loadIngestionGold,
  loadQuestions,
  loadSeedParaphrases,
} from './load-gold.ts';
import { summarizeLatency } from './metrics/latency.ts';
import { corpusFiles, openPipeline } from './pipeline.ts';
import { formatDeltas, readSummary, writeJson } from './report/compare-runs.ts';
import { evalSummary } from './report/eval-summary.ts';
import { archiveStoreTable, generalizationTable } from './report/generalization-tables.ts';
import {
  answerTable,
  causesText,
  ingestionMisses,
  ingestionTable,
  retrievalTables,
  targetsTable,
} from './report/eval-tables.ts';
import { type Ask, runAnswerSuite, runBaselineAnswers, scoreAnswers } from './suites/answer-suite.ts';
import { runArchiveMetadataSuite } from './suites/archive-metadata-suite.ts';
import { scoreRelationKinds, storedRows } from './suites/relation-kinds-suite.ts';
import { STATUS_AS_OF, scoreStatuses, scoreValidity } from './suites/validity-suite.ts';
import {
  type ChannelFigures,
  runChannelComparison,
  runQuestionSet,
  type SetFigures,
} from './suites/generalization-suite.ts';
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
    // `fused` keeps measuring fusion (hashed embedder at its dev weight), though lexical-only is the default now.
    const texts = async (q: string, k: number, channels: 'both' | 'lexical' | 'dense') =>
      (await search(db, q, { k, channels, weights: { dense: HASHED_DEV_WEIGHT } })).results.map((r) => r.text);
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

    log('generalization sets on the seed store: the seed questions and their paraphrases');
    const generalization: SetFigures[] = [];
    const seedSystems = systemsOf(db, ask.ask);
    if (seedSystems) {
      generalization.push(await runQuestionSet('seed questions', 'seeds', db, questions, seedSystems));
      generalization.push(await runQuestionSet('seed paraphrases', 'seeds', db, loadSeedParaphrases(), seedSystems));
    }

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
      generalization,
      archiveStore: null,
      failures: {
        retrieval: diagnoseRetrieval(retrieval, questions),
        answers: diagnoseAnswers(records, questions, retrieval),
      },
    };
    await pipeline.close();
    const archiveDir = archiveArgument();
    if (archiveDir !== null) {
      const archive = await runArchiveStore(files, archiveDir, questions);
      result.generalization.push(...archive.figures);
      result.archiveStore = archive.store;
    }
    result.finishedAt = new Date().toISOString();
    result.durationMs = performance.now() - started;
    report(result);
  } finally {
    await pipeline.close().catch(() => undefined);
  }
}

/** `--archive DIR` (default: the gold's copies in `evals/archive/`); `--no-archive` skips the second store. */
function archiveArgument(): string | null {
  const args = process.argv.slice(2);
  if (args.includes('--no-archive')) return null;
  const i = args.indexOf('--archive');
  const dir = i >= 0 ? args[i + 1] : ARCHIVE_COPY_DIR;
  if (dir === undefined || !existsSync(dir)) {
    if (i >= 0) throw new Error(`--archive ${dir ?? ''}: no such folder`);
    return null;
  }
  return resolve(dir);
}

function systemsOf(db: Db, ask: Ask | null) {
  if (ask === null) return null;
  return {
    retrieve: async (q: string, k: number) => (await search(db, q, { k })).results.map((r) => r.text),
    ask,
  };
}

/**
 * The second store: the seeds and an archive side by side, as a user's store looks. Runs the seed
 * sets again (ranking must hold with hundreds of other documents beside them), the archive's own
 * questions by split, and the archive metadata gold by split.
 */
async function runArchiveStore(
  seedFiles: readonly string[],
  archiveDir: string,
  seedQuestions: readonly GoldQuestion[],
) {
  const archiveFiles = collectFiles([archiveDir]);
  log(`archive store: ${seedFiles.length} seeds + ${archiveFiles.length} files from ${archiveDir}`);
  const pipeline = await openPipeline();
  try {
    const { db } = pipeline;
    const ingestStarted = performance.now();
    const { outcomes } = await pipeline.ingest([...seedFiles, ...archiveFiles]);
    const ingestMs = performance.now() - ingestStarted;
    const [{ n: clauses }] = await db.query<{ n: number }>('select count(*)::int as n from clauses');
    const failed = outcomes.filter((o) => o.status === 'failed');
    log(`archive store: ${clauses} clauses in ${(ingestMs / 1000).toFixed(1)} s (${failed.length} failed)`);
    const byPath = new Map(outcomes.map((o) => [relative(archiveDir, o.file).split('\\').join('/'), o]));

    const ask = await pipeline.answerer();
    const systems = systemsOf(db, ask.ask);
    const figures: SetFigures[] = [];
    const archiveQuestions = loadArchiveQuestions();
    if (systems) {
      const run = (set: string, qs: readonly GoldQuestion[]) => runQuestionSet(set, 'seeds + archive', db, qs, systems);
      figures.push(await run('seed questions', seedQuestions));
      figures.push(await run('seed paraphrases', loadSeedParaphrases()));
      // The fresh blind set: documents nobody had tuned on when its gold was written.
      for (const [name, questions] of [
        ['archive', archiveQuestions],
        ['archive fresh', loadFreshArchiveQuestions()],
      ] as const) {
        figures.push(
          await run(
            `${name}, dev`,
            questions.filter((q) => q.split === 'dev'),
          ),
        );
        figures.push(
          await run(
            `${name}, held back`,
            questions.filter((q) => q.split === 'heldback'),
          ),
        );
      }
    }

    const channels = await compareChannels(db, pipeline.embedder, {
      dev: archiveQuestions.filter((q) => q.split === 'dev'),
      heldback: archiveQuestions.filter((q) => q.split === 'heldback'),
    });

    log('validity relations and effective dates against the blind gold');
    const validityGold = loadValidityGold();
    const validity = {
      ...scoreValidity(validityGold, await listExtractedValidity(db), (source) => byPath.get(source)?.documentId),
      ...(await scoreStatuses(
        validityGold.relations,
        async (target) => (await keyValidity(db, target, STATUS_AS_OF))?.validity.status ?? null,
      )),
    };

    log('validity per relation against the complete fresh gold');
    const freshGold = loadFreshValidityGold();
    const extracted = await listExtractedValidity(db);
    const documentOf = (source: string) => byPath.get(source)?.documentId;
    const freshValidity = {
      relations: scoreRelationKinds(
        freshGold,
        storedRows(extracted.relations, await listExtractedCitations(db)),
        documentOf,
      ).bySplit,
      dates: scoreValidity({ relations: [], effectiveDates: freshGold.effectiveDates }, extracted, documentOf).dates,
      ...(await scoreStatuses(
        freshGold.relations,
        async (target) => (await keyValidity(db, target, STATUS_AS_OF))?.validity.status ?? null,
      ).then(({ statuses, statusMissClasses }) => ({ statuses, statusMissClasses }))),
    };

    log('archive metadata against the blind gold');
    const storedMetadata = async (file: string) => {
      const outcome = byPath.get(file);
      if (outcome?.documentId === undefined)
        return {
          meta: null,
          reason: outcome?.error?.message ?? (outcome ? outcome.status : 'not in the archive folder'),
        };
      const parsed = await getParsedDocument(db, outcome.documentId);
      return parsed ? { meta: parsed.metadata } : { meta: null, reason: 'not stored' };
    };
    const metadata = await runArchiveMetadataSuite(loadArchiveMetadataGold(), storedMetadata);
    const freshMetadata = await runArchiveMetadataSuite(loadFreshArchiveMetadataGold(), storedMetadata);
    const thirdMetadata = await runArchiveMetadataSuite(loadThirdArchiveMetadataGold(), storedMetadata);
    return {
      figures,
      store: {
        dir: archiveDir,
        files: archiveFiles.length,
        clauses,
        ingestMs,
        outcomes: countBy(outcomes.map((o) => o.status)),
        failed: failed.map((o) => ({ file: relative(archiveDir, o.file), error: o.error?.message ?? 'failed' })),
        metadata,
        freshMetadata,
        thirdMetadata,
        channels,
        validity,
        freshValidity,
      },
    };
  } finally {
    await pipeline.close();
  }
}

/**
 * Each channel alone and fused, with the default embedder and then with the LSA embedder trained on
 * this store (re-embedded in place), on the archive questions by split.
 */
async function compareChannels(
  db: Db,
  embedder: VankienEmbeddings,
  sets: Record<string, readonly GoldQuestion[]>,
): Promise<{ figures: ChannelFigures[]; lsaBuildMs: number }> {
  // Fused rows at each embedder's configured weight, else the weight they were measured with (hashed 0.15, LSA 1).
  const fusedWeight = (e: VankienEmbeddings) =>
    e.fusionWeight || (e instanceof HashedNgramEmbeddings ? HASHED_DEV_WEIGHT : 1);
  const via = (e: VankienEmbeddings, channels: 'both' | 'lexical' | 'dense') => async (q: string, k: number) =>
    (await search(db, q, { k, channels, embedder: e, weights: { dense: fusedWeight(e) } })).results.map((r) => r.text);
  log('channels with the default embedder');
  const figures = await runChannelComparison(sets, {
    lexical: via(embedder, 'lexical'),
    [`dense ${embedder.id}`]: via(embedder, 'dense'),
    [`fused ${embedder.id}`]: via(embedder, 'both'),
  });
  log('training the LSA embedder on this store and re-embedding it');
  const lsa = createEmbedder({ provider: 'lsa' });
  const started = performance.now();
  await ensureEmbeddings(db, lsa, { refit: 'always' });
  const lsaBuildMs = performance.now() - started;
  figures.push(
    ...(await runChannelComparison(sets, {
      [`dense ${lsa.id}`]: via(lsa, 'dense'),
      [`fused ${lsa.id}`]: via(lsa, 'both'),
    })),
  );
  return { figures, lsaBuildMs };
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
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
    generalizationTable(result.generalization),
    '',
    ...(result.archiveStore ? [archiveStoreTable(result.archiveStore), ''] : []),
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
