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
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** One member of a ZIP file (a DOCX is one), read from the central directory; stored or deflated. */
export function zipMember(zip: Buffer, name: string): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== END_OF_CENTRAL_DIRECTORY) eocd--;
  if (eocd < 0) throw new Error('not a ZIP file (no end of central directory)');
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    if (zip.readUInt32LE(at) !== CENTRAL_ENTRY) break;
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no ${name} in the ZIP file`);
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
