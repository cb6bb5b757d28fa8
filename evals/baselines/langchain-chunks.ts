/**
 * @module evals/baselines/langchain-chunks
 * Baseline 1, the generic LangChain template: each document's raw text (NFC, nothing else) cut by
 * `RecursiveCharacterTextSplitter` (1000 / 200), embedded with the same default embedder vankien
 * uses (fitted on the chunks, as vankien's is fitted on its clauses), stored in pgvector, top-k by
 * cosine; the answer is the top chunk.
 */
import type { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Db } from '../../core/store/db.ts';
import { createEmbedder } from '../../search/embedders/create-embedder.ts';
import { isFittable, type VankienEmbeddings } from '../../search/embedders/types.ts';
import { nfc } from '../text-forms.ts';
import { PgliteVectorStore } from './pglite-vector-store.ts';

export const CHUNK_SIZE = 1000;
export const CHUNK_OVERLAP = 200;

export interface SourceText {
  name: string;
  text: string;
}

export interface LangchainBaseline {
  store: PgliteVectorStore;
  embedder: VankienEmbeddings;
  chunks: number;
  timings: { splitMs: number; embedMs: number; insertMs: number; indexMs: number; totalMs: number };
  /** Top-k chunk texts for a query, best first. */
  search(query: string, k: number): Promise<string[]>;
}

/** Splits the texts into LangChain Documents (metadata.source = file name). */
export async function splitSources(sources: readonly SourceText[]): Promise<Document[]> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: CHUNK_SIZE, chunkOverlap: CHUNK_OVERLAP });
  const out: Document[] = [];
  for (const s of sources) {
    const docs = await splitter.createDocuments([nfc(s.text)], [{ source: s.name }]);
    out.push(...docs);
  }
  return out;
}

/**
 * Builds the baseline in `db` (table `table`): split, fit and embed, insert, index.
 * @example const base = await buildLangchainBaseline(db, [{ name, text }]); await base.search('khai thác cát', 10)
 */
export async function buildLangchainBaseline(
  db: Db,
  sources: readonly SourceText[],
  options: { table?: string; index?: 'hnsw' | 'none'; embedder?: VankienEmbeddings; batchSize?: number } = {},
): Promise<LangchainBaseline> {
  const started = performance.now();
  const docs = await splitSources(sources);
  const splitMs = performance.now() - started;
  const embedder = options.embedder ?? createEmbedder();
  const store = new PgliteVectorStore(embedder, {
    db,
    table: options.table ?? 'baseline_chunks',
    index: options.index,
  });
  let embedMs = 0;
  let insertMs = 0;
  let t = performance.now();
  if (isFittable(embedder)) embedder.fit(docs.map((d) => d.pageContent));
  embedMs += performance.now() - t;
  const dim = embedder.dimensions ?? (await embedder.embedQuery('dim')).length;
  await store.ensureTable(dim);
  const batch = options.batchSize ?? 256;
  for (let from = 0; from < docs.length; from += batch) {
    const slice = docs.slice(from, from + batch);
    t = performance.now();
    const vectors = await embedder.embedDocuments(slice.map((d) => d.pageContent));
    embedMs += performance.now() - t;
    t = performance.now();
    await store.addVectors(vectors, slice);
    insertMs += performance.now() - t;
  }
  const indexMs = await store.buildIndex();
  return {
    store,
    embedder,
    chunks: docs.length,
    timings: { splitMs, embedMs, insertMs, indexMs, totalMs: performance.now() - started },
    search: async (query, k) => (await store.similaritySearch(query, k)).map((d) => d.pageContent),
  };
}
