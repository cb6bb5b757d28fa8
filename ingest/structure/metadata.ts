/**
 * @module ingest/structure/metadata
 * Reads a document's metadata from its own text, never from its file name: type, number and
 * symbol (a blank number marks a draft), issuing body (and the body above it), place, date,
 * subject, signer and recipients. A field the text does not carry is null; nothing is guessed
 * from outside the document. Layout (pipe tables, DOCX cells, side-by-side columns) is absorbed
 * by `header-cells`; OCR slips in fixed words by `header-words`.
 */
import {
  NUMERIC_DATE,
  TYPE_NAMES as SELF_NAMED,
  SIGNING_CAPACITY,
  startsWithMarker,
  typeName,
} from '../../core/patterns.ts';
import { restoreCapitalAccents } from '../../core/text/ocr-accents.ts';
import { ocrForm, ocrStartsWith } from '../../core/text/ocr-tolerant.ts';
import { latinLookalikes } from '../../core/text/lookalikes.ts';
import { looksGarbled, MIN_WELL_FORMED, readsAsVietnamese, textQuality } from '../../core/text/text-quality.ts';
import { canonicalTones, foldedForm, isMostlyUpper, sentenceCase } from '../../core/text/vietnamese.ts';
import type { DocumentMetadata, DocumentType, PartialDate, Signer } from '../../core/types.ts';
import { canonicalSymbol, findSymbol as findSymbolIn } from '../references/canonical.ts';
import { type Cell, toCells } from './header-cells.ts';
import {
  bodyHeadOf,
  isMotto,
  splitAtMotto,
  isNumberCell,
  NUMBER_CELL,
  isSignerTitle,
  recipientsCue,
  splitSignerTitle,
  titleLineType,
} from './header-words.ts';
import { findIssuer, prettyBody } from './issuer-block.ts';
import { isoDate, parsePlaceDate, splitSubjectFromPlaceDate } from './place-date.ts';
import { findRepresentative, findSigner, isPersonalName } from './signer-block.ts';

export { findSigner } from './signer-block.ts';
export { parsePlaceDate } from './place-date.ts';
export { prettyBody } from './issuer-block.ts';

export interface MetadataInput {
  /** Lines of the header block as laid out (column gaps intact). */
  headerLines: string[];
  /** Lines of the closing block (recipients, signature) as laid out. */
  closingLines: string[];
  /** Opening prose paragraphs of the clean text (where "X yêu cầu", "X ban hành" name the issuer). */
  openingParagraphs: string[];
  /** The whole clean text, for self-references ("Công văn này"). */
  cleanText: string;
  /** Every line of the document as laid out: where the header is read when the clause tree cut it short, and the signature when the closing block holds none. */
  layoutLines?: string[];
}

/** Lines at the end of a text where a Biên bản's parties sign. */
const REPRESENTATIVE_TAIL = 60;

/** Lines read as the header at most: a header never runs longer. */
const HEADER_MAX_LINES = 80;

/** Where the body begins: the header zone ends before it. */
const BODY_OPENING =
  /^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Hôm nay|Vào hồi|Nhằm|Để |Sau khi|Trên cơ sở|Ngày \d|Điều 1\b|Chương [IVX1]+\b|Phần (?:thứ|I)\b)/iu;

function isBodyOpening(text: string): boolean {
  // A body paragraph opens with a capital; a line in lower case (`thực hiện Nghị quyết số 57-NQ/TW …`
  // under `CHƯƠNG TRÌNH HÀNH ĐỘNG`, HD 36-HD/VPTW) runs on the trích yếu.
  if (/^\p{Ll}/u.test(text)) return false;
  // A long all-caps line is a subject set in capitals (`KẾT QUẢ KIỂM TRA … TẠI XÃ MƯỜNG BO`), never body prose.
  return BODY_OPENING.test(text) || (text.length > 260 && !isMostlyUpper(text));
}

/** What a blank number leaves before the code: `Số:    /KH-UBND`, `Số -CTr/TU`, `Số: …/QĐ-SCT`. */
const BLANK_NUMBER = /^[\s.…_]*[-‐‑–—/]\s*([A-Za-zĐđ]{1,8})/u;

