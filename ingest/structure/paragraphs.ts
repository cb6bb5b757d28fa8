/** @module ingest/structure/paragraphs — clean text as paragraphs with spans, and the tests on a paragraph both tree builders share. */
import { SIGNING_CAPACITY } from '../../core/patterns.ts';
import { isMostlyUpper } from '../../core/text/vietnamese.ts';

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** One paragraph per line of clean text, with its span. */
export function splitParagraphs(clean: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of clean.split('\n')) {
    if (line.trim()) out.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/** A paragraph this long that is not a heading is prose: the header block has ended. */
export const PROSE_LENGTH = 120;

export function isProse(p: Paragraph): boolean {
  return p.text.length >= PROSE_LENGTH && !isMostlyUpper(p.text);
}

/** `T/M BAN THƯỜNG VỤ`, `TM. CHÍNH PHỦ`, `KT. BỘ TRƯỞNG`: the signature block starts here. */
export function isSignatureLine(text: string): boolean {
  return SIGNING_CAPACITY.test(text.trim()) && isMostlyUpper(text);
}

/** Cells of a `| a | b |` table row; an empty list for a `|---|---|` rule; null for any other line. */
export function tableRow(text: string): { cells: string[] } | null {
  const t = text.trim();
  if (!/^\|.*\|$/u.test(t)) return null;
  if (!/[\p{L}\p{N}]/u.test(t)) return { cells: [] };
  return {
    cells: t
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim()),
  };
}
