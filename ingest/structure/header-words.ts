/**
 * @module ingest/structure/header-words
 * The fixed words of headers and signature blocks, read from the lexicons in `core/lexicon/`
 * (document types, body head nouns, signer titles, mottos and cues) and matched OCR-tolerantly,
 * so `KÉT LUẬN`, `CỘNG HÕA` and `BẠN CHẤP HÀNH` read like the clean words.
 */
import bodyHeads from '../../core/lexicon/body-heads.json' with { type: 'json' };
import headerCues from '../../core/lexicon/header-cues.json' with { type: 'json' };
import officerRanks from '../../core/lexicon/officer-ranks.json' with { type: 'json' };
import signerTitles from '../../core/lexicon/signer-titles.json' with { type: 'json' };
import { DOCUMENT_TYPES } from '../../core/patterns.ts';
import { allowedEdits, ocrDistance, ocrEquals, ocrForm, ocrStartsWith } from '../../core/text/ocr-tolerant.ts';
import { isMostlyUpper, matchForm } from '../../core/text/vietnamese.ts';
import type { DocumentType } from '../../core/types.ts';

type CueRole = 'motto' | 'recipients' | 'signed';
const CUES = headerCues.entries as Array<{ role: CueRole; phrase: string }>;
const cuesOf = (role: CueRole) => CUES.filter((c) => c.role === role).map((c) => c.phrase);
const MOTTOS = cuesOf('motto');
const MOTTO_FORMS = MOTTOS.map(ocrForm);
/** Words in each motto form: the window of a header line compared with it. */
const MOTTO_WORDS = MOTTO_FORMS.map((m) => m.split(' ').length);
const RECIPIENT_CUES = cuesOf('recipients');
const SIGNED_CUES = cuesOf('signed');

/** The motto on the right of a header (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`). */
export function isMotto(text: string): boolean {
  const head = text.slice(0, 60);
  return MOTTOS.some((m) => ocrStartsWith(head, m) > 0);
}

/** `Nơi nhận:`, `Kính gửi:` (and their OCR slips) opening a recipients list. */
export function recipientsCue(text: string): string | null {
  const head = text.slice(0, 24).split(':')[0];
  return RECIPIENT_CUES.find((c) => ocrStartsWith(head, c) > 0) ?? null;
}

/** `(Đã ký)`, `Chữ ký số`: a note in the signature block, never a name. */
export function isSignedNote(text: string): boolean {
  if (text.length > 40) return false;
  const bare = text.replace(/[()[\]]/g, ' ');
  return SIGNED_CUES.some((c) => ocrStartsWith(bare, c) > 0);
}

const TYPE_FORMS = DOCUMENT_TYPES.flatMap((t) => t.forms.map((form) => ({ form, type: t.type }))).sort(
  (a, b) => b.form.length - a.form.length,
);

/**
 * The type a title line names, and the words after the name (`BIÊN BẢN THẨM ĐỊNH` → BB, `THẨM ĐỊNH`).
 * The line must be mostly capitals. `exact` when the line is the type name alone.
 */
export function titleLineType(line: string): { type: DocumentType; rest: string; exact: boolean } | null {
  if (line.length > 300 || !isMostlyUpper(line)) return null;
  const form = ocrForm(line);
  for (const { form: name, type } of TYPE_FORMS) if (form === name) return { type, rest: '', exact: true };
  for (const { form: name, type } of TYPE_FORMS) if (ocrEquals(form, name)) return { type, rest: '', exact: true };
  for (const { form: name, type } of TYPE_FORMS) {
    const k = ocrStartsWith(line, name);
    if (k > 0) {
      const words = line.trim().split(/\s+/);
      return { type, rest: words.slice(k).join(' '), exact: false };
    }
  }
  return null;
}

const HEADS = (bodyHeads.entries as Array<{ head: string; kind: string }>)
  .map((h) => ({ ...h, form: ocrForm(h.head), printed: matchForm(h.head) }))
  .sort((a, b) => b.form.length - a.form.length);