interface SymbolCell {
  cell: Cell;
  symbol: string | null;
  number: string | null;
  type: DocumentType | null;
  draft: boolean;
}

function readSymbolCell(cell: Cell): SymbolCell | null {
  const m = NUMBER_CELL.exec(cell.text);
  if (!m || !isNumberCell(cell.text)) return null;
  // OCR reads digits of the number as look-alike letters (`II /2026/QĐ-UBND`) and doubles slashes.
  const rest = m[1]
    .replace(/^[\sIl|O0-9]+(?=\s*\/)/u, (n) => n.replace(/[Il|]/g, '1').replace(/O/g, '0').replace(/\s+/g, ''))
    .replace(/\/{2,}/g, '/');
  if (/^[\s.…_]*$/.test(rest)) return { cell, symbol: null, number: null, type: null, draft: true };
  const blank = BLANK_NUMBER.exec(rest);
  if (blank) {
    const parsed = canonicalSymbol(rest);
    return { cell, symbol: null, number: null, type: parsed?.type ?? null, draft: true };
  }
  const found = findSymbolIn(rest);
  if (!found || found.start > 3) return null;
  const { canonical } = found;
  return { cell, symbol: canonical.symbol, number: canonical.number, type: canonical.type, draft: false };
}

/**
 * `ĐOÀN KIỂM TRA` / `THEO QUYẾT ĐỊNH` / `SỐ 1050/QĐ-SCT`, `(Thành lập theo Quyết định số …)`: a body set
 * up for one task (a team, a council) prints the decision that founded it under its name. That
 * number is the founding decision's, not the document's.
 */
const FOUNDED_BY = /(?:^|\()\s*(?:(?:duoc\s+)?thanh lap\s+)?theo\s+(?:quyet dinh|qd)\b/u;

function isFoundingNumber(cells: Cell[], i: number): boolean {
  const own = foldedForm(cells[i].text);
  if (FOUNDED_BY.test(own)) return true;
  const before = cells
    .slice(0, i)
    .reverse()
    .find((c) => c.column === cells[i].column || c.line < cells[i].line);
  return before !== undefined && before.line >= cells[i].line - 1 && FOUNDED_BY.test(foldedForm(before.text));
}

/**
 * `Số: 24 /HDLN-BCA-BQP-BYT-` … `BCT-BTC-VKSNDTC-TANDTC`: a joint document's long code wraps in the narrow
 * left column after a `-` or `/`. Its run-on is the next cell made of codes and joiners only (no word, no
 * space) among the next few cells: a text without layout sets the right column's cells (the date, a body) between.
 */
const CODE_RUN = /^[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)+$/u;
/** Cells looked at for the run-on: the place–date and a body line or two may come first. */
const WRAP_CELLS = 4;

function withWrappedCode(cells: Cell[], i: number): Cell {
  const cell = cells[i];
  if (!/[-/]$/.test(cell.text)) return cell;
  const next = cells.slice(i + 1, i + 1 + WRAP_CELLS).find((c) => CODE_RUN.test(c.text));
  return next ? { ...cell, text: cell.text + next.text } : cell;
}

function findSymbolCell(cells: Cell[]): SymbolCell | null {
  for (const [i, cell] of cells.entries()) {
    const s = readSymbolCell(withWrappedCode(cells, i));
    // The header's own cell, not the joined copy: the title is looked for after it.
    if (s && !isFoundingNumber(cells, i)) return { ...s, cell };
  }
  // No `Số`: a short cell that is a symbol and little else (`1178/DCK-CTT` under the issuer).
  for (const cell of cells.slice(0, 12)) {
    const found = findSymbolIn(cell.text);
    if (found?.canonical.number && cell.text.length <= found.end - found.start + 6 && found.start <= 3) {
      const { canonical } = found;
      return { cell, symbol: canonical.symbol, number: canonical.number, type: canonical.type, draft: false };
    }
  }
  return null;
}

interface TitleCell {
  index: number;
  type: DocumentType;
  rest: string;
}

/** The type's title line: the first cell naming a type by itself, else the first starting with one. */
function findTitleCell(cells: Cell[], symbolCell: Cell | null): TitleCell | null {
  let prefix: TitleCell | null = null;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i].text;
    if (cells[i] === symbolCell || isMotto(text) || isNumberCell(text)) continue;
    const t = titleLineType(text);
    if (!t) continue;
    if (t.exact) return { index: i, type: t.type, rest: '' };
    if (!prefix && !bodyHeadOf(text)) prefix = { index: i, type: t.type, rest: t.rest };
  }
  return prefix;
}

