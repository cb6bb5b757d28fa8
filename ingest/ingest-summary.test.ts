/** The batch summary adds up to every file seen and gives each file left out its reason. */
import { expect, it } from 'vitest';
import type { IngestOutcome } from './ingest-files.ts';
import { summarizeOutcomes, tallyOutcomes } from './ingest-summary.ts';

const outcomes: IngestOutcome[] = [
  { file: 'a/ND-71-2019.docx', status: 'ingested', documentId: 'nd-71-2019', clauses: 120 },
  {
    file: 'b/ND-71-2019.doc',
    status: 'duplicate',
    documentId: 'nd-71-2019',
    reason: 'near-duplicate (98% similar) of nd-71-2019 (from a/ND-71-2019.docx)',
  },
  { file: 'a/scan.pdf', status: 'ingested', documentId: 'scan', clauses: 4, ocr: { pages: 2, cached: 1 } },
  { file: 'a/old.pdf', status: 'unchanged', documentId: 'old' },
  { file: 'README.md', status: 'not_document', reason: 'folder README (describes the folder; not a document)' },
  {
    file: 'a/bang.xlsx',
    status: 'unsupported',
    reason: 'unsupported type .xlsx — convert it to .docx, .pdf or .txt to ingest it',
  },
  {
    file: 'a/long.pdf',
    status: 'failed',
    error: { code: 'ocr_too_long', message: 'a/long.pdf has 87 scanned pages …' },
  },
  { file: 'a/empty.txt', status: 'failed', error: { code: 'empty_document', message: 'a/empty.txt has no text …' } },
  { file: 'a/blank.txt', status: 'failed', error: { code: 'empty_document', message: 'a/blank.txt has no text …' } },
];

it('counts every file once, by status, with failures by reason and OCR pages', () => {
  const t = tallyOutcomes(outcomes);
  expect(t.files).toBe(9);
  expect(Object.values(t.byStatus).reduce((a, b) => a + b, 0)).toBe(9);
  expect(t).toMatchObject({
    clauses: 124,
    ocrPages: 2,
    ocrCached: 1,
    failures: { empty_document: 2, ocr_too_long: 1 },
  });
});

it('prints the count line, then one line per file not ingested with its reason', () => {
  const lines = summarizeOutcomes(outcomes);
  expect(lines[0]).toBe(
    '9 files seen: 2 ingested (124 clauses), 1 unchanged, 1 duplicates (stored once, every source recorded), ' +
      '1 not documents (folder READMEs, *.meta.json sidecars, hidden files), 1 unsupported type, 3 failed',
  );
  expect(lines).toContain('OCR: 2 page(s), 1 of them from the cache');
  expect(lines).toContain('failures by reason: empty_document 2, ocr_too_long 1');
  for (const o of outcomes.filter((x) => !['ingested', 'unchanged'].includes(x.status))) {
    expect(lines.some((l) => l.includes(o.file) && l.includes(o.reason ?? o.error?.code ?? '?'))).toBe(true);
  }
});
