/**
 * @module ingest/ocr-queue.test
 * A folder with scans and text files: the text documents are stored while the scans wait for OCR
 * (seen in the order of progress events — tesseract is held until both text files are stored, so a
 * batch that waited on the scan would never end), a byte copy of a scan is not OCR'd again, a scan
 * whose OCR fails is reported and the batch goes on, and between a scan and its text twin the
 * text-layer copy is kept wherever it stands in path order. Real tesseract (vie) and pdftoppm on a
 * real scanned page of the archive. PGlite only: the store engines are not what is tested here.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseIndexer } from '../app/services.ts';
import { checkIntegrity, countAll, listSources } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { createEmbedder } from '../search/index.ts';
import type { QueueProgress } from './batch-progress.ts';
import { formatQueues } from './batch-progress.ts';
import { collectFiles } from './collect-files.ts';
import { ingestFiles } from './ingest-files.ts';
import { type CommandRunner, defaultRunner, loadFile } from './load/index.ts';

const SCAN = join(import.meta.dirname, 'load', 'fixtures', 'scan-VD-BoCT-cap-GP-p1.pdf');
const TEXTS = ['can-tho-chi-thi-bao-ve-moi-truong.txt', 'can-tho-cong-van-2024-ket-luan-81.txt'];
/** Appended after `%%EOF` (the PDF still opens): pdftoppm is made to fail on this file only. */
const BROKEN = '%broken-scan\n';
const OCR_MS = 300_000; // one page through tesseract on a loaded 2-core machine

const pglite = engines[0];
const indexer = () => clauseIndexer(createEmbedder({ provider: 'hashed-ngram' }));

/** The real tools, with tesseract held until `open()`; pdftoppm fails on a PDF that carries the BROKEN mark. */
function gatedTools() {
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => {
    open = r;
  });
  let pagesRead = 0;
  const run: CommandRunner = async (command, args) => {
    if (command === 'pdftoppm' && args.includes('-f') && readFileSync(args.at(-2) as string).includes(BROKEN)) {
      throw new Error('pdftoppm: Syntax Error: damaged page');
    }
    if (command === 'tesseract' && args[0] !== '--list-langs') {
      await gate;
      pagesRead++;
    }
    return defaultRunner(command, args);
  };
  return { run, open, pagesRead: () => pagesRead };
}

describe('a batch with scans and text files', () => {
  const db = useEngine(pglite);

  it(
    'stores the text files while the scans wait, takes a byte copy from its scan, and reports a failed OCR',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vankien-ocr-queue-'));
      copyFileSync(SCAN, join(dir, 'a-scan.pdf'));
      copyFileSync(SCAN, join(dir, 'b-scan-copy.pdf'));
      writeFileSync(join(dir, 'c-broken-scan.pdf'), Buffer.concat([readFileSync(SCAN), Buffer.from(BROKEN)]));
      for (const [i, name] of TEXTS.entries()) copyFileSync(join('corpus', name), join(dir, `${'de'[i]}-${name}`));
      const files = collectFiles([dir]);
      const tools = gatedTools();
      const stored: string[] = [];
      const queues: QueueProgress[] = [];
      const outcomes = await ingestFiles(files, {
        db: db(),
        indexer: indexer(),
        load: { ocr: { cacheDir: join(dir, 'ocr-cache'), run: tools.run, files: 1 } },
        onProgress: (_done, _total, file) => {
          stored.push(basename(file));
          if (stored.length === TEXTS.length) tools.open();
        },
        onQueues: (q) => queues.push(q),
      });

      // Text first (path order), then the scans in path order.
      expect(stored).toEqual([`d-${TEXTS[0]}`, `e-${TEXTS[1]}`, 'a-scan.pdf', 'b-scan-copy.pdf', 'c-broken-scan.pdf']);
      // While the text files were stored, all three scans stood in the OCR queue.
      const whileText = queues.find((q) => q.text.done === 1);
      expect(whileText && formatQueues(whileText)).toBe('text 1/2 · OCR 0/3');
      expect(queues.some((q) => q.ocr.page?.done === 1 && q.ocr.page.total === 1)).toBe(true);
      expect(formatQueues(queues.at(-1) as QueueProgress)).toBe('text 2/2 · OCR 3/3');

      const byName = Object.fromEntries(outcomes.map((o) => [basename(o.file), o]));
      expect(outcomes.map((o) => o.file)).toEqual(files);
      expect(byName['a-scan.pdf'], byName['a-scan.pdf'].error?.message).toMatchObject({
        status: 'ingested',
        ocr: { pages: 1, cached: 0 },
      });
      expect(byName['b-scan-copy.pdf']).toMatchObject({
        status: 'duplicate',
        documentId: byName['a-scan.pdf'].documentId,
      });
      expect(tools.pagesRead()).toBe(1); // the copy took the scan's text: one page through tesseract
      expect(byName['c-broken-scan.pdf'].status).toBe('failed');
      expect(byName['c-broken-scan.pdf'].error?.code).toBe('ocr_failed');
      expect(byName['c-broken-scan.pdf'].error?.message).toContain('c-broken-scan.pdf');
      for (const name of TEXTS) expect(byName[`${'de'[TEXTS.indexOf(name)]}-${name}`].status).toBe('ingested');
      expect((await countAll(db())).documents).toBe(3);
      expect(await checkIntegrity(db())).toEqual([]);
    },
    OCR_MS,
  );
});

describe('a scan and its text twin', () => {
  const db = useEngine(pglite);

  it(
    'keeps the text-layer copy even when the scan comes first in path order',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vankien-ocr-twin-'));
      const cacheDir = join(dir, 'ocr-cache');
      copyFileSync(SCAN, join(dir, 'a-scan.pdf'));
      // The twin: the same page as text (what the scan reads as, as a typed-up export would).
      const { text } = await loadFile(SCAN, { ocr: { cacheDir } });
      writeFileSync(join(dir, 'b-twin.txt'), text);
      const outcomes = await ingestFiles(collectFiles([dir]), {
        db: db(),
        indexer: indexer(),
        load: { ocr: { cacheDir } },
      });
      const [scan, twin] = outcomes;
      expect(twin).toMatchObject({ status: 'ingested' });
      expect(scan).toMatchObject({ status: 'duplicate', documentId: twin.documentId });
      expect(scan.reason).toContain('b-twin.txt');
      const sources = (await listSources(db(), twin.documentId as string)).map((s) => basename(s.path));
      expect(sources.sort()).toEqual(['a-scan.pdf', 'b-twin.txt']);
    },
    OCR_MS,
  );
});
