/**
 * @module answer/templates
 * The answerer's own words, in the question's language: Vietnamese for Vietnamese questions (with
 * or without diacritics), English for English ones. Quotes and names stay as the documents write them.
 */
import { ENGLISH_MONTHS, typeName } from '../core/patterns.ts';
import { foldAccents } from '../core/text/vietnamese.ts';
import type { Comparator, DocumentType, ResponsibilityRole } from '../core/types.ts';
import type { MetadataField, QuestionLang } from './types.ts';

type Lang = 'vi' | 'en';

/** Vietnamese for both Vietnamese forms. */
export function langOf(lang: QuestionLang): Lang {
  return lang === 'en' ? 'en' : 'vi';
}

const EN_TYPE: Partial<Record<DocumentType, string>> = {
  NQ: 'Resolution',
  KL: 'Conclusion',
  CT: 'Directive',
  CTr: 'Programme',
  KH: 'Plan',
  CV: 'Letter',
  HD: 'Guidance',
  TB: 'Notice',
  QD: 'Decision',
  QDi: 'Regulation',
  ND: 'Decree',
  TT: 'Circular',
  LUAT: 'Law',
  BC: 'Report',
  DA: 'Scheme',
  QCVN: 'National technical regulation',
  TCVN: 'National standard',
};

/** `Kết luận` / `Conclusion`, or a generic word. */
export function typeWord(type: DocumentType | null, lang: Lang): string {
  if (lang === 'en') return (type && EN_TYPE[type]) ?? 'document';
  return typeName(type) ?? 'văn bản';
}

/** `Kết luận 81-KL/TW` / `Conclusion 81-KL/TW`; a document without a symbol is named by its type and title. */
export function documentName(
  doc: { type: DocumentType | null; symbol: string | null; title?: string | null },
  lang: Lang,
): string {
  const word = typeWord(doc.type, lang);
  const named = doc.symbol ?? doc.title;
  if (!named) return word;
  // A title or mention that already opens with the type (`Nghị quyết về …`) is not prefixed again.
  return startsWithWord(named, word) ? named : `${word} ${named}`;
}

