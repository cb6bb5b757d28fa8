/**
 * @module core/config
 * Configuration, parsed once at start with a schema. Nothing else reads `process.env`.
 */
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Store directory for the embedded PGlite store. */
  VANKIEN_DATA: z.string().default('./data'),
  /** When set, use this PostgreSQL (with pgvector) instead of the embedded store. */
  DATABASE_URL: optionalString,
  /** Bearer token for write routes (upload, delete, re-ingest); write routes are off when unset. */
  VANKIEN_API_TOKEN: optionalString,
  VANKIEN_CORPUS: z.string().default('./corpus'),
  VANKIEN_EMBEDDER: z.enum(['hashed-ngram', 'lsa', 'transformers', 'ollama', 'openai']).default('hashed-ngram'),
  /**
   * Weight of the dense channel in rank fusion; 0 (the default) searches lexically only, without embedding
   * the query: on the archive neither the hashed nor the LSA embedder beat lexical-only (README "Dense channel").
   */
  VANKIEN_DENSE_WEIGHT: z.coerce.number().min(0).max(10).default(0),
  VANKIEN_EMBED_MODEL: optionalString,
  VANKIEN_EMBED_URL: optionalString,
  VANKIEN_MODEL_DIR: z.string().default('./models'),
  VANKIEN_CHAT: z.enum(['none', 'ollama', 'openai']).default('none'),
  VANKIEN_CHAT_MODEL: optionalString,
  VANKIEN_CHAT_URL: optionalString,
  /** With a chat model: `answer` (one call over the retrieved clauses) or `agent` (a tool-calling agent). */
  VANKIEN_CHAT_MODE: z.enum(['answer', 'agent']).default('answer'),
  OPENAI_API_KEY: optionalString,
  /** Comma-separated origins allowed by CORS; closed when unset. */
  VANKIEN_CORS_ORIGINS: optionalString,
  VANKIEN_MAX_FILE_MB: z.coerce.number().positive().default(20),
  /** OCR of scanned pages and images with tesseract (vie) and pdftoppm: `auto` uses them, `off` reports such files as needing OCR. */
  VANKIEN_OCR: z.enum(['auto', 'off']).default('auto'),
  /** Pages of one file OCR'd at once (tesseract is CPU-bound: one per free core at most). */
  VANKIEN_OCR_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** Scans of a batch OCR'd at once, while text files go on being stored (0: one per two cores, at least one). */
  VANKIEN_OCR_FILES: z.coerce.number().int().min(0).max(16).default(0),
  /** A file with more scanned pages than this is not OCR'd (0: no limit); a 80-page scan takes about 10 minutes. */
  VANKIEN_OCR_MAX_PAGES: z.coerce.number().int().min(0).default(0),
  /** Where OCR text is cached by file hash; default `$VANKIEN_DATA/ocr-cache`. */
  VANKIEN_OCR_CACHE: optionalString,
  /** Requests per minute per client on search and ask. */
  VANKIEN_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  /** Search, ask, lineage and briefing requests that run at once; the embedded store runs one query at a time. */
  VANKIEN_MAX_CONCURRENT: z.coerce.number().int().positive().default(4),
  /** Requests that may wait for a slot; more are answered 503 at once. */
  VANKIEN_QUEUE_LIMIT: z.coerce.number().int().min(0).default(64),
  /** Longest wait for a slot before a 503; at most 20 s, to leave the run time within the 30 s request timeout. */
  VANKIEN_QUEUE_WAIT_MS: z.coerce.number().int().positive().max(20_000).default(10_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parse configuration from an environment (default: the process's). Throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration (${problems}): fix these environment variables and start again`);
  }
  return parsed.data;
}
