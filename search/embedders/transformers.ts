/** @module search/embedders/transformers — a local ONNX sentence-embedding model (e.g. multilingual-e5-small) through transformers.js, offline by default. */

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { HuggingFaceTransformersEmbeddings } from '@langchain/community/embeddings/huggingface_transformers';
import { searchError } from '../errors.ts';
import type { VankienEmbeddings } from './types.ts';

export const DEFAULT_TRANSFORMERS_MODEL = 'Xenova/multilingual-e5-small';

export interface TransformersOptions {
  model?: string;
  /** Folder of local models; the model is read from `<modelDir>/<model>/`. Default `./models`. */
  modelDir?: string;
  /** Allow downloading a missing model from the Hugging Face hub (default false). */
  allowRemoteModels?: boolean;
  /** E5-style prefixes; default on for models named `*e5*`. */
  prefixes?: { query: string; passage: string } | null;
}

/**
 * Wraps LangChain's `HuggingFaceTransformersEmbeddings` (mean pooling, normalized) with a local-only
 * model folder and E5 `query: ` / `passage: ` prefixes. Throws `model_missing` at construction when
 * the folder lacks the model and remote models are not allowed.
 * @example new TransformersEmbeddings({ modelDir: './models' }) // reads ./models/Xenova/multilingual-e5-small
 */
export class TransformersEmbeddings extends Embeddings implements VankienEmbeddings {
  readonly id: string;
  readonly dimensions: number | null;
  readonly model: string;
  private readonly modelDir: string;
  private readonly allowRemote: boolean;
  private readonly prefixes: { query: string; passage: string } | null;
  private readonly inner: HuggingFaceTransformersEmbeddings;
  private envReady: Promise<void> | null = null;

  constructor(options: TransformersOptions = {}) {
    super({ maxRetries: 0 });
    this.model = options.model ?? DEFAULT_TRANSFORMERS_MODEL;
    this.modelDir = resolve(options.modelDir ?? 'models');
    this.allowRemote = options.allowRemoteModels ?? false;
    this.prefixes =
      options.prefixes !== undefined
        ? options.prefixes
        : /e5/i.test(this.model)
          ? { query: 'query: ', passage: 'passage: ' }
          : null;
    const local = inspectModelDir(join(this.modelDir, this.model));
    if (!local && !this.allowRemote) {
      const path = join(this.modelDir, this.model);
      throw searchError('model_missing', {
        model: this.model,
        path: `${join(path, 'config.json')} and ${join(path, 'onnx', 'model.onnx')} (or model_quantized.onnx)`,
        hint:
          `put the ONNX export there (e.g. \`git clone https://huggingface.co/${this.model} ${path}\` on a machine with internet, then copy it), ` +
          'point modelDir at the folder holding it, allow remote models, or use the hashed-ngram embedder',
      });
    }
    this.dimensions = local?.dim ?? null;
    this.id = `transformers:${this.model}`;
    this.inner = new HuggingFaceTransformersEmbeddings({
      model: this.model,
      maxRetries: 0,
      pretrainedOptions: { local_files_only: !this.allowRemote, ...(local ? { dtype: local.dtype } : {}) },
    });
  }

  describe(): string {
    return `${this.id}: neural sentence-embedding model run locally with transformers.js (ONNX) from ${join(this.modelDir, this.model)}${this.prefixes ? ', E5 query/passage prefixes' : ''}.`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    await this.ensureEnv();
    const prefix = this.prefixes?.passage ?? '';
    return this.inner.embedDocuments(documents.map((d) => prefix + d));
  }

  async embedQuery(document: string): Promise<number[]> {
    await this.ensureEnv();
    return this.inner.embedQuery((this.prefixes?.query ?? '') + document);
  }

  /** transformers.js reads models from its global `env`: point it at the model folder before the first load. */
  private ensureEnv(): Promise<void> {
    this.envReady ??= import('@huggingface/transformers').then(
      ({ env }) => {
        env.localModelPath = `${this.modelDir}/`;
        env.allowLocalModels = true;
        env.allowRemoteModels = this.allowRemote;
      },
      (err: unknown) => {
        // An optional dependency: a machine without it (npm --omit=optional) gets a message, not a stack.
        throw searchError(
          'model_missing',
          {
            model: this.model,
            path: '@huggingface/transformers',
            hint: 'the transformers embedder needs the optional package: run `npm install @huggingface/transformers`',
          },
          err,
        );
      },
    );
    return this.envReady;
  }
}

/** The model's width and which ONNX file to load, or null when the folder does not hold a usable model. */
function inspectModelDir(path: string): { dim: number | null; dtype: 'fp32' | 'q8' } | null {
  const config = join(path, 'config.json');
  if (!existsSync(config)) return null;
  const dtype = existsSync(join(path, 'onnx', 'model.onnx'))
    ? 'fp32'
    : existsSync(join(path, 'onnx', 'model_quantized.onnx'))
      ? 'q8'
      : null;
  if (dtype === null) return null;
  try {
    const parsed = JSON.parse(readFileSync(config, 'utf8')) as { hidden_size?: unknown };
    return { dim: typeof parsed.hidden_size === 'number' ? parsed.hidden_size : null, dtype };
  } catch {
    return { dim: null, dtype };
  }
}
