/**
 * @module ingest/structure/signer-block
 * The signer from a signature block: capacity (`KT.`, `TM.`/`T/M`, `TL.`, `Q.`, `TUQ.`, possibly
 * two stacked: `TM. CHÍNH PHỦ` / `KT. THỦ TƯỚNG`), title (`PHÓ GIÁM ĐỐC`), then the name, with
 * `(Đã ký)`, blank lines or the recipients column beside it (NĐ 30/2020 Phụ lục I mục 7–8).
 */
import familyNames from '../../core/lexicon/family-names.json' with { type: 'json' };
import { SIGNING_CAPACITY } from '../../core/patterns.ts';
import { ocrForm, ocrStartsWith } from '../../core/text/ocr-tolerant.ts';
import { isMostlyUpper } from '../../core/text/vietnamese.ts';
import type { Signer } from '../../core/types.ts';
import { toCells } from './header-cells.ts';
import {
  bodyHeadOf,
  isSignedNote,
  isSignerTitle,
  recipientsCue,
  splitSignerTitle,
  titleLineType,
  withoutRank,
} from './header-words.ts';

/** Cells a signature block may hold between the title and the name (stamps, notes, the other column). */
const NAME_WINDOW = 8;
/** Cells of a closing block searched for a title printed without capacity. */
const TITLE_ONLY_CELLS = 200;

/** The printed prefix in one spelling: State `KT.`, Party `K/T` (OCR `K|T`, `T / L`) as their genre writes them. */
function prefixOf(printed: string): string {
  if (/^(KT|Q|TL|TUQ|TM)\.$/.test(printed)) return printed;
  const bare = printed.replace(/[\s.]/g, '');
  if (/^K.T$/.test(bare)) return 'K/T';
  if (/^T\/L$/.test(bare)) return 'T/L';
  if (/^T\/UQ$/.test(bare)) return 'T/UQ';
  return 'T/M';
}

/**
 * `KT GIÁM ĐỐC`, `TM ỦY BAN NHÂN DÂN`: a State capacity whose dot an OCR or a typist dropped. Without
 * the dot the letters could open any line, so it counts only before a title or a body's name.
 */
const UNDOTTED = /^(KT|TM|TL|TUQ)\s+(\p{Lu}.+)$/u;

function capacityOf(cell: string): { prefix: string; body: string } | null {
  if (!isMostlyUpper(cell)) return null;
  const m = SIGNING_CAPACITY.exec(cell);
  if (m) return { prefix: prefixOf(m[1]), body: m[2].trim() };
  const u = UNDOTTED.exec(cell);
  if (u && (isSignerTitle(u[2]) || splitSignerTitle(u[2]) !== null || bodyHeadOf(u[2]) !== null)) {
    return { prefix: `${u[1]}.`, body: u[2].trim() };
  }
  return null;
}

/** Where a second capacity starts on a line holding two (`TM. CHÍNH PHỦ KT. THỦ TƯỚNG`, `T/M BAN THƯỜNG VỤ K/T BÍ THƯ`). */
const NEXT_CAPACITY = /\s+(?=(?:KT|TM|TL|TUQ|Q)\.\s|(?:K\s*\/\s*T|T\s*\/\s*[ML]|T\s*\/\s*UQ)\.?\s)/u;

/** `THỦ TƯỚNGPHÓ THỦ TƯỚNG`: a capacity a converter glued to the title under it. */
function unglue(body: string): { body: string; title: string | null } {
  for (let p = 1; p < body.length - 2; p++) {
    const glued = /\p{Lu}/u.test(body[p - 1]) && /\p{Lu}/u.test(body[p]);
    const spaced = body[p - 1] === ' ' && /\p{Lu}/u.test(body[p]);
    if ((glued || spaced) && isSignerTitle(body.slice(p), true) && isMostlyUpper(body.slice(0, p))) {
      return { body: body.slice(0, p).trim(), title: body.slice(p).trim() };
    }
  }
  return { body, title: null };
}

