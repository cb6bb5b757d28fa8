/** @module search/embedders/create-embedder — configuration → embedder. */

import { searchError } from '../errors.ts';
import { HashedNgramEmbeddings } from './hashed-ngram.ts';
import { LsaEmbeddings } from './lsa.ts';
import { createOllamaEmbeddings, createOpenAIEmbeddings } from './remote.ts';
import { TransformersEmbeddings } from './transformers.ts';
import { EMBEDDER_PROVIDERS, type EmbedderConfig, type VankienEmbeddings } from './types.ts';

/**
 * Builds the configured embedder, with its fusion weight (default 0: search runs lexical only).
 * `hashed-ngram` (the default) needs nothing; `transformers` needs a
 * local model folder; `ollama` and `openai` need a server (errors are raised on first use).
 * @example createEmbedder({ provider: 'transformers', modelDir: './models' })
 */
export function createEmbedder(config: EmbedderConfig = { provider: 'hashed-ngram' }): VankienEmbeddings {
  const built = build(config);
  // Remote and transformer embedders carry no weight of their own: the configured one (default 0) applies to all.
  return built.fusionWeight === (config.fusionWeight ?? 0)
    ? built
    : Object.assign(built, { fusionWeight: config.fusionWeight ?? 0 });
}

function build(config: EmbedderConfig): VankienEmbeddings {
  switch (config.provider) {
    case 'hashed-ngram':
      return new HashedNgramEmbeddings({ dim: config.dim, fusionWeight: config.fusionWeight });
    case 'lsa':
      return new LsaEmbeddings({ dim: config.dim, fusionWeight: config.fusionWeight });
    case 'transformers':
      return new TransformersEmbeddings({
        model: config.model,
        modelDir: config.modelDir,
        allowRemoteModels: config.allowRemoteModels,
      });
    case 'ollama':
      return createOllamaEmbeddings(config);
    case 'openai':
      return createOpenAIEmbeddings(config);
    default:
      throw searchError('unknown_provider', {
        provider: String((config as { provider: unknown }).provider),
        known: EMBEDDER_PROVIDERS,
      });
  }
}
