/**
 * @module evals/gold-source-text
 * The text an archive gold was written from, read with the same independent tools its writers used
 * (never vankien's loaders, so a loader bug cannot make a quote look present): a DOCX's raw
 * `word/document.xml` with one line per paragraph and table cells joined by ` | `, a legacy `.doc`
 * through word-extractor's body, a PDF's text layer per page from `pdftotext -layout`, a `.txt` as is.
 * Returns the passages a quote must sit inside — lines, or for a PDF whole pages, since pdftotext
 * breaks lines inside sentences — each NFC with whitespace collapsed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** One member of a ZIP file (a DOCX is one). */
export function zipMember(zip: Buffer, name: string): Buffer {
  const member = unzipSync(zip, { filter: (f) => f.name === name })[name];
  if (member === undefined) throw new Error(`no ${name} in the ZIP file`);
  return Buffer.from(member);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A DOCX body as lines: a line per paragraph, table cells ending in ` | `, tags stripped. */
export function docxLines(xml: string): string[] {
  return xml
    .replace(/<\/w:tc>/g, ' | ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br[^>]*\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? whole),
    )
    .split('\n');
}

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The passages of one archive file a gold quote must fall inside (see the module comment). */
export async function goldPassages(file: string): Promise<string[]> {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  let parts: string[];
  if (ext === 'docx') parts = docxLines(zipMember(readFileSync(file), 'word/document.xml').toString('utf8'));
  else if (ext === 'doc') {
    const WordExtractor = (await import('word-extractor')).default;
    parts = (await new WordExtractor().extract(file)).getBody().split('\n');
  } else if (ext === 'pdf')
    parts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
  else if (ext === 'txt') parts = readFileSync(file, 'utf8').split('\n');
  else throw new Error(`${file}: no gold text reader for .${ext} (docx, doc, pdf, txt)`);
  return parts.map(collapse).filter((p) => p !== '');
}

/** Whether poppler's `pdftotext` can be run here (PDF quotes cannot be checked without it). */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
