/**
 * @module core/text/clean
 * Turns extracted text into clean text: NFC, glyph and control-character repair, page markers
 * dropped, hard line breaks inside sentences joined, runs of spaces collapsed. Every step keeps
 * a map back to the original offsets (see MappedText).
 */
import { startsWithMarker } from '../patterns.ts';
import { MappedText } from './mapped-text.ts';
import { signRepairs } from './ocr-signs.ts';
import { isMostlyUpper } from './vietnamese.ts';

export interface CleanedText {
  /** Repaired but still laid out as extracted: lines and column gaps intact (headers are read here). */
  repaired: MappedText;
  /** Lines joined into paragraphs, one paragraph per line: what clauses and spans index into. */
  clean: MappedText;
}

/** Repair characters without touching layout. */
export function repairText(raw: string): MappedText {
  const repaired = MappedText.from(raw)
    .replace(/\r\n?/g, () => '\n')
    // NFC per base character + its marks, so offsets stay mapped.
    .mapUnits(/\P{M}\p{M}+/gu, (s) => s.normalize('NFC'))
    .replace(/[\u01a3\u01a2]/g, (m) => (m[0] === '\u01a3' ? 'ư' : 'Ư'))
    // Private-use glyphs are bullets from symbol fonts.
    .replace(/[\ue000-\uf8ff]/g, () => '•')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, () => '')
    .replace(/[\u00a0\u2007\u202f]/g, () => ' ')
    // Slash look-alikes an OCR or a font prints in symbols (`1105⁄KH-ĐKT`).
    .replace(/[\u2044\u2215\uff0f]/g, () => '/')
    .replace(/\t/g, () => '   ')
    // Markdown emphasis left by some converters (`**T/M BAN THƯỜNG VỤ`).
    .replace(/\*\*(?=\S)|(?<=\S)\*\*/g, () => '')
    // Page numbers next to a page break, then the break itself.
    .replace(/\f[ ]*(?:-[ ]*)?(?:Trang[ ]+)?\d{1,4}(?:[ ]*\/[ ]*\d{1,4})?(?:[ ]*-)?[ ]*(?=\n)/g, () => '\f')
    .replace(/\n[ ]*(?:-[ ]*)?(?:Trang[ ]+)?\d{1,4}(?:[ ]*\/[ ]*\d{1,4})?(?:[ ]*-)?[ ]*\f/g, () => '\n')
    .replace(/\f/g, () => '\n');
  // OCR look-alikes inside document signs (`105/2025/NĐ.. CP`, `464/QÐ-BCT`), only where the token then parses.
  return repaired.edit(signRepairs(repaired.text));
}

const TABLE_ROW = /^\|.*\|$/u;

/** A table's row as the DOCX reader writes it (`| 1 | CCN Âu Lâu | 50 ha |`), the whole clause or line. */
export function isTableRowText(text: string): boolean {
  return TABLE_ROW.test(text.trim());
}

/** A line with no letter or digit (`-----`, `*`, `___`) separates blocks and never joins. */
function isSeparator(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

interface Layout {
  /** True when the source wraps paragraphs at a fixed width (PDF extractions). */
  wrapped: boolean;
  width: number;
  /** True when blank lines separate paragraphs (not every line, as in double-spaced extractions). */
  blankLinesSeparate: boolean;
}

function measureLayout(lines: string[], gaps: boolean[]): Layout {
  const lengths = lines
    .map((l) => l.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const width = lengths.length ? (lengths[Math.floor(lengths.length * 0.9)] ?? lengths[lengths.length - 1]) : 0;
  const blankShare = gaps.length ? gaps.filter(Boolean).length / gaps.length : 0;
  return { wrapped: width > 0 && width <= 130, width, blankLinesSeparate: blankShare > 0 && blankShare < 0.6 };
}

type Boundary = 'join' | 'join-tight' | 'break';

/** Decide whether the line break between two non-empty lines is inside a sentence. */
export function boundaryBetween(prev: string, next: string, blankBetween: boolean, layout: Layout): Boundary {
  if (isSeparator(prev) || isSeparator(next)) return 'break';
  // A table row written as `| cell | cell |` (DOCX and HTML tables) is a line of its own.
  if (TABLE_ROW.test(prev) || TABLE_ROW.test(next)) return 'break';
  if (startsWithMarker(next)) return 'break';
  if (isMostlyUpper(prev) || isMostlyUpper(next)) return 'break';
  // `31-` + `CTr/TW`: a symbol broken after its dash (a spaced ` -` is a real dash).
  if (/\d[-‐‑–]$/u.test(prev) && /^\p{L}/u.test(next)) return 'join-tight';
  if (/^[\p{Ll},;)]/u.test(next)) return 'join';
  if (/[.!?…:;]["”’)]*$/u.test(prev)) return 'break';
  if (blankBetween && layout.blankLinesSeparate) return 'break';
  if (layout.wrapped && prev.length >= 0.7 * layout.width) return 'join';
  return 'break';
}

const BOUNDARY = /[ ]*\n\s*/g;

/** Join hard-wrapped lines into paragraphs and collapse spaces. */
export function joinLines(repaired: MappedText): MappedText {
  const trimmed = repaired.replace(/^\s+|\s+$/g, () => '').replace(/[ ]{2,}/g, () => ' ');
  const lines = trimmed.text.split(BOUNDARY).map((l) => l.trim());
  const gaps = [...trimmed.text.matchAll(BOUNDARY)].map((m) => /\n\s*\n/.test(m[0]));
  const layout = measureLayout(lines, gaps);
  let k = 0;
  return trimmed
    .replace(BOUNDARY, () => {
      const b = boundaryBetween(lines[k], lines[k + 1] ?? '', gaps[k], layout);
      k++;
      return b === 'join' ? ' ' : b === 'join-tight' ? '' : '\n';
    })
    .replace(/^ | $/gm, () => '');
}

/** The whole cleaning stage. */
export function cleanText(raw: string): CleanedText {
  const repaired = repairText(raw);
  return { repaired, clean: joinLines(repaired) };
}
