/**
 * @module ingest/structure/issuer-block
 * The issuing body from the top-left block of a header. A block may stack bodies: `BỘ CÔNG THƯƠNG`
 * over `CỤC HÓA CHẤT`, `UBND TỈNH LÀO CAI` over `SỞ CÔNG THƯƠNG`, `ĐẢNG BỘ TỈNH …` over `ĐẢNG ỦY …`.
 * The lower body issues; the one above is kept as its parent. A line opens a body when it starts
 * with a head noun (open class: `Cục`, `Chi cục`, `Ban Quản lý`, `Công ty` … from
 * `core/lexicon/body-heads.json`) and continues the body above when that one is a bare head
 * (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG NAM`) or the line names a level and place.
 */
import { canonicalTones, isMostlyUpper, sentenceCase, titleCase } from '../../core/text/vietnamese.ts';
import { ocrForm } from '../../core/text/ocr-tolerant.ts';
import { FIELD_NAMES } from '../facts/body-lexicon.ts';
import type { Cell } from './header-cells.ts';
import {
  bodyHeadOf,
  expandBodyAbbreviations,
  expandedWords,
  isMotto,
  isNumberCell,
  titleLineType,
} from './header-words.ts';

export interface IssuerBlock {
  /** The issuing body (the lowest of the block). */
  name: string;
  /** The bodies above it, top first, joined (`Bộ Công Thương`), or null. */
  parent: string | null;
  /** The place its name carries (`Lào Cai` of `Ủy ban nhân dân tỉnh Lào Cai`), or null. */
  place: string | null;
}

