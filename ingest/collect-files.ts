/** @module ingest/collect-files — expands the paths given to the CLI into the document files below them. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Extensions ingestion looks for inside folders; a file named explicitly is always tried. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.pdf', '.docx']);

/** Files named, plus the document files found (recursively, sorted) in folders named. Sidecars are not documents. */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith('.meta.json')) out.push(p);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      out.push(p); // missing: the loader reports it with its reason
      continue;
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}
