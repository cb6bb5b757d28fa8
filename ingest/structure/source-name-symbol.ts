/**
 * @module ingest/structure/source-name-symbol — the number of a scanned document whose header number the OCR could
 * not read, taken from the file's name. NĐ 30/2020 (Điều 15–16, đăng ký văn bản đi) has the number and date entered
 * at registration, after signing — on the paper copy often by hand, which OCR reads as noise (`Số: số /QĐ-XPVPHC`);
 * records clerks name the scan after the symbol (`QD-26-QD-XPVPHC-…`, `CV-2265-BCT-ATMT-…`). The file name's
 * number is taken only when the rest of the symbol it carries stands in the header's `Số` line, so a name that
 * merely mentions a number (`KH-1105-…` of another plan, a date) never becomes the symbol.
 */
import { fileStem } from '../../core/text/file-name.ts';
import { latinLookalikes } from '../../core/text/lookalikes.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';
import { type CanonicalSymbol, canonicalSymbol } from '../references/canonical.ts';

/** A number in a file name and the upper-case code parts after it: `26-QD-XPVPHC`, `2265-BCT-ATMT`, `69-2025-QH15`. */
const NAMED_NUMBER = /(?<![\p{L}\d])(\d{1,5})((?:[-_. ]+[\p{Lu}\d]+(?![\p{Ll}]))+)/gu;
/** The `Số` word that opens a header's number cell, folded. */
const NUMBER_WORD = /\bso\b/;

/**
 * The symbol a scan's file name gives, checked against the header, or null.
 * @example symbolFromSourceName('QD-26-QD-XPVPHC-2026-xu-phat.pdf', ['Số: số /QĐ-XPVPHC Hà Nội, ngày']) // 26/QĐ-XPVPHC
 */
export function symbolFromSourceName(sourceName: string, headerLines: readonly string[]): CanonicalSymbol | null {
  const base = fileStem(sourceName);
  const lines = headerLines.map((line) => latinLookalikes(line.normalize('NFC')));
  for (const m of base.matchAll(NAMED_NUMBER)) {
    const parts = m[2].split(/[-_. ]+/).filter(Boolean);
    // The longest run of the name's code parts that the header prints (`QD-XPVPHC`, not `QD-XPVPHC-2026`).
    for (let n = parts.length; n >= 1; n--) {
      const code = parts.slice(0, n);
      if (n < 2 && !/\p{L}{3,}/u.test(code[0])) continue;
      if (!code.some((p) => /\p{L}/u.test(p))) continue;
      const printed = printedCode(lines, code);
      if (!printed) continue;
      // Party symbols join number and type with `-` and the issuer with `/` (`1032-CV/TU`); State ones the reverse.
      const raw = printed.includes('/') ? `${m[1]}-${printed}` : `${m[1]}/${printed}`;
      const symbol = canonicalSymbol(raw);
      if (symbol?.number === m[1]) return symbol;
    }
  }
  return null;
}

/** The header's own spelling of `code` (parts joined by `-` or `/`) after a `Số` on the same line. */
function printedCode(lines: readonly string[], code: readonly string[]): string | null {
  const pattern = new RegExp(
    `(?<![A-Z0-9])${code.map((p) => foldKeepingOffsets(p).toUpperCase()).join('\\s*[-/]\\s*')}(?![A-Z0-9])`,
  );
  for (const line of lines) {
    const folded = foldKeepingOffsets(line);
    const at = NUMBER_WORD.exec(folded);
    if (!at) continue;
    const m = pattern.exec(folded.toUpperCase().slice(at.index));
    if (m) return line.slice(at.index + m.index, at.index + m.index + m[0].length).replace(/\s+/g, '');
  }
  return null;
}