const UNITS: ReadonlyArray<readonly [string, string]> = [
  ['thanh pho', 'thành phố'],
  ['thi xa', 'thị xã'],
  ['thi tran', 'thị trấn'],
  ['tinh', 'tỉnh'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
  ['xa', 'xã'],
  ['phuong', 'phường'],
];
/** Heads whose following words are a place (`THÀNH ỦY CẦN THƠ`). */
const PLACE_HEADS = new Set(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy']);
const FIELDS = FIELD_NAMES.map((name) => ({ name, form: ocrForm(name) })).sort((a, b) => b.form.length - a.form.length);

/** `HÓA CHẤT` → `Hóa chất`; abbreviations without a vowel (`QLCN`) and `Việt Nam` keep their capitals. */
function nameCase(upper: string): string {
  const words = sentenceCase(upper).split(' ');
  const printed = upper.split(' ');
  return words
    .map((w, i) => (/^[^aeiouyăâêôơưàáảãạ\d]{2,}$/iu.test(foldAccentsLower(printed[i] ?? '')) ? printed[i] : w))
    .join(' ')
    .replace(/\bviệt nam\b/giu, 'Việt Nam');
}

const foldAccentsLower = (w: string) => ocrForm(w).replace(/\s+/g, '');

function unitAt(words: string[]): { unit: string; length: number } | null {
  const form = ocrForm(words.slice(0, 2).join(' '));
  for (const [f, unit] of UNITS) {
    if (form === f || form.startsWith(`${f} `)) return { unit, length: f.split(' ').length };
  }
  return null;
}

/**
 * A body's name in its usual spelling: `THÀNH ỦY CẦN THƠ` → `Thành ủy Cần Thơ`, `UBND TỈNH LÀO CAI`
 * → `Ủy ban nhân dân tỉnh Lào Cai`, `SỞ CÔNG THƯƠNG` → `Sở Công Thương`, `CỤC HÓA CHẤT` → `Cục Hóa chất`.
 * Text not in capitals is kept as printed.
 */
export function prettyBody(printed: string): { name: string; place: string | null } {
  const text = canonicalTones(expandBodyAbbreviations(printed).replace(/\s+/g, ' ').trim());
  const head = bodyHeadOf(text);
  if (!isMostlyUpper(printed) || !head) {
    const unit = /\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(\p{Lu}[\p{L} ]*)$/u.exec(text);
    return { name: isMostlyUpper(printed) ? sentenceCase(text) : text, place: unit ? unit[1].trim() : null };
  }
  const words = text.split(' ');
  const rest = words.slice(head.words);
  const parts = [head.head];
  let place: string | null = null;
  let i = 0;
  const field = FIELDS.find((f) => {
    const form = ocrForm(rest.join(' '));
    return form === f.form || form.startsWith(`${f.form} `);
  });
  if (field) {
    parts.push(field.name);
    i = field.name.split(/\s+/).length;
  }
  const unit = unitAt(rest.slice(i));
  if (unit) {
    parts.push(unit.unit);
    i += unit.length;
    place = titleCase(rest.slice(i).join(' ')) || null;
    if (place) parts.push(place);
  } else if (i < rest.length) {
    const tail = rest.slice(i).join(' ');
    if (PLACE_HEADS.has(head.head) || field) {
      place = titleCase(tail);
      parts.push(place);
    } else {
      parts.push(nameCase(tail));
    }
  }
  return { name: parts.join(' ').replace(/\s+/g, ' ').trim(), place };
}

/**
 * A Party committee printed bare under its Đảng bộ (`ĐẢNG BỘ TỈNH LÀO CAI` / `TỈNH ỦY`, `ĐẢNG BỘ KHỐI
 * CÁC CƠ QUAN TỈNH` / `ĐẢNG ỦY`: HD 36-HD/VPTW puts the Đảng bộ above the body that issues) is that
 * Đảng bộ's committee: `Tỉnh ủy Lào Cai`, `Đảng ủy Khối các cơ quan tỉnh`. Null for any other block.
 */
function committeeOf(
  own: { name: string; place: string | null },
  upper: { name: string; place: string | null } | undefined,
): string | null {
  if (!upper || own.place || !(PLACE_HEADS.has(own.name) || own.name === 'Đảng ủy')) return null;
  if (!upper.name.startsWith('Đảng bộ ')) return null;
  const rest = upper.place ?? upper.name.slice('Đảng bộ '.length);
  return rest ? `${own.name} ${rest}` : null;
}

/** Cells of the top-left block up to `stopLine`, grouped into bodies; mottos of the right column are skipped. */
export function findIssuer(cells: Cell[], stopLine: number): IssuerBlock | null {
  const levels: string[][] = [];
  for (const cell of cells) {
    if (cell.line >= stopLine) break;
    const t = cell.text.replace(/[*_\-–—•]+$/, '').trim();
    // `/UBND-KT` beside a bare `Số:` is the symbol's other half, not a body.
    if (!t || isMotto(t) || isNumberCell(t) || /^[-–/]/.test(t)) continue;
    if (titleLineType(t)?.exact) break;
    if (!isMostlyUpper(t)) {
      if (levels.length && cell.column === 0) break;
      continue;
    }
    const head = bodyHeadOf(t);
    const last = levels[levels.length - 1];
    const lastBare = last && last.length === 1 && bodyHeadOf(last[0])?.words === expandedWords(last[0]);
    // A line ending in `,`, `-` or `VÀ` runs on (`CỤC ĐỔI MỚI SÁNG TẠO,` / `CHUYỂN ĐỔI XANH …`).
    const runsOn = last && /(?:[,\-–&]|\sVÀ)$/u.test(last[last.length - 1]);
    // A company's long name wraps onto the next line of the left column (`CÔNG TY CP ĐẦU TƯ XÂY DỰNG` / `HẠ TẦNG VÀ GIAO THÔNG`).
    const wraps = !head && last && cell.column === 0 && bodyHeadOf(last[0])?.kind === 'enterprise' && last.length < 3;
    if (head && !lastBare && !runsOn) levels.push([t]);
    else if (last && (lastBare || runsOn || wraps || unitAt(t.split(/\s+/)))) last.push(t);
    else if (levels.length) break;
  }
  if (!levels.length) return null;
  const bodies = levels.map((l) => prettyBody(l.join(' ')));
  const own = bodies[bodies.length - 1];
  const above = bodies.slice(0, -1).filter((b) => ocrForm(b.name) !== ocrForm(own.name));
  const parent = above.length ? above.map((b) => b.name).join(' – ') : null;
  // A bare `VĂN PHÒNG` under its body is that body's office (`Văn phòng Ủy ban nhân dân tỉnh …`,
  // `Văn phòng Tỉnh ủy`): an office is always named after the body it serves.
  const upper = above[above.length - 1];
  const name =
    parent && ocrForm(own.name) === ocrForm('Văn phòng')
      ? `${own.name} ${upper.name}`
      : (committeeOf(own, upper) ?? own.name);
  return { name, parent, place: own.place ?? bodies.find((b) => b.place)?.place ?? null };
}
