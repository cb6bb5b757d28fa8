/**
 * @module ingest/document-id — the stable id of the document a file is stored as.
 *
 * The rule: a file already recorded as a document's source keeps that document's id. A new file
 * gets the slug of its name (`ND-181-2024.docx` → `nd-181-2024`); when a document read from another
 * file that still exists holds that id (two different documents with one name in two folders),
 * the parent folder's slug is put in front (`su-dung-nd-181-2024`), then the grandparent's, and
 * last a counter. Files are taken in sorted order, so the same tree gets the same ids on a fresh
 * store, and the sources table keeps them on a re-ingest. A document stored before sources were
 * recorded, or whose files are all gone (a moved folder, an upload's temporary copy), gives its id
 * to the next file of that name — as before.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import type { Db } from '../core/store/index.ts';
import { getDocumentSummary, listSources } from '../core/store/index.ts';
import { foldAccents } from '../core/text/vietnamese.ts';

const slug = (s: string): string =>
  foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `Công văn 1032 (bản cuối).pdf` → `cong-van-1032-ban-cuoi`: the id a file's name asks for. */
export function documentIdFor(sourceName: string): string {
  return slug(basename(sourceName, extname(sourceName))).slice(0, 120) || 'document';
}

/** The ids a file may take, in order of preference (see the module comment). */
export function candidateIds(path: string, levels = 3): string[] {
  const base = documentIdFor(path);
  const ids = [base];
  let prefix = '';
  let dir = dirname(path);
  for (let i = 0; i < levels && dir !== dirname(dir); i++, dir = dirname(dir)) {
    const folder = slug(basename(dir));
    if (!folder) continue;
    prefix = prefix ? `${folder}-${prefix}` : folder;
    ids.push(`${prefix}-${base}`.slice(0, 160));
  }
  for (let n = 2; n <= 99; n++) ids.push(`${base}-${n}`);
  return ids;
}

/**
 * Whether `id` can take the file at `path`: `new` when no document holds it, `replace` when the document
 * holding it has no other source file that still exists, else `taken`.
 */
async function idState(db: Db, id: string, path: string): Promise<'new' | 'replace' | 'taken'> {
  if (!(await getDocumentSummary(db, id))) return 'new';
  const sources = await listSources(db, id);
  return sources.some((s) => s.path !== path && existsSync(s.path)) ? 'taken' : 'replace';
}

/** True when `id` is free for the file at `path`: no document, or none of its other source files still exists. */
export async function idFreeFor(db: Db, id: string, path: string): Promise<boolean> {
  return (await idState(db, id, path)) !== 'taken';
}

/**
 * The id for a file not yet recorded as a source (`path` absolute), and whether no document holds it yet
 * (`fresh`: the save need not look for an earlier version to replace).
 */
export async function chooseDocumentId(db: Db, path: string): Promise<{ id: string; fresh: boolean }> {
  const ids = candidateIds(path);
  for (const id of ids) {
    const state = await idState(db, id, path);
    if (state !== 'taken') return { id, fresh: state === 'new' };
  }
  return { id: `${ids[0]}-${Date.now().toString(36)}`, fresh: false };
}