const ABBREVIATIONS = bodyHeads.abbreviations as Array<{ abbr: string; full: string }>;

/** `UBND TỈNH LÀO CAI` → `Ủy ban nhân dân TỈNH LÀO CAI`: body abbreviations spelled out (whole words only). */
export function expandBodyAbbreviations(text: string): string {
  let out = text;
  for (const { abbr, full } of ABBREVIATIONS) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\d])${abbr}(?![\\p{L}\\d])`, 'gu'), full);
  }
  return out;
}

/** The head noun a line starts with (`SỞ CÔNG THƯƠNG` → `Sở`), tolerant of OCR slips; null when none. */
export function bodyHeadOf(line: string): { head: string; kind: string; words: number } | null {
  const text = expandBodyAbbreviations(line);
  const form = ocrForm(text.slice(0, 80));
  const printed = matchForm(text.slice(0, 80))
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
  for (const h of HEADS) {
    if (form !== h.form && !form.startsWith(`${h.form} `)) continue;
    // A short head must carry its own accents: `ĐẠI DIỆN` is not `Đài`, `SỐ` is not `Sở`.
    if (h.form.length <= 5 && !`${printed} `.startsWith(`${h.printed} `)) continue;
    return { head: h.head, kind: h.kind, words: h.form.split(' ').length };
  }
  for (const h of HEADS) {
    if (h.form.length < 10) continue;
    const k = ocrStartsWith(text.slice(0, 80), h.head);
    if (k > 0) return { head: h.head, kind: h.kind, words: k };
  }
  return null;
}

/** Number of words of a line once its abbreviations are spelled out (`UBND TỈNH` → 5). */
export function expandedWords(line: string): number {
  return ocrForm(expandBodyAbbreviations(line)).split(' ').length;
}

const TITLES = (signerTitles.entries as Array<{ title: string }>).map((t) => t.title);
/** Words after a title that keep it the same office (`PHÓ BÍ THƯ THƯỜNG TRỰC`, `PHÓ CHỦ TỊCH THƯỜNG TRỰC`). */
const QUALIFIERS = (signerTitles.qualifiers as Array<{ qualifier: string }>).map((q) => ` ${ocrForm(q.qualifier)}`);

/** Words that make an office of the noun beside them: `VIỆN TRƯỞNG`, `TRƯỞNG KHOA`, `CHÁNH ÁN`. */
const HEAD_WORDS = (signerTitles.heads as Array<{ word: string; at: 'either' | 'first' }>).map((h) => ({
  word: matchForm(h.word),
  at: h.at,
}));

/**
 * A title the lexicon does not list, by how the genre forms one: a head word and the unit it heads
 * (`HIỆU TRƯỞNG`, `TRƯỞNG CÔNG AN XÃ`, `CHÁNH ÁN`; a longer `X Y TRƯỞNG` may be a name, `NGUYỄN VĂN TRƯỞNG`). Read on the accented form, since
 * folding makes `TRƯỞNG` (head) of `TRƯỜNG` (school).
 */
function isHeadedTitle(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  return HEAD_WORDS.some(
    (h) => words[0] === h.word || (h.at === 'either' && words.length === 2 && words[1] === h.word),
  );
}

/** `PHÓ GIÁM ĐỐC`, `CỤC TRƯỞNG`, OCR `CUC TRT/ONG`, `PHÓ BÍ THƯ THƯỜNG TRỰC`: a signer's title line. */
export function isSignerTitle(line: string, exact = false): boolean {
  if (line.length > 40 || !isMostlyUpper(line)) return false;
  let bare = ocrForm(line).replace(/^pho /, '');
  const qualifier = QUALIFIERS.find((q) => bare.endsWith(q));
  if (qualifier) bare = bare.slice(0, -qualifier.length);
  if (TITLES.some((t) => (exact ? bare === ocrForm(t) : ocrEquals(bare, t)))) return true;
  // `exact` asks for a listed title, where a glued line (`BỘ TRƯỞNGTHỨ TRƯỞNG`) is cut.
  if (exact) return false;
  const words = matchForm(line)
    .replace(/[^\p{L}\s]+/gu, ' ')
    .trim()
    .split(/\s+/);
  if (words[0] === 'phó') words.shift();
  return isHeadedTitle(words);
}

const RANKS = (officerRanks.entries as Array<{ rank: string }>).map((r) => ocrForm(r.rank));

/** `Thượng tướng Tô Lâm` → `Tô Lâm`: the name after an officer's rank; other text comes back as it is. */
export function withoutRank(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length < 4) return text;
  const head = ocrForm(words.slice(0, 2).join(' '));
  return RANKS.some((r) => ocrEquals(head, r)) ? words.slice(2).join(' ') : text;
}

/** A title line glued to what follows (`PHÓ THỦ TƯỚNGPhạm Thị Thanh Trà`): the title and the rest. */
export function splitSignerTitle(line: string): { title: string; rest: string } | null {
  if (line.length > 60 || !/^\p{Lu}/u.test(line)) return null;
  const words = line.trim().split(/\s+/);
  for (let k = Math.min(words.length, 6); k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    if (isSignerTitle(head)) return { title: head, rest: words.slice(k).join(' ') };
  }
  return null;
}

/** `Số: 1032-CV/TU`, `Số 2449 -CV/ĐU`, `Luật số: 69/2025/QH15`, OCR `S6: /QD-XPVPHC`; a capital S (`số 02-KL/TW` in a sentence is a citation). Group 1: what follows. */
export const NUMBER_CELL =
  /^(?:(?:Luật|LUẬT|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Quyết định)\s+[Ss]|S)[ốồổỗộoóòỏõọôỐỒỔỖỘÔO06]\s*[:.]?\s*(.*)$/u;

/** A number cell: `Số` and then a number, a blank or a symbol (not `Sở Công Thương`). */
export function isNumberCell(text: string): boolean {
  const m = NUMBER_CELL.exec(text);
  // OCR reads digits as look-alike letters: `Số: II /2026/QĐ-UBND`.
  return m !== null && /^(?:[\s.…_]*$|[\s.…_]*[-‐‑–—/]|\d|[Il|O0-9]{1,5}\s*[/-])/u.test(m[1]);
}

/**
 * A cell holding both columns of a header on one line, as text extraction without layout prints
 * them (`UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI …`, `SỞ CÔNG THƯƠNG Độc lập - Tự do …`): split before the motto.
 */
export function splitAtMotto(text: string): string[] {
  const words = text.split(' ').filter((w) => /[\p{L}\d]/u.test(w));
  if (words.length < 3 || text.length > 200 || isMotto(text)) return [text];
  // Of the places a motto could start, the one it fits best (`… LÀO CAI CỘNG HÒA …` splits before `CỘNG`).
  let best: { at: number; distance: number } | null = null;
  // Each word's form once (`ocrForm` works word by word, so a window's form is its words' forms joined), not once
  // per window and motto: headers make thousands of windows a document.
  const forms = words.map(ocrForm);
  for (let i = 1; i < words.length - 1; i++) {
    for (let k = 0; k < MOTTO_FORMS.length; k++) {
      const motto = MOTTO_FORMS[k];
      const tail = forms
        .slice(i, i + MOTTO_WORDS[k])
        .filter((f) => f !== '')
        .join(' ');
      if (!tail || Math.abs(tail.length - motto.length) > allowedEdits(motto.length)) continue;
      const distance = ocrDistance(tail, motto, allowedEdits(motto.length));
      if (distance <= allowedEdits(motto.length) && (!best || distance < best.distance)) best = { at: i, distance };
    }
  }
  if (!best) return [text];
  const head = words
    .slice(0, best.at)
    .join(' ')
    .replace(/[\s_\-–—*]+$/u, '');
  const tail = words.slice(best.at).join(' ');
  return head ? [head, tail] : [tail];
}
