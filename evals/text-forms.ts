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
