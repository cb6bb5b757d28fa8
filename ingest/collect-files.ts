/** @module ingest/collect-files — expands the paths given to the CLI into the document files below them, and says why every other file is left out. */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DOC_EXTENSIONS, IMAGE_EXTENSIONS, TEXT_EXTENSIONS } from './load/index.ts';

/** Extensions ingestion looks for inside folders; a file named explicitly is always tried. */
export const DOCUMENT_EXTENSIONS = new Set([
  ...TEXT_EXTENSIONS.filter((e) => e !== ''),
  '.pdf',
  '.docx',
  ...DOC_EXTENSIONS,
  ...IMAGE_EXTENSIONS,
]);

/** A file seen in a folder and not handed to the loader: not a document at all, or of a type it cannot read. */
export interface SkippedFile {
  file: string;
  status: 'not_document' | 'unsupported';
  reason: string;
}

/** Everything found under the paths: the files to load, and every other file with its reason. */
export interface FileSurvey {
  documents: string[];
  skipped: SkippedFile[];
}

/** Why a file found in a folder is not a document, or null when it may be one. */
function notDocument(name: string): string | null {
  if (name.endsWith('.meta.json')) return `metadata sidecar of ${name.slice(0, -'.meta.json'.length)}`;
  if (/^readme(\.[a-z]+)?$/i.test(name)) return 'folder README (describes the folder; not a document)';
  if (name.startsWith('.')) return 'hidden file';
  if (name.startsWith('~$')) return 'Word lock file (left by an open editor)';
  return null;
}

/**
 * Files named, plus every file found (recursively, sorted) in folders named: document files in
 * `documents`, the rest in `skipped` with the reason (sidecars and READMEs are not documents; other
 * extensions are unsupported). A file without extension is tried as text.
 * @example const { documents, skipped } = surveyFiles(['../archive'])
 */
export function surveyFiles(paths: readonly string[]): FileSurvey {
  const documents: string[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      skipped.push({ file: dir, status: 'unsupported', reason: `folder cannot be read (${(err as Error).message})` });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        documents.push(p); // a broken link: the loader reports it with its reason
        continue;
      }
      if (isDir) {
        walk(p);
        continue;
      }
      const why = notDocument(name);
      const ext = extname(name).toLowerCase();
      if (why !== null) skipped.push({ file: p, status: 'not_document', reason: why });
      else if (ext === '' || DOCUMENT_EXTENSIONS.has(ext)) documents.push(p);
      else {
        skipped.push({
          file: p,
          status: 'unsupported',
          reason: `unsupported type ${ext} — convert it to .docx, .pdf or .txt to ingest it`,
        });
      }
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      documents.push(p); // missing: the loader reports it with its reason
      continue;
    }
    if (isDir) walk(p);
    else if (basename(p).endsWith('.meta.json'))
      skipped.push({ file: p, status: 'not_document', reason: notDocument(basename(p)) ?? '' });
    else documents.push(p);
  }
  return { documents, skipped };
}

/** Files named, plus the document files found (recursively, sorted) in folders named. Sidecars are not documents. */
export function collectFiles(paths: readonly string[]): string[] {
  return surveyFiles(paths).documents;
}
