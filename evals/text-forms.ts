/**
 * @module evals/text-forms
 * Comparison forms for scoring, kept apart from the product's own normalization so a bug there
 * cannot make a wrong answer look right: NFC for evidence, a folded form for names and answers.
 */

/** NFC: how evidence quotes and clause texts are compared. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * How an evidence quote is found in a passage: the folded form (no diacritics, punctuation and
 * whitespace as single spaces). Archive gold was copied from text extracted by other tools
 * (`pdftotext`, the DOCX XML), whose line breaks, quote marks, dashes and tone placement (`hoà` /
 * `hòa`) differ from vankien's clean text; a 25-character quote stays specific when folded.
 */
export function evidenceForm(text: string): string {
  return ` ${folded(text)} `;
}

/** NFC with every run of whitespace made one space (for the lenient baseline check). */
export function squashSpaces(text: string): string {
  return nfc(text).replace(/\s+/g, ' ');
}

/**
 * Folded form for comparing names and short answers: no diacritics (so `uỷ`/`ủy` and the
 * PDF glyph `ƣ` meet), `đ`→`d`, lowercase, punctuation as spaces, one space between words.
 * @example folded('Ban Tuyên giáo Tỉnh uỷ,') // 'ban tuyen giao tinh uy'
 */
export function folded(text: string): string {
  return text
    .replace(/\u01a3/g, 'ư')
    .replace(/\u01a2/g, 'Ư')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Expands common abbreviations of bodies so `UBND tỉnh` meets `Ủy ban nhân dân tỉnh` (applied to folded text). */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bbcsd\b/g, 'ban can su dang'],
  [/\bbtv\b/g, 'ban thuong vu'],
];

/** `folded` plus expanded body abbreviations, without the possessive `của` (`Ban X của Thành ủy` = `Ban X Thành ủy`): the form names are compared in. */
export function nameForm(text: string): string {
  let out = folded(text);
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out
    .replace(/\bcua\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An abbreviation a document defines in brackets after the words it stands for: `cụm công nghiệp (CCN)`. */
const BRACKETED = /((?:[\p{L}]+[ \t]+){1,7}[\p{L}]+)[ \t]*\((\p{Lu}{2,8})\)/gu;
/** Or with a lead-in: `cụm công nghiệp (sau đây gọi tắt là CCN)`, `(viết tắt là CCN)`. */
const LED_IN = /((?:[\p{L}]+[ \t]+){1,7}[\p{L}]+)[ \t]*\((?:sau đây )?(?:gọi|viết) tắt là:?[ \t]*(\p{Lu}{2,8})\)/gu;

/**
 * The abbreviations a text defines for itself (the genre writes `đầy đủ (VIẾT TẮT)` at first use, Luật ban hành VBQPPL
 * and NĐ 30/2020 practice), each with the words it stands for: the last as many words before the bracket as the
 * abbreviation has letters, when their initials spell it (folded, so `Đ` meets `đ`).
 * @example definedAbbreviations('quy hoạch phát triển cụm công nghiệp (CCN) trên địa bàn') // Map { 'CCN' => 'cụm công nghiệp' }
 */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const re of [BRACKETED, LED_IN]) {
    for (const m of nfc(text).matchAll(re)) {
      const abbr = m[2];
      const words = m[1].split(/[ \t]+/);
      if (words.length < abbr.length) continue;
      const full = words.slice(words.length - abbr.length);
      if (full.map((w) => folded(w)[0]).join('') !== folded(abbr)) continue;
      if (!out.has(abbr)) out.set(abbr, full.join(' '));
    }
  }
  return out;
}

/** `text` with each defined abbreviation (a whole word) written out: `37 CCN` → `37 cụm công nghiệp`. */
export function expandDefined(text: string, defined: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [abbr, full] of defined)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${abbr}(?![\\p{L}\\p{N}])`, 'gu'), full);
  return out;
}

/** Text with its “quoted” and "quoted" passages removed: what the answerer says in its own words. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
}

/** Whole-word containment on name forms: `hay` contains `needle` as a run of words. */
export function containsWords(hay: string, needle: string): boolean {
  const h = ` ${nameForm(hay)} `;
  const n = nameForm(needle);
  return n !== '' && h.includes(` ${n} `);
}