/** True when `text` opens with `word` (accents, case and an opening quote mark aside). */
function startsWithWord(text: string, word: string): boolean {
  const fold = (s: string) => foldAccents(s).toLowerCase();
  const t = fold(text.replace(/^[“"‘'(]+/, ''));
  const w = fold(word);
  return t.startsWith(w) && !/[\p{L}\p{N}]/u.test(t.charAt(w.length));
}

/** `2024-07-09` → `09/7/2024` (vi) or `9 July 2024` (en); partial dates stay partial. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  if (lang === 'en') {
    if (d) return `${Number(d)} ${ENGLISH_MONTHS[Number(m) - 1]} ${y}`;
    return m ? `${ENGLISH_MONTHS[Number(m) - 1]} ${y}` : y;
  }
  if (d) return `${d}/${Number(m)}/${y}`;
  return m ? `tháng ${Number(m)}/${y}` : `năm ${y}`;
}

const COMPARATOR: Record<Lang, Record<Comparator, string>> = {
  vi: {
    reach: 'đạt',
    above: 'trên',
    'at-least': 'ít nhất',
    'at-most': 'không quá',
    below: 'dưới',
    strive: 'phấn đấu đạt',
    maintain: 'duy trì',
  },
  en: {
    reach: 'reach',
    above: 'above',
    'at-least': 'at least',
    'at-most': 'at most',
    below: 'below',
    strive: 'strive for',
    maintain: 'maintain',
  },
};

/**
 * A target's value as a phrase: the comparator's word (when the target has one), then the value as
 * the caller prints it. Answers and briefings both state targets with it.
 * @example targetValue('at-least', '74,8%', 'vi') // 'ít nhất 74,8%'
 */
export function targetValue(comparator: Comparator | null, value: string, lang: Lang): string {
  return comparator ? `${COMPARATOR[lang][comparator]} ${value}` : value;
}

/** `Cơ quan chủ trì: X.` / `Lead body: X.` and the like, by role. */
export function roleSentence(role: ResponsibilityRole | 'recipient', bodies: string[], lang: Lang): string {
  const list = joinList(bodies, lang);
  const vi: Record<string, string> = {
    lead: `${list} chủ trì`,
    direct: `${list} lãnh đạo, chỉ đạo`,
    coordinate: `Phối hợp: ${list}`,
    report: `${list} có trách nhiệm báo cáo`,
    recipient: `Báo cáo về: ${list}`,
    advise: `${list} tham mưu`,
    monitor: `${list} theo dõi, kiểm tra`,
    implement: `${list} thực hiện`,
  };
  const en: Record<string, string> = {
    lead: `${list} leads`,
    direct: `${list} leads and directs`,
    coordinate: `Working with: ${list}`,
    report: `${list} must report`,
    recipient: `Reports go to: ${list}`,
    advise: `${list} advises`,
    monitor: `${list} monitors`,
    implement: `${list} implements`,
  };
  return (lang === 'en' ? en : vi)[role];
}

/** `A, B và C` / `A, B and C`. */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'en' ? 'and' : 'và';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** `(1032-CV/TU, mục 3.4): “…” [1]` — where the words stand and the words themselves. */
export function quoted(label: string, quote: string, n: number): string {
  return `(${label}): “${quote}” [${n}]`;
}

export const PHRASES = {
  vi: {
    according: 'Theo',
    inherited: 'nhiệm vụ này thuộc phần do',
    notFound: 'Không tìm thấy nội dung trả lời câu hỏi này trong các văn bản hiện có.',
    notAbout: (place: string) => `Các văn bản hiện có không có văn bản nào của ${place} về nội dung này.`,
    unknownDocument: (name: string) => `Kho văn bản hiện không có ${name}.`,
    closest: (label: string) => ` Nội dung gần nhất các văn bản có đề cập: ${label}.`,
    noImplementers: (name: string) => `Không có văn bản nào trong kho triển khai ${name}`,
    implements: (doc: string, what: string) => `${doc} triển khai thực hiện ${what}`,
    restsOn: (doc: string, what: string) => `${doc} căn cứ / quán triệt ${what}`,
    target: (indicator: string, value: string, deadline: number | null) =>
      `Chỉ tiêu ${indicator}: ${value}${deadline ? ` (đến năm ${deadline})` : ''}`,
    field: {
      signer: 'Người ký',
      date: 'Ngày ban hành',
      symbol: 'Số, ký hiệu',
      place: 'Nơi ban hành',
      issuer: 'Cơ quan ban hành',
    } satisfies Record<MetadataField, string>,
    inferred: 'không in trên văn bản; suy ra từ trích dẫn ở văn bản khác',
    missing: 'không ghi trên văn bản',
  },
  en: {
    according: 'According to',
    inherited: 'the task falls under the part led by',
    notFound: 'The documents in the collection do not answer this question.',
    notAbout: (place: string) => `No document in the collection is from ${place} on this matter.`,
    unknownDocument: (name: string) => `The collection does not hold ${name}.`,
    closest: (label: string) => ` The closest the documents come: ${label}.`,
    noImplementers: (name: string) => `No document in the collection implements ${name}`,
    implements: (doc: string, what: string) => `${doc} implements ${what}`,
    restsOn: (doc: string, what: string) => `${doc} rests on ${what}`,
    target: (indicator: string, value: string, deadline: number | null) =>
      `Target for ${indicator}: ${value}${deadline ? ` by ${deadline}` : ''}`,
    field: {
      signer: 'Signed by',
      date: 'Date of issue',
      symbol: 'Number/symbol',
      place: 'Place of issue',
      issuer: 'Issued by',
    } satisfies Record<MetadataField, string>,
    inferred: 'not printed on the document; inferred from citations in other documents',
    missing: 'not stated in the document',
  },
} as const;

/** How a sentence names a change to another document's force, the same in answers, validity notes and briefings. */
export const FORCE_CHANGE_VERBS = {
  vi: {
    amends: 'sửa đổi, bổ sung',
    replaces: 'thay thế',
    repeals: 'bãi bỏ',
    suspends: 'tạm ngưng hiệu lực',
    corrects: 'đính chính',
  },
  en: { amends: 'amends', replaces: 'replaces', repeals: 'repeals', suspends: 'suspends', corrects: 'corrects' },
} as const;