/** A person's name: 2–6 capitalized words (`Hoàng Văn Thuân`, `NGUYỄN VĂN A`), nothing else. */
export function isPersonalName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return words.some((w) => /\p{Ll}/u.test(w));
  // A name in capitals: three or more syllables, none a heading, a body or a title (`PHỤ LỤC I`,
  // `QUỐC HỘI`, `PHÓ TỔNG GIÁM ĐỐC` in the next column of a two-party signature).
  return (
    words.length >= 3 &&
    words.length <= 5 &&
    words.every((w) => /^\p{Lu}{2,}$/u.test(w)) &&
    /[^\x00-\x7f]/.test(text) &&
    !bodyHeadOf(text) &&
    !titleLineType(text) &&
    !splitSignerTitle(text)
  );
}

const FAMILY_NAMES = new Set((familyNames.entries as Array<{ name: string }>).map((e) => ocrForm(e.name)));

/** Where a run-together line may end its first name: three syllables first, the commonest length of a name. */
const FIRST_NAME_LENGTHS = [3, 2, 4];

/**
 * `Đỗ Mạnh Cường Nguyễn Ngọc Chỉnh`: the names of signatures side by side (a Biên bản's parties, a joint
 * document's ministers), run together on one line by an OCR or a converter. The first name ends where a
 * family name opens a second name of two to four words, both names read as names; null when the line is
 * not two names. The first is the left column's, the signature the document lists first.
 */
export function firstOfRunTogetherNames(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w !== '');
  if (words.length < 5 || words.length > 8 || !FAMILY_NAMES.has(ocrForm(words[0]))) return null;
  for (const k of FIRST_NAME_LENGTHS) {
    const rest = words.length - k;
    if (rest < 2 || rest > 4 || !FAMILY_NAMES.has(ocrForm(words[k]))) continue;
    const first = words.slice(0, k).join(' ');
    if (isPersonalName(first) && isPersonalName(words.slice(k).join(' '))) return first;
  }
  return null;
}

/** A signer's title, possibly with the body it heads (`CHỦ TỊCH QUỐC HỘI`). */
function isTitleLine(text: string): boolean {
  if (text.length > 60 || !/^\p{Lu}/u.test(text)) return false;
  if (isSignerTitle(text)) return true;
  const split = splitSignerTitle(text);
  return split !== null && split.rest !== '' && isMostlyUpper(split.rest) && bodyHeadOf(split.rest) !== null;
}

/** A recipients bullet: `-`, and the `~` OCR reads a dash as. */
const BULLET = /^[-–+•~]/;

/** A line of capitals under a title naming its body, or the end of that name (`VIỆT NAM`). */
function isTitleBodyLine(text: string): boolean {
  // Another title is the next column's signature (`GIÁM ĐỐC` beside `PHÓ TỔNG GIÁM ĐỐC`), not this title's body.
  return (
    text.length < 60 &&
    isMostlyUpper(text) &&
    !capacityOf(text) &&
    !isPersonalName(text) &&
    !titleLineType(text) &&
    !isSignerTitle(text)
  );
}

function isBeside(text: string): boolean {
  return BULLET.test(text) || recipientsCue(text) !== null || isSignedNote(text) || /^\p{Ll}/u.test(text);
}

/** A capacity printed after a recipient on one flattened line (`- Chính phủ; TM. ỦY BAN NHÂN DÂN`). */
const CAPACITY_AFTER = /\s(?=(?:KT|TM|TL|TUQ|Q)\.\s*\p{Lu}|(?:T\s*\/\s*[ML]|K\s*\/\s*T|T\s*\/\s*UQ)\.?\s+\p{Lu})/u;

/**
 * A recipients line an OCR or a converter flattened with the signature column beside it, one
 * space apart: the recipient and the capacity or title that closes the line
 * (`- Vụ pháp chế - Bộ Xây dựng (b/e); CHỦ TỊCH` → `- Vụ pháp chế - Bộ Xây dựng (b/e);`, `CHỦ TỊCH`).
 */
