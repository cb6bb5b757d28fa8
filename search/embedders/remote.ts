/** @module search/embedders/remote — embedding servers (Ollama, any OpenAI-compatible API) with clear errors when they cannot be reached. */

import { Embeddings } from '@langchain/core/embeddings';
import { searchError } from '../errors.ts';
import type { VankienEmbeddings } from './types.ts';

export const DEFAULT_OLLAMA_URL = 'http://127.0.0.1:11434';
export const DEFAULT_OLLAMA_MODEL = 'nomic-embed-text';
export const DEFAULT_OPENAI_URL = 'https://api.openai.com/v1';
export const DEFAULT_OPENAI_MODEL = 'text-embedding-3-small';

export interface RemoteOptions {
  model?: string;
  baseUrl?: string;
  dim?: number;
  apiKey?: string;
}

/** Connection failures (as opposed to the server answering with an error). */
const UNREACHABLE =
  /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ECONNRESET|ETIMEDOUT|UND_ERR_CONNECT|fetch failed|Connection error|socket hang up/i;

/**
 * A server-backed embedder. Fails fast (no retries): `server_unreachable` naming the URL when the
 * server does not answer, `embedding_failed` with the server's reason otherwise.
 */
export class RemoteEmbeddings extends Embeddings implements VankienEmbeddings {
  readonly id: string;
  readonly dimensions: number | null;

  constructor(
    readonly provider: 'ollama' | 'openai',
    readonly model: string,
    readonly url: string,
    /** Builds the LangChain client; its package loads only when the embedder is first used (seconds of import). */
    private readonly load: () => Promise<Embeddings>,
    dim?: number,
  ) {
    super({ maxRetries: 0 });
    this.dimensions = dim ?? null;
    this.id = `${provider}:${model}${dim ? `@${dim}` : ''}`;
  }

  describe(): string {
    return `${this.id}: embeddings computed by the ${this.provider === 'ollama' ? 'Ollama' : 'OpenAI-compatible'} server at ${this.url} with model ${this.model}.`;
  }

  private inner: Promise<Embeddings> | null = null;

  embedDocuments(documents: string[]): Promise<number[][]> {
    return this.guard(async () => (await this.client()).embedDocuments(documents));
  }

  embedQuery(document: string): Promise<number[]> {
    return this.guard(async () => (await this.client()).embedQuery(document));
  }

  private client(): Promise<Embeddings> {
    this.inner ??= this.load();
    return this.inner;
  }

  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const reason = describeError(err);
      if (UNREACHABLE.test(reason)) {
        throw searchError('server_unreachable', { provider: this.provider, url: this.url, reason }, err);
      }
      throw searchError('embedding_failed', { embedder: this.id, reason }, err);
    }
  }
}

/** Ollama's `/api/embed` through `@langchain/ollama`. */
export function createOllamaEmbeddings(options: RemoteOptions = {}): RemoteEmbeddings {
  const model = options.model ?? DEFAULT_OLLAMA_MODEL;
  const url = options.baseUrl ?? DEFAULT_OLLAMA_URL;
  const load = async () =>
    new (await import('@langchain/ollama')).OllamaEmbeddings({
      model,
      baseUrl: url,
      maxRetries: 0,
      ...(options.dim ? { dimensions: options.dim } : {}),
    });
  return new RemoteEmbeddings('ollama', model, url, load, options.dim);
}

/** Any OpenAI-compatible `/embeddings` endpoint (OpenAI, vLLM, LM Studio, llama.cpp server ...). */
export function createOpenAIEmbeddings(options: RemoteOptions = {}): RemoteEmbeddings {
  const model = options.model ?? DEFAULT_OPENAI_MODEL;
  const url = options.baseUrl ?? DEFAULT_OPENAI_URL;
  const load = async () =>
    new (await import('@langchain/openai')).OpenAIEmbeddings({
      model,
      apiKey: options.apiKey ?? 'not-needed-for-local-servers',
      configuration: { baseURL: url },
      maxRetries: 0,
      ...(options.dim ? { dimensions: options.dim } : {}),
    });
  return new RemoteEmbeddings('openai', model, url, load, options.dim);
}

/** The message of an error and of its causes (`fetch failed` hides `ECONNREFUSED` in `cause`). */
function describeError(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { message?: unknown; code?: unknown; cause?: unknown };
    if (typeof e.message === 'string' && e.message) parts.push(e.message);
    if (typeof e.code === 'string') parts.push(e.code);
    current = e.cause;
  }
  return parts.length > 0 ? [...new Set(parts)].join(': ') : String(err);
}
