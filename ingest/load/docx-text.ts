/**
 * @module ingest/load/docx-text — the text of a DOCX read by mammoth, from its document model: paragraphs as mammoth's
 * raw text writes them (each followed by a blank line), body tables as pipe rows (`| TT | Nhiệm vụ | Cơ quan chủ trì |`,
 * one line per row, the first row the header), layout tables (the NĐ 30/2020 header and signature blocks) cell by
 * cell as before, since the metadata reader reads those blocks as cells.
 */
import { SIGNING_CAPACITY } from '../../core/patterns.ts';
import { foldedForm } from '../../core/text/vietnamese.ts';
import { isProse } from '../structure/paragraphs.ts';

/** The part of mammoth's document element this writer reads (mammoth/lib/documents.js). */
export interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  colSpan?: number;
  rowSpan?: number;
}

/**
 * Lines that make a table a layout block rather than data: the Quốc hiệu and Tiêu ngữ of the header (NĐ 30/2020 Phụ
 * lục I; the Party's `ĐẢNG CỘNG SẢN VIỆT NAM`, HD 36-HD/VPTW) and the `Nơi nhận` beside the signer, folded.
 */
const LAYOUT_CUES =
  /\b(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap tu do hanh phuc|noi nhan)\b/;
/** A header or signature block is a few rows; a table longer than this is data even with a cue in it. */
const LAYOUT_MAX_ROWS = 4;

/** Text as mammoth's `extractRawText` writes it: a paragraph's text then a blank line, breaks dropped, tabs kept. */
function rawText(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  const inner = (element.children ?? []).map(rawText).join('');
  return element.type === 'paragraph' ? `${inner}\n\n` : inner;
}

/**
 * A cell's text on one line, `|` made `/` (it would split the cell): line breaks and tabs as spaces, its paragraphs
 * apart with `;` — a cell's paragraphs are its entries (officers, bodies, tasks), as a list's items would be.
 */
function cellText(cell: DocxElement): string {
  const paragraphs: string[] = [];
  let current = '';
  const walk = (e: DocxElement) => {
    if (e.type === 'text') current += e.value ?? '';
    else if (e.type === 'tab' || e.type === 'break') current += ' ';
    else {
      for (const child of e.children ?? []) walk(child);
      if (e.type === 'paragraph') {
        paragraphs.push(current);
        current = '';
      }
    }
  };
  walk(cell);
  paragraphs.push(current);
  const entries = paragraphs.map((p) => p.replace(/\|/g, '/').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return entries.map((p, i) => (i < entries.length - 1 && !/[.;:,]$/.test(p) ? `${p};` : p)).join(' ');
}

/**
 * The table's rows on its column grid: a cell spanning columns is followed by empty cells, a cell merged down from the
 * row above stands as an empty cell, and every row is padded to the widest.
 */
export function tableGrid(table: DocxElement): string[][] {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow');
  /** Rows still covered, per column, by a cell merged down from above. */
  const covered: number[] = [];
  const grid = rows.map((row) => {
    const out: string[] = [];
    const fillCovered = () => {
      while ((covered[out.length] ?? 0) > 0) {
        covered[out.length]--;
        out.push('');
      }
    };
    for (const cell of row.children ?? []) {
      fillCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      const start = out.length;
      out.push(cellText(cell), ...Array<string>(span - 1).fill(''));
      for (let c = start; c < start + span; c++) covered[c] = Math.max(0, (cell.rowSpan ?? 1) - 1);
    }
    for (let c = out.length; c < covered.length; c++) {
      if ((covered[c] ?? 0) > 0) {
        covered[c]--;
        while (out.length <= c) out.push('');
      }
    }
    return out;
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/**
 * A header or signature block laid out as a table, or a table that is not tabular (one row or one column). A short
 * table above the document's first prose paragraph is its header block, even without the Quốc hiệu (a Phiếu trình's
 * issuer beside its date).
 */
function isLayoutTable(grid: readonly string[][], inHeader: boolean): boolean {
  const width = grid[0]?.length ?? 0;
  if (grid.length < 2 || width < 2) return true;
  if (grid.length > LAYOUT_MAX_ROWS) return false;
  return (
    inHeader ||
    grid.some((row) => row.some((cell) => LAYOUT_CUES.test(foldedForm(cell)) || SIGNING_CAPACITY.test(cell)))
  );
}

/** One line per row with a non-empty cell, then a blank line, as a paragraph ends. */
function pipeRows(grid: readonly string[][]): string {
  const lines = grid.filter((row) => row.some((c) => c)).map((row) => `| ${row.join(' | ')} |`);
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

/**
 * The document's text: mammoth's raw text, except that a data table becomes pipe rows.
 * @example docxText(document) // 'KẾ HOẠCH\n\n| TT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát | Sở Xây dựng |\n\n'
 */
export function docxText(document: DocxElement): string {
  let inHeader = true;
  return (document.children ?? [])
    .map((element) => {
      if (element.type !== 'table') {
        const text = rawText(element);
        if (inHeader && isProse({ text: text.trim(), start: 0, end: 0 })) inHeader = false;
        return text;
      }
      const grid = tableGrid(element);
      return isLayoutTable(grid, inHeader) ? rawText(element) : pipeRows(grid);
    })
    .join('');
}