function splitBeside(text: string): string[] {
  if (!BULLET.test(text) && recipientsCue(text) === null) return [text];
  const m = CAPACITY_AFTER.exec(text);
  if (m && m.index > 0 && capacityOf(text.slice(m.index + 1))) return [text.slice(0, m.index), text.slice(m.index + 1)];
  const words = text.split(/\s+/);
  for (let k = Math.max(1, words.length - 5); k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (/[;,.)]$/.test(words[k - 1]) && isMostlyUpper(tail) && isSignerTitle(tail)) {
      return [words.slice(0, k).join(' '), tail];
    }
  }
  return [text];
}

/**
 * A name alone after the recipients list, its title and capacity lost under a seal or a scan's
 * noise: the last line of a signature block is always the signer's name (NĐ 30/2020 Phụ lục I mục 7).
 */
function nameAfterRecipients(cells: string[]): string | null {
  const cue = cells.findIndex((c) => recipientsCue(c) !== null);
  if (cue < 0) return null;
  const rest = cells.slice(cue + 1).filter((c) => !/^\d{1,3}$/.test(c));
  const last = rest[rest.length - 1];
  return last !== undefined && !isBeside(last) && isPersonalName(withoutRank(last)) ? withoutRank(last) : null;
}

/**
 * Signer from laid-out lines: the first capacity (or, with none printed, the first title line),
 * the title under it and the name below. Null when the lines hold no signature.
 * @example findSigner(['Nơi nhận:    KT. GIÁM ĐỐC', '- Như trên;   PHÓ GIÁM ĐỐC', '', '    Hoàng Văn Thuân'])
 */
export function findSigner(lines: string[], options: { titleOnly?: 'near' | 'strict' } = {}): Signer | null {
  // Stacked capacities printed on one line: `TM. CHÍNH PHỦ KT. THỦ TƯỚNG`.
  const cells = toCells(lines)
    .flatMap((c) => splitBeside(c.text))
    .flatMap((c) => (capacityOf(c) ? c.split(NEXT_CAPACITY) : [c]));
  let at = cells.findIndex((c) => capacityOf(c) !== null);
  const capacities: string[] = [];
  let title: string | null = null;
  let next = 0;
  if (at >= 0) {
    next = at;
    while (next < cells.length) {
      const cap = capacityOf(cells[next]);
      if (!cap) break;
      const { body, title: glued } = unglue(cap.body);
      capacities.push(`${cap.prefix} ${body}`);
      next++;
      if (glued) {
        title = glued;
        break;
      }
    }
  } else {
    if (options.titleOnly === 'strict') {
      // Anywhere in a document: a title line (`CHỦ TỊCH QUỐC HỘI`, `BỘ TRƯỞNG`) with a name right under it.
      // The body a title heads may run over two more lines (`CỤC TRƯỞNG` / `CỤC ĐỊA CHẤT VÀ KHOÁNG SẢN` / `VIỆT NAM`).
      for (let i = 0; i < cells.length; i++) {
        if (!isTitleLine(cells[i])) continue;
        // Titles side by side (`GIÁM ĐỐC   PHÓ TỔNG GIÁM ĐỐC` of two parties to a Biên bản): the names
        // follow in the same order, so the first title goes with the first name.
        let run = i;
        while (run + 1 < cells.length && isSignerTitle(cells[run + 1])) run++;
        if (run > i && cells[run + 1] !== undefined && isPersonalName(withoutRank(cells[run + 1]))) {
          return { capacity: null, title: cells[i], name: withoutRank(cells[run + 1]) };
        }
        let k = i + 1;
        while (k < i + 3 && k < cells.length && isTitleBodyLine(cells[k])) k++;
        if (cells[k] !== undefined && isPersonalName(withoutRank(cells[k]))) {
          return { capacity: null, title: cells.slice(i, k).join(' '), name: withoutRank(cells[k]) };
        }
      }
      return null;
    }
    // A signature without capacity sits near the top of the closing block (after `Nơi nhận`).
    at = cells
      .slice(0, TITLE_ONLY_CELLS)
      .findIndex((c) => isSignerTitle(c) || (splitSignerTitle(c)?.rest && isPersonalName(splitSignerTitle(c)!.rest)));
    if (at < 0) {
      const name = nameAfterRecipients(cells);
      return name ? { capacity: null, title: null, name } : null;
    }
    next = at;
  }
  let name: string | null = null;
  for (let i = next, seen = 0; i < cells.length && seen < NAME_WINDOW && !name; i++) {
    const c = cells[i];
    if (isBeside(c)) continue;
    seen++;
    if (!title && isSignerTitle(c)) {
      title = c;
      // `CHỦ TỊCH` / `QUỐC HỘI`: the body a title belongs to, printed under it.
      const below = cells[i + 1];
      if (below && isMostlyUpper(below) && !capacityOf(below) && bodyHeadOf(below) && below.length < 40) {
        title = `${c} ${below}`;
        i++;
      }
      continue;
    }
    const split = !title ? splitSignerTitle(c) : null;
    if (split && isPersonalName(split.rest)) {
      title = split.title;
      name = split.rest;
    } else name = firstOfRunTogetherNames(withoutRank(c)) ?? (isPersonalName(withoutRank(c)) ? withoutRank(c) : null);
  }
  if (!capacities.length && !title) return null;
  return { capacity: capacities.length ? capacities.join(' ') : null, title, name };
}

