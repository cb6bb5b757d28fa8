/**
 * @module core/patterns
 * Every pattern of the genre in one place (eyecite's regexes.py): numbering schemes, document
 * symbols, type names and abbreviations, dates, signing capacities. Logic lives elsewhere.
 */
import documentTypes from './lexicon/document-types.json' with { type: 'json' };
import type { DocumentType } from './types.ts';

/** Dashes real documents use between number and type code. */
export const DASH = '[-‐‑–—]';

/** One document type of `core/lexicon/document-types.json`. */
export interface DocumentTypeEntry {
  type: DocumentType;
  name: string;
  /** Folded title forms, longest first where one extends another (`chuong trinh hanh dong`). */
  forms: string[];
  /** Symbol codes (folded, uppercased) → how a canonical symbol prints them. */
  codes: Record<string, string>;
  /** Named in running-text citations (`Nghị quyết số …`); individual papers (Biên bản, Giấy phép) are not. */
  cited: boolean;
  example: string;
  source: string;
}

/** Every document type the genre knows (NĐ 30/2020 Phụ lục III, HD 36-HD/VPTW, Luật Ban hành VBQPPL). */
export const DOCUMENT_TYPES: readonly DocumentTypeEntry[] = documentTypes.entries as DocumentTypeEntry[];

/** Type names as written in titles and citations, by type code. Matched on folded text. */
export const TYPE_NAMES: ReadonlyArray<{ type: DocumentType; name: string; folded: string[] }> = DOCUMENT_TYPES.filter(
  (t) => t.cited,
).map((t) => ({ type: t.type, name: t.name, folded: t.forms }));

export function typeName(type: DocumentType | null): string | null {
  return DOCUMENT_TYPES.find((t) => t.type === type)?.name ?? STANDARD_KINDS.find((k) => k.type === type)?.name ?? null;
}

/** Type codes of symbols, folded and uppercased (`QĐ` → `QD`), to the type they stand for. */
export const SYMBOL_TYPE_CODES: Readonly<Record<string, DocumentType>> = Object.fromEntries(
  DOCUMENT_TYPES.flatMap((t) => Object.keys(t.codes).map((code) => [code, t.type])),
);

/** How each code is printed in a canonical symbol. */
export const SYMBOL_CODE_SPELLING: Readonly<Record<string, string>> = Object.fromEntries(
  DOCUMENT_TYPES.flatMap((t) => Object.entries(t.codes)),
);

/** Issuer tokens whose mixed case is meaningful. */
export const ISSUER_SPELLING: Readonly<Record<string, string>> = { TTG: 'TTg' };

const CODE = '[A-Za-zĐđ]{1,5}';
// A joint document (liên tịch, liên ngành) chains one code per issuing body: `24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC`.
const ISSUER = '[A-Za-zĐđ&0-9]{1,12}(?:[-.][A-Za-zĐđ&0-9]{1,12}){0,7}';

/**
 * Party symbol `{number}-{code}/{issuer}`: `41-NQ/TW`, `2449 -CV/ĐU`, `31- CTr/TW`, `104-CTr/Tu`.
 * Groups: number, code, issuer.
 */
export const PARTY_SYMBOL = new RegExp(
  `(?<![\\p{L}\\d/])(\\d{1,5})[ ]?${DASH}[ ]?(${CODE})[ ]?/[ ]?(${ISSUER})(?![\\p{L}\\d])`,
  'gu',
);

/**
 * A State symbol's number, which may carry a dot: Government resolutions of a series are numbered under it
 * (`66.16/2026/NQ-CP`, cited also without the year, `66.3/NQ-CP`), and firms number letters by day and
 * month (`26.06/GĐN-MB`). A symbol still needs its `/code-issuer`, so an amount (`2.438/2.906 thôn`) is
 * never one; the callers' lookbehind refuses a digit and dot before the match, so `66.16/…` is never `16/…`.
 */
const STATE_NUMBER = '\\d{1,5}(?:\\.\\d{1,3})?';

/**
 * State symbol `{number}[/{year}]/{code}-{issuer}`: `524/QĐ-TTg`, `30/2020/NĐ-CP`, `9387 /UBND-KT`.
 * Groups: number, year, code (or issuer for a Công văn), issuer.
 */
export const STATE_SYMBOL = new RegExp(
  `(?<![\\p{L}\\d/])(?<!\\d\\.)(${STATE_NUMBER})[ ]?/[ ]?(?:(\\d{4})[ ]?/[ ]?)?([A-Za-zĐđ&]{1,8})[ ]?${DASH}[ ]?(${ISSUER})(?![\\p{L}\\d])`,
  'gu',
);

