/** @module search/embedders — embedders behind LangChain's `Embeddings`, chosen by configuration. */

export * from './create-embedder.ts';
export * from './features.ts';
export * from './hashed-ngram.ts';
export * from './remote.ts';
export * from './transformers.ts';
export * from './types.ts';
