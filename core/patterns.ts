/**
 * @module core/patterns
 * Every pattern of the genre in one place (eyecite's regexes.py): numbering schemes, document
 * symbols, type names and abbreviations, dates, signing capacities. Logic lives elsewhere.
 */
import type { DocumentType } from './types.ts';

/** Dashes real documents use between number and type code. */
export const DASH = '[-‐‑–—]';

/** Type names as written in titles and citations, by type code. Matched on folded text. */
export const TYPE_NAMES: ReadonlyArray<{ type: DocumentType; name: string; folded: string[] }> = [
  { type: 'CTr', name: 'Chương trình', folded: ['chuong trinh hanh dong', 'chuong trinh'] },
  { type: 'NQ', name: 'Nghị quyết', folded: ['nghi quyet'] },
  { type: 'KL', name: 'Kết luận', folded: ['ket luan'] },
  { type: 'CT', name: 'Chỉ thị', folded: ['chi thi'] },
  { type: 'KH', name: 'Kế hoạch', folded: ['ke hoach'] },
  { type: 'CV', name: 'Công văn', folded: ['cong van'] },
  { type: 'HD', name: 'Hướng dẫn', folded: ['huong dan'] },
  { type: 'TB', name: 'Thông báo', folded: ['thong bao'] },
  { type: 'QDi', name: 'Quy định', folded: ['quy dinh'] },
  { type: 'QD', name: 'Quyết định', folded: ['quyet dinh'] },
  { type: 'QC', name: 'Quy chế', folded: ['quy che'] },
  { type: 'BC', name: 'Báo cáo', folded: ['bao cao'] },
  { type: 'TTr', name: 'Tờ trình', folded: ['to trinh'] },
  { type: 'DA', name: 'Đề án', folded: ['de an'] },
  { type: 'PA', name: 'Phương án', folded: ['phuong an'] },
  { type: 'TC', name: 'Thông cáo', folded: ['thong cao'] },
  { type: 'CD', name: 'Công điện', folded: ['cong dien'] },
  { type: 'ND', name: 'Nghị định', folded: ['nghi dinh'] },
  { type: 'TT', name: 'Thông tư', folded: ['thong tu'] },
  { type: 'LUAT', name: 'Luật', folded: ['luat'] },
];

export function typeName(type: DocumentType | null): string | null {
  return TYPE_NAMES.find((t) => t.type === type)?.name ?? null;
}

/** Type codes of symbols, folded and uppercased (`QĐ` → `QD`), to the type they stand for. */
export const SYMBOL_TYPE_CODES: Readonly<Record<string, DocumentType>> = {
  NQ: 'NQ',
  KL: 'KL',
  CT: 'CT',
  CTR: 'CTr',
  KH: 'KH',
  CV: 'CV',
  HD: 'HD',
  TB: 'TB',
  QD: 'QD',
  QDI: 'QDi',
  QYD: 'QDi',
  QC: 'QC',
  BC: 'BC',
  TTR: 'TTr',
  DA: 'DA',
  PA: 'PA',
  TC: 'TC',
  CD: 'CD',
  ND: 'ND',
  TT: 'TT',
};

/** How each code is printed in a canonical symbol. */
export const SYMBOL_CODE_SPELLING: Readonly<Record<string, string>> = {
  NQ: 'NQ',
  KL: 'KL',
  CT: 'CT',
  CTR: 'CTr',
  KH: 'KH',
  CV: 'CV',
  HD: 'HD',
  TB: 'TB',
  QD: 'QĐ',
  QDI: 'QĐi',
  QYD: 'QyĐ',
  QC: 'QC',
  BC: 'BC',
  TTR: 'TTr',
  DA: 'ĐA',
  PA: 'PA',
  TC: 'TC',
  CD: 'CĐ',
  ND: 'NĐ',
  TT: 'TT',
};

/** Issuer tokens whose mixed case is meaningful. */
export const ISSUER_SPELLING: Readonly<Record<string, string>> = { TTG: 'TTg' };

const CODE = '[A-Za-zĐđ]{1,5}';
const ISSUER = '[A-Za-zĐđ&0-9]{1,12}(?:[-.][A-Za-zĐđ&0-9]{1,12}){0,3}';

/**
 * Party symbol `{number}-{code}/{issuer}`: `41-NQ/TW`, `2449 -CV/ĐU`, `31- CTr/TW`, `104-CTr/Tu`.
 * Groups: number, code, issuer.
 */
export const PARTY_SYMBOL = new RegExp(
  `(?<![\\p{L}\\d/])(\\d{1,5})[ ]?${DASH}[ ]?(${CODE})[ ]?/[ ]?(${ISSUER})(?![\\p{L}\\d])`,
  'gu',
);

/**
 * State symbol `{number}[/{year}]/{code}-{issuer}`: `524/QĐ-TTg`, `30/2020/NĐ-CP`, `9387 /UBND-KT`.
 * Groups: number, year, code (or issuer for a Công văn), issuer.
 */
export const STATE_SYMBOL = new RegExp(
  `(?<![\\p{L}\\d/])(\\d{1,5})[ ]?/[ ]?(?:(\\d{4})[ ]?/[ ]?)?([A-Za-zĐđ&]{1,8})[ ]?${DASH}[ ]?(${ISSUER})(?![\\p{L}\\d])`,
  'gu',
);

/** `Số: 1032-CV/TU`, `Số 12-NQ/TU`, `Số: /KH-UBND` (blank draft number). */
export const NUMBER_LINE = /(?:^|\s)S[ốoóồỗộổ]\s*:?\s*(\d{0,5}\s*[-‐‑–—/]?\s*[A-Za-zĐđ&/ -]*?[A-Za-zĐđ&])(?=\s|$|,)/u;

/** `Cần Thơ, ngày 09 tháng 7 năm 2024` with blanks allowed for the day or month in drafts. */
export const PLACE_DATE =
  /(?:^|\s{2,}|^\s*)([\p{L}][\p{L} .'-]{1,40}?)\s*,\s*ngày\s*([0-9]{1,2}|[ .…_]*)\s*tháng\s*([0-9]{1,2}|[ .…_]*)\s*năm\s*([0-9]{4})/u;

/** `ngày 15/11/2004`, `ngày 04-6-2024`. Groups: day, month, year. */
export const NUMERIC_DATE = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;

/** Mottos on the right of the header; never an issuer. Matched on folded uppercase text. */
export const MOTTOS = ['DANG CONG SAN VIET NAM', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'DOC LAP - TU DO - HANH PHUC'];

/** Words that make a header line an issuing body (folded uppercase). */
export const BODY_HEAD_WORDS =
  /\b(UY|UY BAN|BAN|DANG BO|DANG UY|BO|SO|HOI DONG|VAN PHONG|CHINH PHU|QUOC HOI|TRUNG UONG|CHI BO|MAT TRAN|DANG DOAN|BAN CAN SU)\b/;

/** Signing capacities, matched at the start of a line. `T.M` tolerates OCR slips of the slash. */
export const SIGNING_CAPACITY = /^(T\s*\/\s*M\.?|TM\.|T\S?M|KT\.|Q\.|TL\.|TUQ\.)\s+(.+)$/u;

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
