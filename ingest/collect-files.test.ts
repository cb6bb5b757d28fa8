/** A folder survey names every file: documents to load, and the rest with the reason they are left out. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { collectFiles, surveyFiles } from './collect-files.ts';

it('sorts every file of a tree into documents and skipped files with reasons; nothing is dropped', () => {
  const root = mkdtempSync(join(tmpdir(), 'vankien-survey-'));
  const files = [
    'README.md',
    'a/ND-71-2019.docx',
    'a/ND-71-2019.docx.meta.json',
    'a/TT-38-2025.doc',
    'a/scan.TIF',
    'a/notes',
    'b/.DS_Store',
    'b/~$bien-ban.docx',
    'b/bang-ke.xlsx',
    'b/bien-ban.pdf',
    'b/ghi-chu.txt',
  ];
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  const { documents, skipped } = surveyFiles([root]);
  const rel = (p: string) => relative(root, p);
  expect(documents.map(rel)).toEqual([
    'a/ND-71-2019.docx',
    'a/TT-38-2025.doc',
    'a/notes',
    'a/scan.TIF',
    'b/bien-ban.pdf',
    'b/ghi-chu.txt',
  ]);
  expect(skipped.map((s) => [rel(s.file), s.status, s.reason])).toEqual([
    ['README.md', 'not_document', expect.stringContaining('README')],
    ['a/ND-71-2019.docx.meta.json', 'not_document', 'metadata sidecar of ND-71-2019.docx'],
    ['b/.DS_Store', 'not_document', 'hidden file'],
    ['b/bang-ke.xlsx', 'unsupported', expect.stringContaining('unsupported type .xlsx')],
    ['b/~$bien-ban.docx', 'not_document', expect.stringContaining('lock file')],
  ]);
  expect(documents.length + skipped.length).toBe(files.length);
  expect(collectFiles([root])).toEqual(documents);
});

it('a file named explicitly is always tried, even with an odd extension; a missing one is left to the loader', () => {
  const root = mkdtempSync(join(tmpdir(), 'vankien-survey-'));
  writeFileSync(join(root, 'data.xlsx'), 'x');
  const missing = join(root, 'missing.pdf');
  expect(surveyFiles([join(root, 'data.xlsx'), missing])).toEqual({
    documents: [join(root, 'data.xlsx'), missing],
    skipped: [],
  });
});