/** `GIÁM ĐỐC SỞ CÔNG THƯƠNG LÀO CAI`, `ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM`: who acts, printed under the subject. */
function isAuthorityLine(text: string, issuer: string | null): boolean {
  if (!isMostlyUpper(text)) return false;
  if (isSignerTitle(text) || splitSignerTitle(text)?.rest) return true;
  const head = bodyHeadOf(text);
  if (!head) return false;
  if (issuer && ocrForm(text).includes(ocrForm(issuer))) return true;
  return (
    head.kind === 'party' ||
    ['Chính phủ', 'Quốc hội', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Thủ tướng Chính phủ'].includes(head.head)
  );
}

function isPlaceDate(cell: string): boolean {
  return parsePlaceDate(cell) !== null;
}

const ABOUT_LINE = /^(?:V\/v|V\/V|Về việc|Vv\b)/u;
const ANNEX_CAPTION = /^\(\s*(?:Ban hành\s+)?kèm theo\s/iu;

/**
 * A Giấy (phép, chứng nhận, đề nghị, mời …, NĐ 30/2020 Phụ lục III) has no trích yếu of its own: when the
 * subject runs on from the type's words on one line (`GIẤY ĐỀ NGHỊ CẤP GIẤY PHÉP`), the whole line names it.
 */
function namedAsGiay(type: DocumentType): boolean {
  return typeName(type)?.startsWith('Giấy') === true;
}

function findTitle(
  cells: Cell[],
  title: TitleCell | null,
  symbol: SymbolCell | null,
  issuer: string | null,
): string | null {
  const parts: string[] = [];
  const stops = (c: Cell) => isBodyOpening(c.text) || recipientsCue(c.text) !== null || startsWithMarker(c.text);
  if (title) {
    if (title.rest)
      parts.push(namedAsGiay(title.type) ? `${typeName(title.type)?.toUpperCase()} ${title.rest}` : title.rest);
    for (const [k, c] of cells.slice(title.index + 1).entries()) {
      const subject = k === 0 && isSubjectAfterType(c, cells[title.index]);
      if ((!subject && stops(c)) || (parts.length && isAuthorityLine(c.text, issuer))) break;
      // `(Kèm theo Nghị định số …)`, `(Ban hành kèm theo …)`: an annex's caption names the parent, not the subject.
      if (parts.length && ANNEX_CAPTION.test(c.text)) break;
      if (isMotto(c.text) || isPlaceDate(c.text) || isNumberCell(c.text)) continue;
      // `CỦA BỘ CHÍNH TRỊ`, `CỦA BAN CHẤP HÀNH …` qualify the issuer, not the subject.
      if (/^CỦA\s/u.test(c.text) && isMostlyUpper(c.text)) continue;
      if (!parts.length && isAuthorityLine(c.text, issuer)) break;
      parts.push(c.text);
      if (parts.join(' ').length > 400 || parts.length >= 6) break;
    }
  }
  if (!parts.length) {
    const about = cells.findIndex((c) => ABOUT_LINE.test(c.text));
    if (about >= 0) {
      parts.push(cells[about].text);
      // A subject wrapped in a narrow column runs on over short lines, whatever their first letter.
      const wrapped = cells[about].text.length < 60;
      for (const c of cells.slice(about + 1)) {
        if (isMotto(c.text) || isPlaceDate(c.text) || isNumberCell(c.text)) continue;
        const runsOn = /^\p{Ll}/u.test(c.text) || (wrapped && c.text.length < 60 && !isMostlyUpper(c.text));
        if (stops(c) || !runsOn || parts.length >= 6) break;
        parts.push(c.text);
      }
    }
  }
  if (!parts.length && symbol) {
    // A Công văn's subject under its number, in the left column (a table cell in DOCX).
    for (const c of cells.slice(cells.indexOf(symbol.cell) + 1)) {
      if (stops(c)) break;
      if (isMotto(c.text) || isPlaceDate(c.text) || isMostlyUpper(c.text)) {
        if (parts.length) break;
        continue;
      }
      parts.push(c.text);
      if (parts.join(' ').length > 300) break;
    }
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text || null;
}

/**
 * A cover page's heading (`THUYẾT MINH` / `ĐIỀU CHỈNH QUY HOẠCH …` under the issuing body): a
 * document that is none of the typed genres still names itself in capitals under its issuer.
 * Read only when the header has no type line, no number and no V/v; null when none.
 */
function coverHeading(cells: Cell[]): string | null {
  const start = cells.findIndex(
    (c, i) =>
      i > 0 &&
      bodyHeadOf(cells[i - 1].text) !== null &&
      // Set wholly in capitals: a stamp's or a scan's noise beside a heading is not.
      isMostlyUpper(c.text) &&
      !/\p{Ll}/u.test(c.text) &&
      !bodyHeadOf(c.text) &&
      !isMotto(c.text) &&
      !isPlaceDate(c.text) &&
      !isNumberCell(c.text),
  );
  if (start < 0) return null;
  const parts = [cells[start].text];
  for (let i = start + 1; i < cells.length && parts.length < 6; i++) {
    const c = cells[i];
    if (c.line - cells[i - 1].line > 2 || !isMostlyUpper(c.text) || bodyHeadOf(c.text) || isPlaceDate(c.text)) break;
    parts.push(c.text);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** `Ban Thường vụ Tỉnh ủy yêu cầu`, `Ban Chấp hành Đảng bộ thành phố ban hành`: the issuer acting in the text. */
const ACTING_BODY =
  /(Ban Thường vụ(?: (?:Tỉnh|Thành|Huyện|Quận|Thị) ủy)?|Ban Chấp hành Đảng bộ (?:tỉnh|thành phố|huyện|quận)|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Ủy ban nhân dân (?:tỉnh|thành phố|huyện|quận)|Thường trực (?:Tỉnh|Thành|Huyện) ủy)\s+(?:yêu cầu|ban hành|chỉ thị|quyết định|kết luận|đề nghị)/u;

function actingIssuer(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    const m = ACTING_BODY.exec(canonicalTones(p));
    if (m) return m[1];
  }
  return null;
}

/**
 * The body in an authority line (`GIÁM ĐỐC SỞ CÔNG THƯƠNG LÀO CAI` → `Sở Công Thương Lào Cai`), or a
 * body line under the title (a certificate's `SỞ CÔNG THƯƠNG TỈNH LÀO CAI` / `CHỨNG NHẬN`).
 */
function authorityBody(cells: Cell[], titleAt: number): string | null {
  for (const [i, c] of cells.entries()) {
    const split = splitSignerTitle(c.text);
    if (split?.rest && bodyHeadOf(split.rest)) return prettyBody(split.rest).name;
    if (i > titleAt && titleAt >= 0 && isMostlyUpper(c.text) && bodyHeadOf(c.text) && !titleLineType(c.text)) {
      return prettyBody(c.text).name;
    }
  }
  return null;
}

function selfNamedType(cleanText: string): DocumentType | null {
  // "Chỉ thị này", "Công văn này": a document names its own type when it refers to itself.
  const folded = foldedForm(cleanText);
  let best: { type: DocumentType; n: number } | null = null;
  for (const t of SELF_NAMED) {
    for (const name of t.folded) {
      const n = folded.split(`${name} nay`).length - 1;
      if (n > 0 && (!best || n > best.n)) best = { type: t.type, n };
    }
  }
  return best?.type ?? null;
}

/**
 * Recipients a converter or an OCR printed on one line (`Nơi nhận:- Ban Bí thư;- Quốc hội;- Lưu: VT.`,
 * `Kính gửi: Sở Xây dựng; Sở Tài chính; UBND các xã.`): NĐ 30/2020 Phụ lục I mục 9 sets one
 * recipient a line, closed by `;` (`,` in HD 36-HD/VPTW), so a bullet after a separator, or a `;`
 * before a capital, opens the next. Commas inside one recipient (`Các quận ủy, huyện ủy`) stay.
 */
function splitRecipients(line: string): string[] {
  return line.split(/\s*[;,]\s*[-–+•]\s*|;\s*(?=\p{Lu})/u).filter((r) => r.trim());
}

function findRecipients(cells: Cell[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const { text } of cells) {
    if (recipientsCue(text)) {
      open = true;
      const rest = text.slice(text.indexOf(':') + 1).trim();
      if (rest && text.includes(':')) out.push(rest);
      continue;
    }
    if (!open) continue;
    // In a two-column layout the signature stands beside the list: skip it, keep reading.
    if (SIGNING_CAPACITY.test(text) || isSignerTitle(text) || isPersonalName(text)) continue;
    if (/^[-–+•]/.test(text)) out.push(text.replace(/^[-–+•]\s*/, ''));
    else if (/^\p{Ll}/u.test(text) && out.length) out[out.length - 1] += ` ${text}`;
    else if (text.length > 150) open = false;
  }
  return [
    ...new Set(
      out
        .flatMap(splitRecipients)
        .map((r) =>
          r
            .replace(/^-\s*/, '')
            .replace(/[,;.]+$/, '')
            .trim(),
        )
        .filter(Boolean),
    ),
  ];
}

/**
 * `KẾ HOẠCH` / `Thực hiện Đề án số 08 về …`: a plan's or programme's trích yếu opens with the
 * words a body paragraph also opens with; right under the type's name, short and without a
 * sentence's closing mark, it is the subject (NĐ 30/2020 Phụ lục I mục 5; HD 36-HD/VPTW). Any
 * other line there that opens no body (`Phê duyệt phương án nổ mìn thi công gói thầu số 13: …`)
 * is the subject however long it runs.
 */
function isSubjectAfterType(cell: Cell, before: Cell): boolean {
  if (titleLineType(before.text)?.exact !== true || /[.;:,]$/.test(cell.text)) return false;
  if (/^Thực hiện\s/u.test(cell.text)) return cell.text.length <= 160;
  return !BODY_OPENING.test(cell.text) && cell.text.length <= 500;
}

/**
 * A header table a converter moved away from the top (tables printed after the paragraphs): the
 * row holding the Quốc hiệu or the Party's name beside a body, and the rows under it. Only read
 * when the top of the text carries no motto — every State and Party document prints one.
 */
function movedHeader(lines: string[]): Cell[] | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = toCells([lines[i]]);
    const motto = cells.findIndex((c) => isMotto(c.text));
    if (motto > 0 && bodyHeadOf(cells[0].text) && isMostlyUpper(cells[0].text)) {
      return headerZone(lines.slice(i, i + 6)).zone.map((c) => ({ ...c, line: c.line + i }));
    }
  }
  return null;
}

/**
 * The receiving office's stamp on a scan (NĐ 30/2020 Phụ lục IV, mẫu dấu "ĐẾN": `ĐẾN Số: … Ngày: … Chuyển: …
 * Lưu hồ sơ số: …`, or `CÔNG VĂN ĐẾN`): its number and date are the register's, not the document's. Folded.
 */
const STAMP_OPENING = /^(?:(?:cong van|van ban) )?den(?:\s*$|\s+so\b)/u;
const STAMP_FIELD =
  /^(?:den\s+)?(?:so\s*:?[\d\s.…_]*|ngay\s*:?[\d\s/.…_-]*(?:gio\b.*)?|gio\b.*|chuyen\s*:.*|luu ho so\b.*)$/u;
/** Cells a stamp holds after its opening. */
const STAMP_CELLS = 4;

/** `cells` without a received stamp's: its opening and the stamp's fields right after it. */
function withoutReceivedStamp(cells: Cell[]): Cell[] {
  const stamp = new Set<number>();
  const folded = cells.map((c) => foldedForm(c.text));
  folded.forEach((text, i) => {
    if (!STAMP_OPENING.test(text)) return;
    stamp.add(i);
    for (let k = i + 1; k < Math.min(cells.length, i + 1 + STAMP_CELLS); k++) {
      if (STAMP_FIELD.test(folded[k])) stamp.add(k);
    }
  });
  return stamp.size ? cells.filter((_, i) => !stamp.has(i)) : cells;
}

/** The header zone: cells from the top to the first cell that opens the body. */
function headerZone(lines: string[]): { zone: Cell[]; after: Cell[] } {
  const split = toCells(lines.slice(0, HEADER_MAX_LINES)).flatMap((c) =>
    // `Số: 12/КН-UBND` with Cyrillic К, Н: a symbol and header words in Latin letters, whatever the text layer says.
    splitAtMotto(latinLookalikes(c.text))
      .flatMap(splitSubjectFromPlaceDate)
      .map((text, k) => ({ ...c, text, column: c.column + k })),
  );
  // A bare `Số:` with the number in the next cell of its line (a draft's gap, a table cell).
  const cells: Cell[] = [];
  for (const c of split) {
    const last = cells[cells.length - 1];
    if (last && last.line === c.line && /^S[ốỐoO6]\s*:?$/u.test(last.text) && /^[-–/\d.…_]/u.test(c.text)) {
      cells[cells.length - 1] = { ...last, text: `${last.text} ${c.text}` };
    } else cells.push(c);
  }
  return zoneOf(withoutReceivedStamp(cells));
}

function zoneOf(cells: Cell[]): { zone: Cell[]; after: Cell[] } {
  const end = cells.findIndex((c, i) => i > 0 && isBodyOpening(c.text) && !isSubjectAfterType(c, cells[i - 1]));
  if (end < 0) return { zone: cells, after: [] };
  // A Biên bản dates itself in its opening (`Hôm nay, ngày …`), which may follow a wrapped paragraph.
  const opening = cells.slice(end + 3, end + 12).filter((c) => /^(?:Hôm nay|Vào hồi|Vào lúc)\b/iu.test(c.text));
  return { zone: cells.slice(0, end), after: [...cells.slice(end, end + 3), ...opening] };
}

/** The organisation's digital signature stamp: `Thời gian ký: 02.04.2026 14:24:26 +07:00` (NĐ 30/2020 Phụ lục I mục II). */
const SIGNED_AT = /thoi gian ky\s*:?\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})/u;

