/** @module search — how ranking works: tokenizer, glossary, BM25, embedders, fusion, boosts, retriever. */

export * from './bm25.ts';
export * from './boosts.ts';
export * from './dense.ts';
export * from './embedder-state.ts';
export * from './embedders/index.ts';
export * from './ensure-embeddings.ts';
export * from './errors.ts';
export * from './filters.ts';
export * from './fusion.ts';
export * from './glossary.ts';
export * from './highlight.ts';
export * from './hybrid-search.ts';
export * from './intents.ts';
export * from './lexical-index/segment.ts';
export * from './lexical-index/sync.ts';
export * from './query.ts';
export * from './query-language.ts';
export * from './resolve-embedder.ts';
export * from './retriever.ts';
export * from './tokenize.ts';
export * from './vectors-on-demand.ts';
