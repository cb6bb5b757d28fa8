/**
 * @module ingest/structure/header-cells
 * Splits laid-out text into cells: a line of a two-column header (`pdftotext -layout`) holds the
 * issuer on the left and the motto on the right, separated by a wide gap. Metadata is read from
 * cells, so the same rules serve one-column, two-column and out-of-order headers.
 */

export interface Cell {
  text: string;
  /** Index of the source line, so callers can keep reading order and stop at a boundary. */
  line: number;
}

/** Cells of each line, in reading order; blank lines yield nothing. */
export function toCells(lines: string[]): Cell[] {
  const cells: Cell[] = [];
  lines.forEach((line, i) => {
    // A draft's blank day or month leaves a wide gap inside the date: it is not a column gap.
    const joined = line.replace(/ngày[\s\d.…_]*tháng[\s\d.…_]*năm/gu, (m) => m.replace(/\s+/g, ' '));
    for (const part of joined.split(/\s{3,}/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (text) cells.push({ text, line: i });
    }
  });
  return cells;
}
