/** @module ingest/load/read-sidecar — reads the optional `NAME.meta.json` that may stand beside a source file. */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { reasonOf } from './load-error.ts';

export interface Sidecar {
  sidecar?: Record<string, unknown>;
  warnings: string[];
}

/** The sidecar's path: same folder, same stem. `docs/1032-CV.pdf` → `docs/1032-CV.meta.json`. */
export function sidecarPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.meta.json`);
}

/**
 * Reads the sidecar of `file`. No sidecar is fine; one that is not a JSON object is ignored with a
 * warning, never a failure: the document still loads.
 */
export async function readSidecar(file: string): Promise<Sidecar> {
  const path = sidecarPath(file);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { warnings: [] };
    return { warnings: [`sidecar ${path} could not be read (${reasonOf(err)}): ignored`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { warnings: [`sidecar ${path} is not valid JSON (${reasonOf(err)}): ignored — fix it to use its metadata`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { warnings: [`sidecar ${path} is not a JSON object: ignored — it should look like {"symbol": "..."}`] };
  }
  return { sidecar: value as Record<string, unknown>, warnings: [] };
}