/**
 * `ĐẠI DIỆN SỞ CÔNG THƯƠNG`, OCR `ĐD SỞ CÔNG THƯƠNG`: a party signing a Biên bản (NĐ 30/2020 Phụ lục III,
 * minutes of an inspection or an acceptance: each party signs under "Đại diện" and its name). Null when
 * the cell is not one; the party (possibly empty) otherwise.
 */
function representativeOf(cell: string): string | null {
  if (!isMostlyUpper(cell)) return null;
  const m = /^Đ\s*D\.?(?:\s+|$)(.*)$/u.exec(cell);
  if (m) return m[1].trim();
  const k = ocrStartsWith(cell, 'đại diện');
  return k > 0 ? cell.trim().split(/\s+/).slice(k).join(' ') : null;
}

/** Cells a representative's block may hold before the name: the party's name run on, a title, a stamp's noise. */
const REPRESENTATIVE_WINDOW = 5;

/**
 * The first party that signs a Biên bản under `ĐẠI DIỆN …` / `ĐD …`, with the name under it (the party
 * that drew the minutes up comes first, NĐ 30/2020 Phụ lục III). Two parties on one flattened line
 * (`ĐẠI DIỆN SỞ CÔNG THƯƠNG ĐẠI DIỆN CÔNG TY …`) are read as their columns. Null when no party block
 * carries a name (a blank form's `ĐẠI DIỆN ĐƠN VỊ (Ký, ghi rõ họ tên)`).
 * @example findRepresentative(['ĐD SỞ CÔNG THƯƠNG', '-M2—', 'Vũ Việt Linh', 'ĐD CÔNG TY CP XD GIAO THÔNG YÊN BÁI', 'Nguyễn Quốc Thịnh'])
 */
export function findRepresentative(lines: string[]): Signer | null {
  const cells = toCells(lines).flatMap((c) => c.text.split(/\s+(?=ĐẠI DIỆN\s)/u));
  for (let i = 0; i < cells.length; i++) {
    const party = representativeOf(cells[i]);
    if (party === null) continue;
    let title: string | null = null;
    // Parties side by side: their lines come first, then the first party's title and name.
    let start = i + 1;
    while (start < cells.length && representativeOf(cells[start]) !== null) start++;
    for (let k = start; k < Math.min(cells.length, start + REPRESENTATIVE_WINDOW); k++) {
      const c = cells[k];
      if (representativeOf(c) !== null) break;
      const name = withoutRank(c);
      // Two parties' names an OCR ran together (`Đỗ Mạnh Cường Nguyễn Ngọc Chỉnh`): the first party's comes first.
      const first = firstOfRunTogetherNames(name);
      if (first) return { capacity: `ĐẠI DIỆN ${party}`.trim(), title, name: first };
      if (isPersonalName(name) && name.split(/\s+/).length <= 5) {
        return { capacity: `ĐẠI DIỆN ${party}`.trim(), title, name };
      }
      if (!title && isSignerTitle(c)) title = c;
    }
  }
  return null;
}