/**
 * The issue date from the signature stamp, when the printed date is unreadable or blank (a scan's
 * noise, `ngày0) thángh`): the body signs when it issues. It must agree with what was printed.
 */
function signedOn(lines: string[], printed: PartialDate | null): PartialDate | null {
  for (const line of lines) {
    const m = SIGNED_AT.exec(foldedForm(line));
    if (!m) continue;
    const date = isoDate(m[3], m[2], m[1]);
    return isFullDate(date) && (!printed || date.startsWith(printed)) ? date : null;
  }
  return null;
}

/**
 * The lines from the last `Nơi nhận` on: the recipients and the signature beside them close every
 * State and Party document (NĐ 30/2020 Phụ lục I mục 7–8; HD 36-HD/VPTW), whatever layout carries
 * them — a Markdown row (`| Nơi nhận:<br>- Như trên; | KT. GIÁM ĐỐC<br>…<br>Hoàng Văn Thuân |`)
 * the clause tree does not read as a closing block. Empty when no line names the recipients.
 */
function afterLastRecipients(lines: string[]): string[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (toCells([lines[i]]).some((c) => recipientsCue(c.text) === 'Nơi nhận')) return lines.slice(i, i + 40);
  }
  return [];
}

/**
 * A licence, a certificate or a minutes printed without a place–date in its header states it above
 * the signature instead (the forms of NĐ 30/2020 Phụ lục III): the few lines before the last
 * `Nơi nhận`. Null when none.
 */
