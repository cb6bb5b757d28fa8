/**
 * @module briefing/document-format
 * Which administrative format a briefing takes, from the body that issues it: a Party committee or
 * board follows Hướng dẫn 36-HD/VPTW (2018) on the format of Party documents; a State body follows
 * Nghị định 30/2020/NĐ-CP. The two differ in the national/Party line, the number's form and the
 * signature's capacity words.
 */
import { foldAccents } from '../core/text/vietnamese.ts';

export type DocumentFormat = 'party' | 'state';

/** A report (`BÁO CÁO`, type code BC) or a letter (công văn: `V/v …` under the number, `Kính gửi:`). */
export type DocumentKind = 'report' | 'letter';

/** What the user sets for the header block and signature; everything optional. */
export interface BriefingHeader {
  /** Issuing body as printed top left, e.g. `BAN TUYÊN GIÁO THÀNH ỦY` or `ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ`. */
  issuer: string;
  /** Body above the issuer (`THÀNH ỦY CẦN THƠ` above its board), when there is one. */
  parentIssuer?: string;
  /** Number part of the symbol (`12`); blank leaves dots for the clerk. */
  number?: string;
  /** Issuer's abbreviation in the symbol (`BTGTU`, `UBND`). */
  abbreviation?: string;
  place?: string;
  recipients?: string[];
  /** `T/M BAN THƯỜNG VỤ`, `TM. ỦY BAN NHÂN DÂN`, `KT. GIÁM ĐỐC` ... */
  signerCapacity?: string;
  signerTitle?: string;
  signerName?: string;
  /** Forces a format; by default it follows the issuer. */
  format?: DocumentFormat;
  /** Report (default) or letter. */
  kind?: DocumentKind;
  /** A letter's addressees, after `Kính gửi:`. */
  addressees?: string[];
}

/** Words that name Party bodies (folded): committees (`tỉnh ủy`, `đảng ủy`), their boards, the Party itself. */
const PARTY_BODY =
  /\b(?:tinh|thanh|huyen|quan|thi|dang|khu|xa|phuong) uy\b|\bban (?:tuyen giao|to chuc|dan van|kiem tra|noi chinh|chap hanh|thuong vu|can su dang)\b|\bdang cong san\b|\bdang bo\b|\bvan phong (?:tinh|thanh|huyen) uy\b/;

/**
 * The format for an issuing body: Party (36-HD/VPTW) or State (NĐ 30/2020).
 * @example formatForIssuer('Ban Tuyên giáo Thành ủy Cần Thơ') // 'party'
 * @example formatForIssuer('Ủy ban nhân dân thành phố Cần Thơ') // 'state'
 */
export function formatForIssuer(issuer: string): DocumentFormat {
  const folded = foldAccents(issuer).toLowerCase().replace(/\s+/g, ' ');
  return PARTY_BODY.test(folded) ? 'party' : 'state';
}

/**
 * The number line: a report `Số 12-BC/BTGTU` (Party: hyphen before the type) or `Số: 12/BC-UBND` (State);
 * a letter `Số 12-CV/BTGTU` (Party) or `Số: 12/UBND-KT` (State: a công văn has no type code).
 * A missing number leaves dots for the clerk.
 */
export function numberLine(
  format: DocumentFormat,
  number?: string,
  abbreviation?: string,
  kind: DocumentKind = 'report',
): string {
  const n = number?.trim() || '…';
  const abbr = abbreviation?.trim() || '…';
  if (format === 'party') return `Số ${n}-${kind === 'letter' ? 'CV' : 'BC'}/${abbr}`;
  return kind === 'letter' ? `Số: ${n}/${abbr}` : `Số: ${n}/BC-${abbr}`;
}

/** `Cần Thơ, ngày 09 tháng 7 năm 2024`: day and month below 10 (day) and 3 (month) get a leading zero, as NĐ 30 prints them. */
export function placeDateLine(place: string | undefined, isoDate: string): string {
  const d = new Date(isoDate);
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  const where = place?.trim() || '…';
  return `${where}, ngày ${dd} tháng ${mm} năm ${d.getUTCFullYear()}`;
}