/**
 * Technical standards by their sign (Luật Tiêu chuẩn và Quy chuẩn kỹ thuật 68/2006/QH11, Điều 13 and 35): a national
 * technical regulation, `QCVN {number}:{year}/{issuing ministry}`, and a national standard, `TCVN {number}:{year}`.
 * They are not documents of Luật ban hành VBQPPL (no `Số …/code-issuer` symbol): a text cites them.
 */
export const STANDARD_KINDS: ReadonlyArray<{ type: 'QCVN' | 'TCVN'; name: string }> = [
  { type: 'QCVN', name: 'Quy chuẩn kỹ thuật quốc gia' },
  { type: 'TCVN', name: 'Tiêu chuẩn quốc gia' },
];

/**
 * A standard's sign as printed: `QCVN 01:2019/BCT`, `QCVN01: 2019/BCT`, `QCVN 08-MT:2015/BTNMT`, `QCVN 05A:2020/BCT`,
 * `TCVN 5945:2005`, `TCVN 7052-1:2002` (part 1), `TCVN ISO/IEC 17025:2017`, older `TCVN 6304-1997`. The ministry may
 * run into the next word (`…/BCTNational`, a title line typed without its space), so it stops before a lower-case letter.
 * On clean text (capitals matter). Groups: kind, number, year (`:`), year (`-`), issuer.
 */
export const TECHNICAL_STANDARD =
  /(?<![\p{L}\d])(QCVN|TCVN)[ ]?((?:ISO(?:\/IEC)?[ ])?\d{1,5}[A-Z]?(?:-\d{1,2}(?!\d))*(?:-[A-Z]{1,6}\d?(?![\p{L}\d]))?)(?:[ ]?:[ ]?(\d{4})|-(\d{4}))?(?:[ ]?\/[ ]?([A-ZĐ][A-ZĐ&]{1,9})(?![\p{Ll}\d]))?(?![\d])/gu;

/** `ngày 15/11/2004`, `ngày 04-6-2024`. Groups: day, month, year. */
export const NUMERIC_DATE = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;

/** English month names, January first (`ENGLISH_MONTHS[month - 1]`): how English questions and answers write dates. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Mottos on the right of the header; never an issuer. Matched on folded uppercase text. */
export const MOTTOS = ['DANG CONG SAN VIET NAM', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'DOC LAP - TU DO - HANH PHUC'];

/** Words that make a header line an issuing body (folded uppercase). */
export const BODY_HEAD_WORDS =
  /\b(UY|UY BAN|BAN|DANG BO|DANG UY|BO|SO|HOI DONG|VAN PHONG|CHINH PHU|QUOC HOI|TRUNG UONG|CHI BO|MAT TRAN|DANG DOAN|BAN CAN SU)\b/;

/**
 * Signing capacities, matched at the start of a line. OCR reads the slash of `T/M` as a look-alike
 * (`TỈM`, `T|M`, `TlM`); a letter that is not one (`TẦM NHÌN`) is a word, not a capacity. A dotted
 * prefix typed without its space (`KT.GIÁM ĐỐC`) is still one. Party documents write every capacity
 * with a slash — `T/M`, `K/T`, `T/L`, `T/UQ` (HD 36-HD/VPTW, "thẩm quyền ký") — State ones with a
 * dot: `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` (NĐ 30/2020 Điều 13).
 */
export const SIGNING_CAPACITY =
  /^(T\s*\/\s*M\.?|TM\.|T[|lIỈỉÌìÍí1!\\]M|K\s*\/\s*T\.?|K[|l1!\\]T|KT\.|Q\.|T\s*\/\s*L\.?|TL\.|T\s*\/\s*U\.?\s*Q\.?|TUQ\.)(?:\s+|(?<=\.)(?=\p{Lu}))(.+)$/u;

/** Titles a signer holds (folded uppercase). */
export const SIGNER_TITLES =
  /^(PHO BI THU|BI THU|PHO CHU TICH|CHU TICH|PHO GIAM DOC|GIAM DOC|PHO TRUONG BAN|TRUONG BAN|CHANH VAN PHONG|PHO CHANH VAN PHONG|THU TUONG|PHO THU TUONG|BO TRUONG|THU TRUONG|UY VIEN|TONG BI THU|CHU NHIEM|PHO CHU NHIEM|TRUONG PHONG)$/;

/** Roman numerals used for sections. */
const ROMAN = 'XVIII|XVII|XVI|XIV|XV|XIII|XII|XI|X|IX|VIII|VII|VI|IV|V|III|II|I';