function placeDateAboveSignature(lines: string[]): { place: string | null; date: PartialDate | null } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!toCells([lines[i]]).some((c) => recipientsCue(c.text) === 'Nơi nhận')) continue;
    const above = lines.slice(Math.max(0, i - 4), i).filter((l) => l.trim());
    return (
      toCells(above.slice(-2))
        .map((c) => parsePlaceDate(c.text))
        .find(Boolean) ?? null
    );
  }
  return null;
}

/** The line the body opens on: a short letter's signature may stand before line 20. */
function bodyLine(after: Cell[]): number {
  return after[0]?.line ?? Number.POSITIVE_INFINITY;
}

function isFullDate(date: PartialDate | null): boolean {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/**
 * A field read from a garbled cell (a broken font, a poor OCR): null rather than garbage. In a text
 * that does not read as Vietnamese as a whole (an OCR made without Vietnamese: `Hd NAi`, `Cdng Thucrng`),
 * a field must also be spelled in well-formed syllables.
 */
function readable(value: string | null, garbled: boolean): string | null {
  if (value === null || !readsAsVietnamese(value)) return null;
  return !garbled || textQuality(value).wellFormed >= MIN_WELL_FORMED ? value : null;
}

/** `PHÓ GIÁM ĐÓC ; ||`: a scan's noise after a signer's title is no part of it. */
function withoutTrailingNoise(text: string | null): string | null {
  return text === null ? null : text.replace(/(?:\s*[^\p{L}\d\s().]+)+\s*$/u, '').trim() || null;
}

/**
 * `Hoàng Văn Thuân` / `PHÓ GIÁM ĐỐC` / `SỞ CÔNG THƯƠNG LÀO CAI`: a team's head signs with the office and body
 * they hold (HD 36-HD/VPTW, NĐ 30/2020 Phụ lục I mục 8). When an OCR loses the name under a stamp and reads
 * the body's line without accents (`SƠ CÔNG THƯƠNG LAO CAI`), that line is a body of the header, not a name.
 */
function isHeaderBody(name: string, bodies: ReadonlyArray<string | null>): boolean {
  return isMostlyUpper(name) && bodies.some((b) => b !== null && ocrStartsWith(name, b) > 0);
}

function readableSigner(signer: Signer | null, garbled: boolean): Signer | null {
  if (!signer) return null;
  const out = {
    capacity: readable(withoutTrailingNoise(signer.capacity), garbled),
    title: readable(withoutTrailingNoise(signer.title), garbled),
    name: readable(signer.name, garbled),
  };
  return out.capacity || out.title || out.name ? out : null;
}

/** All metadata fields the text carries; a field read from a cell that does not read as Vietnamese is null. */
export function extractMetadata(input: MetadataInput): DocumentMetadata {
  const meta = readMetadata(input);
  const garbled = looksGarbled(input.cleanText);
  return {
    ...meta,
    issuer: readable(meta.issuer, garbled),
    parentIssuer: readable(meta.parentIssuer ?? null, garbled),
    place: readable(meta.place, garbled),
    // A scan's heading with squeezed marks (`CÁP GIÁY PHÉP`) is read back before it is judged.
    title: readable(meta.title === null ? null : restoreCapitalAccents(meta.title), garbled),
    signer: readableSigner(meta.signer, garbled),
  };
}

function readMetadata(input: MetadataInput): DocumentMetadata {
  const source = input.layoutLines?.length ? input.layoutLines : input.headerLines;
  const { zone, after } = headerZone(source);
  const topSymbol = findSymbolCell(zone);
  const title = findTitleCell(zone, topSymbol?.cell ?? null);
  // Neither motto, nor number, nor issuing body at the top: the header table was moved.
  const moved =
    topSymbol || zone.some((c) => isMotto(c.text)) || findIssuer(zone, title ? zone[title.index].line : Infinity)
      ? null
      : movedHeader(source);
  const symbol = topSymbol ?? (moved ? findSymbolCell(moved) : null);
  const placeDate =
    [...zone, ...after].map((c) => parsePlaceDate(c.text)).find(Boolean) ??
    moved?.map((c) => parsePlaceDate(c.text)).find(Boolean) ??
    placeDateAboveSignature(source) ??
    null;
  const titleLine = title ? zone[title.index].line : Number.POSITIVE_INFINITY;
  const symbolLine = symbol && !moved ? symbol.cell.line : Number.POSITIVE_INFINITY;
  const header = findIssuer(zone, Math.min(titleLine, symbolLine + 1)) ?? (moved ? findIssuer(moved, Infinity) : null);
  const signer =
    findSigner(input.closingLines) ??
    (input.layoutLines
      ? findSigner(input.layoutLines.slice(Math.min(HEADER_MAX_LINES / 4, bodyLine(after))), { titleOnly: 'strict' })
      : null) ??
    findSigner(afterLastRecipients(source)) ??
    // A Biên bản signed by its parties, at the end of the text.
    (title?.type === 'BB' ? findRepresentative(source.slice(-REPRESENTATIVE_TAIL)) : null);
  const issuer =
    header?.name ??
    authorityBody(zone, title?.index ?? -1) ??
    actingIssuer(input.openingParagraphs) ??
    // `TM. ỦY BAN NHÂN DÂN`, `T/M BAN THƯỜNG VỤ`: one signs on behalf of the issuing collective. A Biên bản's
    // `ĐẠI DIỆN` names a party to the minutes, `KT.`/`TL.` an office: neither is the issuer.
    (signer?.capacity && /^(?:TM\.|T\/M)\s/u.test(signer.capacity)
      ? sentenceCase(
          signer.capacity.replace(/^\S+\s+/, '').replace(/\s+(?:(?:KT|TL|Q|TUQ)\.|K\/T|T\/L|T\/UQ)\s.*$/, ''),
        )
      : null);
  const signerName =
    signer?.name && isHeaderBody(signer.name, [issuer, header?.parent ?? null]) ? null : (signer?.name ?? null);
  const about = zone.some((c) => ABOUT_LINE.test(c.text));
  const cover = !title && !symbol && !about ? coverHeading(zone) : null;
  // A cover heading names a genre outside the list of types: "X này" in the body cites others. So
  // does a text with no header at all (a guide, an extract): its "Nghị định này" quotes the decree
  // it explains. Every State and Party document prints a motto, a body, a number or a date on top.
  const headed = header !== null || symbol !== null || placeDate !== null || zone.some((c) => isMotto(c.text));
  const type =
    title?.type ??
    symbol?.type ??
    (about ? 'CV' : null) ??
    (cover || !headed ? null : selfNamedType(input.cleanText)) ??
    (zone.some((c) => recipientsCue(c.text) === 'Kính gửi') ? 'CV' : null);
  const printed = placeDate && isFullDate(placeDate.date) ? placeDate.date : null;
  const date = printed ?? signedOn(source, placeDate?.date ?? null);
  return {
    type,
    symbol: symbol?.symbol ?? null,
    symbolInferred: false,
    number: symbol?.number ?? null,
    issuer,
    parentIssuer: header?.parent ?? null,
    draft: symbol?.draft ?? false,
    place: placeDate?.place ?? header?.place ?? null,
    // NĐ 30/2020: a date with a blank day (`ngày   tháng 4 năm 2026`) is an unsigned draft's, not a
    // signing date; it is kept apart so nothing takes it for the date of issue.
    date,
    partialDate: !date && placeDate?.date && !isFullDate(placeDate.date) ? placeDate.date : null,
    title: cover ?? findTitle(zone, title, symbol, issuer),
    signer: signer && { ...signer, name: signerName },
    recipients: findRecipients([...zone, ...toCells(input.closingLines)]),
  };
}

/** Dates cited as `ngày 15/11/2004`. */
export function parseNumericDate(text: string): PartialDate | null {
  const m = NUMERIC_DATE.exec(text);
  return m ? isoDate(m[3], m[2], m[1]) : null;
}
