/** @module evals/baselines — what vankien is compared against: the generic LangChain chunk template and plain paragraph BM25. */

export * from './bm25-paragraphs.ts';
export * from './langchain-chunks.ts';
export * from './pglite-vector-store.ts';