/**
 * Numbering at the start of a paragraph, most specific first. `style` keys the tree builder:
 * markers of the same style are siblings.
 */
export const MARKERS: ReadonlyArray<{ style: string; re: RegExp }> = [
  { style: 'roman', re: new RegExp(`^(${ROMAN})\\s*[-.–:)]\\s*(?=\\S)`, 'u') },
  { style: 'dotted', re: /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[-)]?\s+(?=\S)/u },
  { style: 'arabic', re: /^(\d{1,2})\s*(?:[-.–)]|\/(?!\d))\s*(?=[\p{L}“"(])/u },
  { style: 'letter', re: /^([a-zđ])\s*[).]\s*(?=\S)/u },
  { style: 'bullet-dash', re: /^([-–—])\s*(?=[\p{L}\d“"(])/u },
  { style: 'bullet-plus', re: /^(\+)\s*(?=\S)/u },
  { style: 'bullet-dot', re: /^([•●▪■◦·*])\s*(?=\S)/u },
];

/** The numbering marker a paragraph starts with, if any. */
export function matchMarker(line: string): { style: string; marker: string; length: number } | null {
  for (const { style, re } of MARKERS) {
    const m = re.exec(line);
    if (m) return { style, marker: m[1], length: m[0].length };
  }
  return null;
}

export function startsWithMarker(line: string): boolean {
  return matchMarker(line.trimStart()) !== null;
}

/** Opening of the recipients list at the end (`Nơi nhận:`; OCR gives `Nơi nhân`). Folded. */
export const RECIPIENTS_END = /^noi nha[nm]\s*:?/;
/** Recipients in the header (`Kính gửi:`). Folded. */
export const RECIPIENTS_HEAD = /^kinh gui\s*:?/;

// ---------------------------------------------------------------------------------------------
// Structure of legal normative documents (Luật ban hành VBQPPL): Phần → Chương → Mục → Tiểu mục
// → Điều → khoản → điểm → tiết; appendices and attached texts after the body. Folded patterns
// (run on `foldedForm`, where `Đ` is `d` and OCR's `Ð` is `ð`), matched at the start of a line.
// ---------------------------------------------------------------------------------------------

/** `Điều 2. Giải thích từ ngữ`, `Điều 4a.`, `Điều 1:` (a bare `Điều 5` is a table cell or a cross-reference). Groups: number, rest. */
export const LEGAL_ARTICLE = /^[dð]i[eê]?u\s+(\d{1,3}[a-z]?)\s*[.:]\s*(.*)$/u;

// `Chương 1.2` is no chapter; `Mục 1.1.` (appendices) is a Mục under `Mục 1`.
const HEADING_NUMBER = `(${ROMAN.toLowerCase()}|\\d{1,2}|thu\\s+[a-z]+)(?!\\.\\d)`;

/** Headings above the article, outermost first; `level` orders them. Groups: number, title on the same line. */
export const LEGAL_HEADINGS: ReadonlyArray<{ kind: 'part' | 'chapter' | 'division' | 'subdivision'; re: RegExp }> = [
  { kind: 'part', re: new RegExp(`^phan\\s+${HEADING_NUMBER}(?:\\s*[.:–-]\\s*|\\s+|$)(.*)$`, 'u') },
  { kind: 'chapter', re: new RegExp(`^chuong\\s+${HEADING_NUMBER}(?:\\s*[.:–-]\\s*|\\s+|$)(.*)$`, 'u') },
  { kind: 'subdivision', re: /^tieu muc\s+(\d{1,2})(?!\.\d)(?:\s*[.:–-]\s*|\s+|$)(.*)$/u },
  { kind: 'division', re: /^muc\s+(\d{1,2}(?:\.\d{1,2}){0,2}|[ivx]{1,5})(?!\.\d)(?:\s*[.:–-]\s*|\s+|$)(.*)$/u },
];

/** `PHỤ LỤC II`, `PHỤ LỤC I.1`, `Phụ lục IVa:`, `PHỤ LỤC` — an appendix heading. Folded. Groups: number, rest. */
export const APPENDIX_HEADING =
  /^phu luc(?:\s+(?:so\s+)?((?:[ivxlc]{1,6}|\d{1,2})(?:\.\d{1,2})?[a-z]?))?\b\s*[.:–-]?\s*(.*)$/u;

/** A form's number line in an appendix (NĐ 30/2020 forms): `Mẫu số 09`, `Mẫu số 01/GP`. Folded. */
export const FORM_NUMBER = /^mau(?: so)?\s*\d{1,3}\b/u;

/** The line under an attached text's title: `(Ban hành kèm theo Quyết định số …)`, `(Kèm theo …)`. Folded. */
export const ATTACHED_TO = /^\(?\s*(?:ban hanh\s+)?kem theo\s/u;

// ---------------------------------------------------------------------------------------------
// References between documents (ingest/references). Folded patterns run on `foldedForm` text,
// which keeps offsets: one folded character per character of the clean text.
// ---------------------------------------------------------------------------------------------

/** A Party symbol as cited in running text: like PARTY_SYMBOL, but a line break may stand next to the dash or slash. */
export const CITED_PARTY_SYMBOL = new RegExp(
  `(?<![\\p{L}\\d/])(\\d{1,5})[ \\n]?${DASH}[ \\n]?(${CODE})[ \\n]?/[ \\n]?(${ISSUER})(?![\\p{L}\\d])`,
  'gu',
);

/** A State symbol as cited in running text (see STATE_SYMBOL); a line break may stand next to a separator. */
export const CITED_STATE_SYMBOL = new RegExp(
  `(?<![\\p{L}\\d/])(?<!\\d\\.)(${STATE_NUMBER})[ \\n]?/[ \\n]?(?:(\\d{4})[ \\n]?/[ \\n]?)?([A-Za-zĐđ&]{1,8})[ \\n]?${DASH}[ \\n]?(${ISSUER})(?![\\p{L}\\d])`,
  'gu',
);

/** Symbol of a law or National Assembly resolution: `72/2020/QH14`. Groups: number, year, issuer. */
export const LAW_SYMBOL = /(?<![\p{L}\d/])(\d{1,3})[ ]?\/[ ]?(\d{4})[ ]?\/[ ]?(QH\d{1,2})(?![\p{L}\d])/gu;

/** A symbol with a blank number, as unsigned drafts print it: `-CTr/TU` (Party), `/KH-UBND` (State). */
export const BLANK_PARTY_SYMBOL = new RegExp(`^\\s*${DASH}\\s*(${CODE})\\s*/\\s*(${ISSUER})(?![\\p{L}\\d])`, 'u');
export const BLANK_STATE_SYMBOL = new RegExp(
  `^\\s*/\\s*([A-Za-zĐđ&]{1,8})\\s*${DASH}\\s*(${ISSUER})(?![\\p{L}\\d])`,
  'u',
);

/**
 * Issuer codes whose numbering is not national, so a symbol alone does not name one document in
 * the country: Party committees below the centre (`TU`, `HU`, `ĐU`, `UBKTTU` ... anything not
 * ending in `TW`) and State local bodies (`UBND`, `HĐND`, departments `S...`). Folded, uppercased.
 */
export const NATIONAL_PARTY_ISSUER = /TW$/;
export const LOCAL_STATE_ISSUER = /^(?:UBND|HDND|S[A-Z&]{2,})(?:-|$)/;

/** Where a citation may say which term issued it: `(khóa IX)`, `khoá XI`. Folded; group: the Roman term. */
export const TERM = /^\s*\(?\s*khoa\s+([ivxl]+)\s*\)?/;

/** `ngày 15/11/2004`, `ngày 04-6-2024`, `ngày 15 tháng 11 năm 2004`. Folded, anchored; groups: d, m, y (or d, m, y). */
export const CITED_DATE =
  /^\s*,?\s*ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|^\s*,?\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

/**
 * Verbs that open a cited document's unquoted subject after its number, date and issuer (`Nghị định số 113/2017/NĐ-CP
 * ngày … của Chính phủ quy định chi tiết …`, `Thông tư … hướng dẫn …`): the trích yếu forms of NĐ 30/2020. Folded.
 */
const SUBJECT_VERBS = 'quy dinh|huong dan|sua doi|bo sung|thay the|bai bo|ban hanh|phe duyet';
/** A cited document's unquoted subject opening (`về …`, `quy định …`) at the start of the text. Folded, anchored. */
export const UNQUOTED_SUBJECT = new RegExp(`^[\\s,]*(?:ve|${SUBJECT_VERBS})\\s`);

/** `của Bộ Chính trị`: the issuer phrase after a cited document. Folded, anchored; group: the phrase. */
export const CITED_ISSUER = new RegExp(
  `^\\s*,?\\s*(?:cua|do)\\s+([^,;.:()“”"\\n]{2,80}?)(?=\\s*(?:[,;.:()“”"\\n]|$|\\s(?:ve|ngay|khoa|nam|va|da|de|nham|trong|theo|tai|voi|thi|${SUBJECT_VERBS})\\s))`,
);

/** Words an issuer phrase starts with (folded). */
export const ISSUER_HEAD =
  /^(?:bo|ban|chinh phu|thu tuong|quoc hoi|uy ban|hoi dong|van phong|so|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang doan|trung uong|tong bi thu|chu tich|thuong truc|dai hoi|ubnd|hdnd|bch|bct|bbt|btv)\b/;

/** The same body written two ways (folded): the executive committee of a Party organization is its `... ủy`. */
export const ISSUER_EQUIVALENTS: ReadonlyArray<[RegExp, string]> = [
  [/\bban chap hanh dang bo tinh\b/g, 'tinh uy'],
  [/\bban chap hanh dang bo thanh pho\b/g, 'thanh uy'],
  [/\bban chap hanh dang bo (?:huyen|quan|thi xa)\b/g, 'huyen uy'],
  [/\bban thuong vu\s+/g, ''],
  [/\bthuong truc\s+/g, ''],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
];

/**
 * A local body followed by its place: `Thành ủy Cần Thơ`, `Ban Thường vụ Tỉnh ủy Sóc Trăng`, `Ủy ban
 * nhân dân tỉnh Bình Phước`, `Đảng bộ thành phố Cần Thơ`. Folded, anchored; group: the place.
 */
export const LOCAL_BODY_PLACE =
  /^(?:(?:ban chap hanh|ban thuong vu|thuong truc|ban can su dang|dang doan)\s+)?(?:dang bo|tinh uy|thanh uy|huyen uy|quan uy|thi uy|uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)(?:\s+(?:tinh|thanh pho|huyen|quan|thi xa))?\s+(?!(?:tinh|thanh pho|huyen|quan|thi xa|uy)\s*$)([a-z][a-z ]*[a-z])\s*$/;

/** A quoted subject opening after a citation, optionally after `về` / `về việc`. Folded, anchored. */
export const SUBJECT_OPEN = /^\s*,?\s*(?:ve viec\s+|ve\s+)?(?=[“"])/;
/** `về việc phê duyệt ...` without quotes. Folded, anchored. */
export const SUBJECT_VE_VIEC = /^\s*,?\s*ve viec\s+/;

/** Number words of plenums (`Hội nghị lần thứ bảy`). Folded. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi mot': 11,
  'muoi hai': 12,
  'muoi ba': 13,
  'muoi bon': 14,
  'muoi lam': 15,
  'muoi sau': 16,
};
const PLENUM_NUMBER = '\\d{1,2}|muoi (?:mot|hai|ba|bon|lam|sau)|nhat|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi';
const ROMAN_TERM = '[ivxl]{1,6}';

/**
 * A resolution named by its central plenum: `Nghị quyết Trung ương 7 khóa XI`, `Nghị quyết Hội nghị
 * Trung ương 7 (khóa XI)`, `Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XI`,
 * `Nghị quyết TW7 khóa XI`. Folded; groups: plenum (before), plenum (after), term.
 */
export const PLENUM_RESOLUTION = new RegExp(
  `\\bnghi quyet (?:so )?(?:hoi nghi )?(?:lan thu (${PLENUM_NUMBER}) )?(?:(?:ban chap hanh|bch) )?(?:trung uong|tw) ?(?:dang )?(?:lan thu )?(${PLENUM_NUMBER})? ?,? ?\\(?(?:ban chap hanh trung uong )?(?:dang )?khoa (${ROMAN_TERM})\\)?(?![a-z])`,
  'g',
);

/**
 * A resolution of a Party congress: `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X`, `Nghị quyết Đại
 * hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ XIV`, `Nghị quyết Đại hội XIII của Đảng`,
 * `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII`. Folded; groups: level, place, term.
 */
export const CONGRESS_RESOLUTION = new RegExp(
  `\\bnghi quyet dai hoi (?:dai bieu )?(?:(toan quoc)|dang bo (tinh|thanh pho|huyen|quan|thi xa)((?: [a-z]+){0,4}?))? ?(?:lan thu )?(${ROMAN_TERM})(?![a-z])`,
  'g',
);

/** `nhiệm kỳ 2015 - 2020` after a congress. Folded, anchored; group: first year. */
export const TERM_YEARS = /^\s*[,(]?\s*nhiem ky\s+(\d{4})\s*[-–]\s*\d{4}\)?/;

/** Words that end a law's name (`Luật … năm 2014`, `Luật này có …`): function words and the verbs around a citation. */
const LAW_NAME_STOP =
  '(?:năm|số|của|và|đã|để|đến|trong|theo|về|cho|với|tại|được|là|thì|có|đối|nhằm|này|trên|khi|các|hiện|mới|hành|ngày|sửa|hết|tiếp|bị|kể|như)(?![\\p{L}])';
/**
 * A law named by its title: `Luật Bảo vệ môi trường năm 2014`, `Bộ luật Hình sự`. Runs on the
 * clean text (capitals matter); group 1: the name. The name stops at a function word or punctuation.
 */
export const LAW_NAME = new RegExp(
  `(?<![\\p{L}])((?:Bộ l|L)uật (?:[\\p{Lu}][\\p{L}]*)(?: (?!${LAW_NAME_STOP})[\\p{L}]+){0,7})`,
  'gu',
);
/**
 * A law's name typed in lower case (`Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015`): common in
 * provincial drafting though the rules capitalise it, so accepted only when its date or number follows,
 * which a sentence that merely speaks of a law (`Luật này có hiệu lực …`) lacks. Group 1: the name.
 */
export const LAW_NAME_DATED = new RegExp(
  `(?<![\\p{L}])((?:Bộ l|L)uật (?!${LAW_NAME_STOP})\\p{Ll}[\\p{L}]*(?: (?!${LAW_NAME_STOP})[\\p{L}]+){0,7}?)(?= (?:ngày \\d|số \\d{1,3}\\/\\d{4}\\/QH|năm \\d{4}))`,
  'gu',
);
/** The year or number after a law's name: ` năm 2014`, ` 2014`, ` số 72/2020/QH14`. Anchored; group: year. */
export const LAW_YEAR = /^\s*(?:năm\s+)?(\d{4})(?![\d/])|^\s*số\s+\d{1,3}\/(\d{4})\/QH\d{1,2}/u;

/** Short form after a type name: ` 81`, ` số 24` (no symbol follows). Folded, anchored; group: number. */
export const SHORT_NUMBER =
  /^ (?:so:? ?)?(\d{1,4})(?![\d\p{L}]|[ ]?[-‐‑–—/][ ]?[\p{L}\d]|[.,]\d)(?! (?:nam|thang|ngay|%|ty|trieu|nghin))/u;

/** After a type name: `nêu trên`, `nói trên`, `trên đây`, `đã nêu`, `trên` — the last named document. Folded, anchored. */
export const PRIOR_REFERENCE =
  /^(?: hanh dong)? (?:neu tren|noi tren|tren day|da neu|tren)(?![a-z0-9])(?! (?:dia ban|co so|toan|cac|tinh than))/;
/** After a type name: `này` — the document itself. Folded, anchored. */
export const SELF_REFERENCE = /^(?: hanh dong)? nay(?![a-z0-9])/;

/** `(viết tắt là Kết luận số 81-KL/TW)`, `(sau đây gọi tắt là Nghị quyết 24)`. Folded; group: the short name. */
export const ABBREVIATION = /\(\s*(?:sau day\s+)?(?:duoc\s+)?(?:viet|goi) tat la\s*:?\s*([^()]{2,80}?)\s*\)/g;

/**
 * Words before a citation that say what the citing text does with it, searched in the folded
 * sentence before the mention (quoted titles and parentheses blanked). The cue ending last wins;
 * of two ending together, the longer. `background` is narrative (`Sau 10 năm thực hiện X, ...`).
 */
export const RELATION_CUES: ReadonlyArray<{
  cue: 'implements' | 'continues' | 'reviews' | 'attaches' | 'background';
  re: RegExp;
}> = [
  { cue: 'attaches', re: /\b(?:gui kem|dinh kem|kem theo)\b/g },
  { cue: 'reviews', re: /\b(?:tong ket|so ket)\b(?:[^.;]{0,40}?\bthuc hien\b)?/g },
  {
    cue: 'continues',
    re: /\btiep tuc (?:quan triet|trien khai|thuc hien|cu the hoa)(?:(?:, | va | )(?:quan triet|trien khai|thuc hien|cu the hoa))*/g,
  },
  { cue: 'background', re: /\bsau (?:hon |gan )?\S+ nam (?:trien khai )?(?:thuc hien|trien khai)\b/g },
  { cue: 'implements', re: /\b(?:quan triet|trien khai|thuc hien|thuc thi|thi hanh|cu the hoa|the che hoa|can cu)\b/g },
];

/**
 * A request to change an act, at the end of the words before it (`đề xuất sửa đổi, bổ sung …`, `kiến nghị Bộ … sớm
 * bổ sung …`, `đề nghị … báo cáo Chính phủ sửa đổi …`): only the issuing act amends, replaces or repeals (Luật Ban
 * hành VBQPPL), so the writer who proposes it cites the act; `Theo đề nghị của …` names the proposer of this very act.
 * Folded, anchored at the end; a request reaches no further than its clause (`.`, `;`, `:`).
 */
export const PROPOSAL = '(?<!\\btheo )\\b(?:de nghi|kien nghi|de xuat)\\b';
export const PROPOSED_CHANGE = new RegExp(
  `${PROPOSAL}[^.;:]{0,120}?\\b(?:sua doi|bo sung|thay the|bai bo|huy bo|dieu chinh)\\b[^.;:]{0,80}$`,
);

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Facts: responsibilities and targets (used by ingest/facts). Matched on the folded match form
// (no diacritics, lowercase, abbreviations expanded), so OCR slips in diacritics (`phối họp`)
// match like clean text. Body names themselves live in ingest/facts/body-lexicon.ts.
// ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Openers that hand an item to the bodies named next: `Giao X chủ trì`, `Đề nghị X ...`. */
export const ASSIGN_OPENER = /^(?:giao|de nghi|yeu cau)\s+/;
/**
 * `đề nghị X`, `yêu cầu X`, `giao X`, `giao cho X` inside a sentence (after its subject — `Sở Công Thương đề nghị Sở
 * Xây dựng …` — or after an opening phrase — `Căn cứ nội dung trên, đề nghị …`): in a letter or decision the
 * addressee named next is the body that acts (NĐ 30/2020 Công văn convention). Not `theo đề nghị của`, `xét đề nghị`,
 * `được giao`, `bàn giao`.
 */
export const ADDRESSEE_CUE =
  /(?<!\b(?:theo|xet|duoc|ban|chuyen|cac|nhung|da|ve viec|ho so|van ban|giay|don|to trinh|phieu)\s)(?<![a-z0-9])(?:(?:tran trong|kinh)\s+)?(?:de nghi|yeu cau|giao(?:\s+nhiem vu)?(?:\s+cho)?)\s+(?!cua\b)/g;
/** `Chỉ đạo X ...` opening an item under a lead-in: X carries the task out for the body above. */
export const DIRECTED_OPENER = /^chi dao\s+/;
/** `Phối hợp với X ...` opening an item: X works with the body the item inherits. */
export const COORDINATE_OPENER = /^phoi hop(?:\s+(?:chat che|dong bo|thuong xuyen))?(?:\s+voi)+\s+/;
/** After a subject: `lãnh đạo Y` puts body Y under Party leadership (not the pair `lãnh đạo, chỉ đạo`). */
export const LEADS_BODY = /^[\s,]*lanh dao\s+(?!chi dao)/;
/** After a body: `chỉ đạo Z`. */
export const DIRECTS_BODY = /^[\s,]*chi dao\s+/;
/** After a body: `chủ trì`. */
export const LEAD_VERB = /^[\s,]*chu tri\b/;
/** `chỉ đạo` anywhere as a verb: the led body passes the task on. */
export const DIRECT_VERB = /\bchi dao\b/;
/** `phối hợp với`, `phối hợp chặt chẽ với`, the doubled `với với` of real letters, `phối hợp các ...`. */
export const COORDINATE_CUE = /\bphoi hop(?:\s+(?:chat che|dong bo|thuong xuyen))?(?:\s+voi)*\s+/g;
/** `tham mưu`, and the OCR slip `tham mun`. */
export const ADVISE_CUE = /\btham mu[un]\b/g;
/** `theo dõi, kiểm tra, đôn đốc`, `giám sát`, `thanh tra`. */
export const MONITOR_CUE = /\b(?:theo doi|don doc|giam sat|kiem tra|thanh tra)\b/g;
/** `báo cáo` (the body reported to follows directly or after `về`). */
export const REPORT_CUE = /\bbao cao\b/g;
/** End of a segment of a clause (`;`, `.`): later segments may return to the main subject. */
export const SEGMENT_END = /[;.](?=\s|$)/;
/** Quoted titles of other documents: no fact inside them belongs to the clause. */
export const QUOTED = /“[^”]*”|"[^"]*"/g;

/** Units of targets, folded form → as printed canonically. Years, counts of years and times are not units. */
export const TARGET_UNITS: ReadonlyArray<readonly [folded: string, unit: string]> = [
  ['%', '%'],
  ['nghin ty dong', 'nghìn tỷ đồng'],
  ['ngan ty dong', 'nghìn tỷ đồng'],
  ['ty dong', 'tỷ đồng'],
  ['trieu dong', 'triệu đồng'],
  ['trieu cay', 'triệu cây'],
  ['m3/ngay dem', 'm³/ngày đêm'],
  ['m³/ngay dem', 'm³/ngày đêm'],
  ['m3/ngay', 'm³/ngày'],
  ['tan/ngay', 'tấn/ngày'],
  ['km2', 'km²'],
  ['km²', 'km²'],
  ['m3', 'm³'],
  ['m³', 'm³'],
  ['m2', 'm²'],
  ['m²', 'm²'],
  ['km', 'km'],
  ['ha', 'ha'],
  ['hecta', 'ha'],
  ['tan', 'tấn'],
  ['mw', 'MW'],
  ['kwh', 'kWh'],
];

/**
 * A number the Vietnamese way (`74,8`, `1.000`) and its unit, on folded text. Groups: number, unit.
 * A number glued to a slash, dot or comma on its left is part of a date or symbol.
 */
export const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}/.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)\\s?(${TARGET_UNITS.map(([f]) =>
    f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  ).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Words before a value that say how it binds, as printed. The nearest one wins. */
export const COMPARATOR_WORDS: ReadonlyArray<
  readonly [word: string, comparator: 'reach' | 'above' | 'at-least' | 'at-most' | 'below' | 'strive' | 'maintain']
> = [
  // "đạt và vượt" (reach and exceed) is a floor, as plan reports print it; longer phrases first.
  ['đạt và vượt', 'at-least'],
  ['đạt hoặc vượt', 'at-least'],
  ['không thấp hơn', 'at-least'],
  ['không dưới', 'at-least'],
  ['ít nhất', 'at-least'],
  ['tối thiểu', 'at-least'],
  ['không vượt quá', 'at-most'],
  ['không quá', 'at-most'],
  ['tối đa', 'at-most'],
  ['trên', 'above'],
  ['dưới', 'below'],
  ['đạt', 'reach'],
  ['duy trì', 'maintain'],
  ['phấn đấu', 'strive'],
];
/** `trở lên` after a value: at least. */
export const AT_LEAST_AFTER = /^\s*tro len\b/;
/** `phấn đấu` anywhere before the value in its sentence: an aspiration. */
export const STRIVE_CUE = /\bphan dau\b/;
/** `duy trì` before the value in its sentence: keep the level. */
export const MAINTAIN_CUE = /\bduy tri\b/;
/** `mức`, `ở mức` between a comparator or indicator and the value (`đạt mức 90%`). */
export const LEVEL_WORD = /(?:^|\s)(?:o\s+)?muc\s*$/;

/** `đến năm 2025`, `trước năm 2020`, `đến hết năm 2025`; not `tầm nhìn đến năm 2045`. Group: year. */
export const DEADLINE_PHRASE = /(?<!tam nhin\s)\b(?:den het|den|truoc|trong) nam (\d{4})\b/g;
/**
 * `giai đoạn 2022 - 2025`, `từ năm 2021 đến năm 2025`, `thời kỳ 2021 - 2030`, `nhiệm kỳ 2015-2020`.
 * Groups: keyword, from, to. `PERIOD_KEYWORDS` ranks the keywords: a programme's `giai đoạn`
 * outranks the congress term (`nhiệm kỳ`) named in the same sentence.
 */
export const PERIOD_PHRASE =
  /\b(giai doan|tu nam|thoi gian|thoi ky|nhiem ky)\s+(?:tu\s+)?(?:nam\s+)?(\d{4})\s*(?:-|den)\s*(?:nam\s+)?(\d{4})\b/g;
export const PERIOD_KEYWORDS: readonly string[] = ['giai doan', 'tu nam', 'thoi gian', 'thoi ky', 'nhiem ky'];

/** Scope of a target from the words of its indicator, folded form → scope. The first in the text wins. */
export const TARGET_SCOPES: ReadonlyArray<readonly [folded: string, scope: string]> = [
  ['thanh thi', 'urban'],
  ['do thi', 'urban'],
  ['nong thon', 'rural'],
  ['khu cong nghiep', 'industrial'],
  ['cum cong nghiep', 'industrial'],
  ['cong nghiep', 'industrial'],
  ['y te', 'medical'],
  ['lang nghe', 'craft-village'],
];

/** Where the shared predicate of `98% dân số nông thôn và 99% dân số đô thị sử dụng nước ...` begins. */
export const PREDICATE_OPENER = /\b(?:duoc|su dung|ap dung|tham gia)\b/;
/** Words that open a target phrase without naming anything (`Có 100% ...`, `Phấn đấu 100% ...`). */
export const TARGET_FILLER = /^(?:[-+•*]\s*)?(?:(?:co|phan dau|duy tri|dam bao|bao dam)\s+)*/;
