/**
 * @module ingest/references/validity/patterns
 * The words by which a legal text changes another's force or states its own, matched on folded
 * text (no diacritics, lowercase, same offsets). Sources: Luật Ban hành VBQPPL 2015/2025 (Điều on
 * "sửa đổi, bổ sung, thay thế, bãi bỏ, đình chỉ việc thi hành", "hiệu lực"), NĐ 34/2016 and
 * NĐ 30/2020 closing-article formulas, and the closing articles of the archive's laws, decrees and
 * circulars. Kept apart from core/patterns.ts because they serve only this extractor.
 */
import type { ValidityRelation } from '../../../core/types.ts';

/** Verbs that govern the document named after them, longest first where two start together. */
export const VALIDITY_CUES: ReadonlyArray<{ relation: ValidityRelation; re: RegExp }> = [
  // `Sửa đổi, bổ sung, bãi bỏ một số điều của Luật X`: the whole act amends; its items repeal parts.
  { relation: 'amends', re: /\bsua doi,? bo sung(?:,? (?:va )?bai bo)?\b|\bsua doi\b|\bbo sung mot so\b/g },
  { relation: 'replaces', re: /\bthay the\b/g },
  { relation: 'repeals', re: /\bbai bo\b|\bhuy bo\b/g },
  {
    relation: 'suspends',
    re: /\b(?:tam ngung|tam dung|tam dinh chi|dinh chi)(?: viec)? (?:thi hanh|hieu luc)(?: thi hanh)?\b/g,
  },
  { relation: 'corrects', re: /\bdinh chinh\b/g },
  {
    relation: 'guides',
    re: /\b(?:quy dinh chi tiet(?: va huong dan)?(?: thi hanh| thuc hien)?|huong dan(?: thi hanh| thuc hien| chi tiet)?)\b/g,
  },
  { relation: 'basis', re: /^\s*can cu\b/g },
];

/** Passive form after the cited document: `Luật X ... hết hiệu lực kể từ ngày Luật này có hiệu lực`. */
export const ENDS_FORCE = /\b(?<!chua |khi |da )het hieu luc(?: thi hanh)?\b/;

/** `Điều 5 được sửa đổi, bổ sung như sau`, `khoản 2 được bổ sung`, `Điều 7 bị bãi bỏ`. */
export const PASSIVE_PART =
  /^(?:\s*[\da-zđ]{1,3}[.)]\s*)?(.*?)\b(?:duoc|bi) (sua doi,? bo sung|sua doi|bo sung|bai bo|thay the)\b/;

/** What may stand before `hướng dẫn` / `quy định chi tiết` when this document is the one guiding. */
export const SELF_GUIDE_PREFIX =
  /^(?:\s*\d+\.\s*)?(?:[\p{L} ,]*ban hanh\s+)?(?:(?:thong tu|nghi dinh|quyet dinh|luat|nghi quyet|van ban|chi thi|huong dan|phap lenh)\s*(?:lien tich\s*)?(?:nay)?\s*)?$/u;

/** Words naming a document type in `X này`: the self reference of a closing article. */
export const SELF_TYPE_WORDS: Record<string, string> = {
  luat: 'LUAT',
  'nghi dinh': 'ND',
  'thong tu': 'TT',
  'thong tu lien tich': 'TT',
  'quyet dinh': 'QD',
  'nghi quyet': 'NQ',
  'chi thi': 'CT',
  'phap lenh': 'LUAT',
  'van ban': '*',
  'ke hoach': 'KH',
  'quy dinh': 'QDi',
  'quy che': 'QC',
  'huong dan': 'HD',
};

/** `Nghị định này có hiệu lực (thi hành)`: the self reference of a closing article, type word captured. */
export const EFFECT_FROM =
  /\b(luat|nghi dinh|thong tu(?: lien tich)?|quyet dinh|nghi quyet|chi thi|phap lenh|van ban|ke hoach|quy dinh|quy che|huong dan) nay (?:chinh thuc )?co hieu luc(?: thi hanh)?/;

/** After `có hiệu lực`: `(kể) từ ngày ký (ban hành)`. */
export const FROM_SIGNING = /^\s*(?:ke\s+)?tu\s+ngay\s+ky\b/;

/** After `có hiệu lực`: `sau 45 ngày kể từ ngày ký`. */
export const AFTER_SIGNING = /^\s*(?:ke\s+)?sau\s+(\d{1,3})\s+ngay\s+(?:ke\s+)?tu\s+ngay\s+ky\b/;

/** After `có hiệu lực`: `(kể) từ ngày`, then a date. */
export const FROM_DATE = /^\s*(?:ke\s+)?(?:bat dau\s+)?tu\s+(?=ngay\s+\d)/;

/** `Nghị định này hết hiệu lực (kể) từ ngày <date>`: the day before is its last in force. */
export const SELF_ENDS =
  /\b(luat|nghi dinh|thong tu(?: lien tich)?|quyet dinh|nghi quyet|chi thi|van ban|ke hoach|quy dinh|quy che) nay het hieu luc(?: thi hanh)?(?: ke)? tu (?=ngay\s+\d)/;

/** `(tiếp tục có hiệu lực) đến hết ngày <date>`: the day named is the last in force. */
export const UNTIL_END_OF = /\bden het (?=ngay\s+\d)/;

/** `trừ …` after the main statement: an exception, recorded as written. */
export const EXCEPT = /,?\s*\btru\b/;
