/** @module search/embedders/create-embedder — configuration → embedder. */

import { searchError } from '../errors.ts';
import { HashedNgramEmbeddings } from './hashed-ngram.ts';
import { LsaEmbeddings } from './lsa.ts';
import { createOllamaEmbeddings, createOpenAIEmbeddings } from './remote.ts';
import { TransformersEmbeddings } from './transformers.ts';
import { EMBEDDER_PROVIDERS, type EmbedderConfig, type VankienEmbeddings } from './types.ts';

/**
 * Builds the configured embedder. `hashed-ngram` (the default) needs nothing; `transformers` needs a
 * local model folder; `ollama` and `openai` need a server (errors are raised on first use).
 * @example createEmbedder({ provider: 'transformers', modelDir: './models' })
 */
export function createEmbedder(config: EmbedderConfig = { provider: 'hashed-ngram' }): VankienEmbeddings {
  switch (config.provider) {
    case 'hashed-ngram':
      return new HashedNgramEmbeddings({ dim: config.dim });
    case 'lsa':
      return new LsaEmbeddings({ dim: config.dim });
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
