/**
 * @module ingest/structure/header-cells
 * Splits laid-out header and closing text into cells, whatever produced it: a two-column header of
 * `pdftotext -layout` (columns apart by a wide gap or a tab), a Markdown pipe table (`| UBND TỈNH
 * LÀO CAI | CỘNG HÒA … |`, `<br>` inside a cell), DOCX table cells one per paragraph, emphasis
 * markers (`*Lào Cai, ngày …*`, `**QUYẾT ĐỊNH**`), rules (`-------`, `___`) and cell texts a
 * converter glued together (`VIỆT NAMĐộc lập`). Metadata is read from cells, so one set of rules
 * serves every layout.
 */

export interface Cell {
  text: string;
  /** Index of the source line, so callers can keep reading order and stop at a boundary. */
  line: number;
  /** Index of the cell within its line (0 = leftmost). */
  column: number;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** A draft's blank day or month leaves a wide gap inside the date: it is not a column gap. */
const DATE_GAPS = /ngày[\s\d.…_]*tháng[\s\d.…_]*năm/gu;
/** Signing capacities a converter glued to the text before them (`CHÍNH PHỦKT. THỦ TƯỚNG`, `BAN THƯỜNG VỤK/T BÍ THƯ`). */
const GLUED_CAPACITY = /(?<=\p{Lu})(?=(?:KT|TM|TL|TUQ|Q)\.\s|(?:K\/T|T\/[LM])\s)/gu;
/** A capitalized line glued to the next, mixed-case one (`VIỆT NAMĐộc lập`, `THỦ TƯỚNGBùi Thanh Sơn`). */
const GLUED_LINE = /(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu;

/** Emphasis and heading marks around a cell's text, and a trailing rule (`CHÍNH PHỦ-------`). */
function stripMarks(text: string): string {
  return text
    .replace(/(?:undefined)+/g, ' ') // word-extractor prints fields it cannot render as "undefined"
    .replace(/^#{1,6}\s+/, '')
    .replace(/(^|[\s(])(?:\*{1,3}|_{1,3})(?=[^\s*_])/gu, '$1')
    .replace(/(?<=[^\s*_])(?:\*{1,3}|_{1,3})(?=[\s),.:;]|$)/gu, '')
    .replace(/\s*[-–—_=*.]{3,}\s*$/u, '')
    .replace(/^\s*[-–—_=*]{3,}\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function partsOf(line: string): string[] {
  if (PIPE_ROW.test(line)) {
    if (PIPE_RULE.test(line)) return [];
    return line
      .trim()
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.replace(/<br\s*\/?>/giu, '\n'));
  }
  // A table some converters print as `cell | cell` without the outer pipes.
  return line.replace(DATE_GAPS, (m) => m.replace(/\s+/g, ' ')).split(/\t+|\s{3,}|\s\|\s/);
}

/** Cells of each line, in reading order; blank lines and bare rules yield nothing. */
export function toCells(lines: string[]): Cell[] {
  const cells: Cell[] = [];
  lines.forEach((line, i) => {
    partsOf(line).forEach((part, column) => {
      for (const piece of part.split('\n')) {
        for (const glued of piece.replace(GLUED_CAPACITY, '\n').replace(GLUED_LINE, '\n').split('\n')) {
          const text = stripMarks(glued);
          if (/[\p{L}\d]/u.test(text)) cells.push({ text, line: i, column });
        }
      }
    });
  });
  return cells;
}
