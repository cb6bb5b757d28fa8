/** @module search/embedders/types — what vankien needs of an embedder beyond LangChain's `Embeddings`, and its configuration. */

import type { Embeddings } from '@langchain/core/embeddings';

export type EmbedderProvider = 'hashed-ngram' | 'lsa' | 'transformers' | 'ollama' | 'openai';

export const EMBEDDER_PROVIDERS: readonly EmbedderProvider[] = [
  'hashed-ngram',
  'lsa',
  'transformers',
  'ollama',
  'openai',
];

/** Chooses and configures an embedder; parsed once at start by the app's config. */
export interface EmbedderConfig {
  provider: EmbedderProvider;
  /** Model name: `Xenova/multilingual-e5-small`, `nomic-embed-text`, `text-embedding-3-small` ... */
  model?: string;
  /** Server URL for `ollama` and `openai` (any OpenAI-compatible server). */
  baseUrl?: string;
  /** Folder holding local transformer models (`<modelDir>/<model>/config.json`). */
  modelDir?: string;
  /** Output dimension: the hashed embedder's width, or a requested one for servers that support it. */
  dim?: number;
  /** API key for `openai`; local compatible servers accept any. */
  apiKey?: string;
  /** Weight of the dense channel in rank fusion (default 0: lexical only, no query embedding, no vector query). */
  fusionWeight?: number;
  /** Let `transformers` download missing models (off by default: no network at run time). */
  allowRemoteModels?: boolean;
}

/** A LangChain `Embeddings` that knows its identity, so stored vectors can be tagged and checked. */
export interface VankienEmbeddings extends Embeddings {
  /** Stable id stored with every vector: `hashed-ngram-v1-384`, `transformers:Xenova/multilingual-e5-small`. */
  readonly id: string;
  /** Vector width when known without embedding anything, else null. */
  readonly dimensions: number | null;
  /** One honest sentence on what this embedder is. */
  describe(): string;
  /** Weight of its channel in rank fusion when the caller sets none (absent or 0: the dense channel is skipped in `both`). */
  readonly fusionWeight?: number;
}

/** An embedder whose weights are fitted on the corpus (e.g. IDF) and must be persisted with the vectors. */
export interface FittableEmbeddings extends VankienEmbeddings {
  fit(texts: readonly string[]): void;
  /** Serialized fitted state, or null before fitting. */
  exportState(): string | null;
  importState(state: string): void;
  /** Short fingerprint of the fitted state (`unfitted` before fitting). */
  readonly fingerprint: string;
  /** Number of texts the state was fitted on (0 before fitting). */
  readonly fittedOn: number;
}

export function isFittable(e: VankienEmbeddings): e is FittableEmbeddings {
  return typeof (e as Partial<FittableEmbeddings>).fit === 'function';
}
