/**
 * @module answer/asked-document
 * Questions that ask for a document (`thực hiện văn bản nào`, `bãi bỏ thông tư nào`, `giấy phép số mấy`,
 * `Which decree …`) and the document symbols a quoted passage cites, so the answer states the symbol in
 * its own words instead of leaving it inside the quote.
 */
import { CITED_PARTY_SYMBOL, CITED_STATE_SYMBOL, DOCUMENT_TYPES, LAW_SYMBOL } from '../core/patterns.ts';
import nounsEn from './data/document-nouns-en.json' with { type: 'json' };
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';

/** What a document question asks: a document of one of `types` (type codes; empty = any type). */
export interface AskedDocument {
  types: string[];
}

/** Short forms the nodiac questions write (`nd 217`, `qd 16`, `tt 16/2018`), by type code. */
const SHORT_FORMS: Readonly<Record<string, string>> = { nd: 'ND', qd: 'QD', tt: 'TT', nq: 'NQ', ct: 'CT', kh: 'KH' };

/** Vietnamese names of document types (folded), longest first, with `văn bản` (any type) and `quy chuẩn` (QCVN). */
const VI_FORMS: ReadonlyArray<{ form: string; type: string }> = [
  ...DOCUMENT_TYPES.flatMap((t) => t.forms.map((form) => ({ form, type: t.type as string }))),
  { form: 'quy chuan', type: 'QCVN' },
  { form: 'van ban', type: '' },
  ...Object.entries(SHORT_FORMS).map(([form, type]) => ({ form, type })),
].sort((a, b) => b.form.length - a.form.length);

/**
 * Words that, standing right before `nào`, make it ask about something else (`kế hoạch giao cơ quan nào`); earlier
 * in the gap they are the document's issuer (`nghị quyết Bộ Chính trị nào`).
 */
const OTHER_ASKED = /\b(?:co quan|don vi|ai|nguoi|ngay|thang|nam|gio|bo|so|phong|ban|dieu|khoan|muc|noi dung|bao lau)$/;

/** English words that end the noun phrase after `which`: a verb (`Which body does Directive 07 …`) or another thing asked. */
const EN_STOP =
  /^(?:does|do|did|is|are|was|were|must|should|will|can|has|have|body|bodies|agency|office|person|official)$/;

const EN_NOUNS = nounsEn.nouns as Readonly<Record<string, string>>;

/**
 * The document a question asks for, with the types it names; null when it asks for something else.
 * @example askedDocument('Báo cáo thực hiện văn bản nào của Bộ Công Thương?') // { types: [] }
 * @example askedDocument('Which expired decrees did the applicant rely on?') // { types: ['ND'] }
 */
export function askedDocument(question: string): AskedDocument | null {
  const folded = foldKeepingOffsets(question);
  const types = new Set<string>();
  let asked = false;
  for (const { form, type } of VI_FORMS) {
    const re = new RegExp(`\\b${form}((?:\\s+[a-z0-9/.-]+){0,6}?)\\s+(?:nao|so may|so bao nhieu|so hieu nao)\\b`, 'g');
    for (const m of folded.matchAll(re)) {
      if (OTHER_ASKED.test(m[1].trim())) continue;
      asked = true;
      if (type) types.add(type);
    }
  }
  // `Which [Ministry of Industry and Trade] guidance …`: the first document noun within seven words, before any verb.
  for (const m of folded.matchAll(/\b(?:which|what)((?:\s+[a-z-]+){1,7})/g)) {
    for (const word of m[1].trim().split(/\s+/)) {
      if (EN_STOP.test(word)) break;
      const type = EN_NOUNS[word];
      if (type === undefined) continue;
      asked = true;
      if (type) types.add(type);
      break;
    }
  }
  return asked ? { types: [...types] } : null;
}

/** A document symbol cited in a text, with its type code (`NĐ` → `ND`, a law `QH…` → `LUAT`). */
export interface CitedSymbol {
  start: number;
  end: number;
  symbol: string;
  number: string;
  year: string | null;
  type: string;
}

/** `QCVN 05A:2020/BCT`, `QCVN 122:2024/BGTVT`: a national technical regulation. */
const QCVN_SYMBOL = /\bQCVN\s*\d{1,3}[A-Z]?\s*:\s*(\d{4})\s*\/\s*[A-ZĐ]{2,8}\b/gu;

const TYPE_OF_CODE = new Map(
  DOCUMENT_TYPES.flatMap((t) => Object.keys(t.codes).map((code) => [code, t.type as string] as [string, string])),
);

/** Symbols cited in a text, left to right, without overlaps. */
export function citedSymbols(text: string): CitedSymbol[] {
  const found: CitedSymbol[] = [];
  const add = (start: number, symbol: string, number: string, year: string | null, type: string) => {
    const end = start + symbol.length;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ start, end, symbol, number, year, type });
  };
  for (const m of text.matchAll(LAW_SYMBOL)) add(m.index, m[0], m[1], m[2], 'LUAT');
  for (const m of text.matchAll(QCVN_SYMBOL)) add(m.index, m[0], '', m[1], 'QCVN');
  for (const m of text.matchAll(CITED_STATE_SYMBOL)) {
    const code = foldKeepingOffsets(m[3]).toUpperCase();
    add(m.index, m[0], m[1], m[2] ?? null, TYPE_OF_CODE.get(code) ?? '');
  }
  for (const m of text.matchAll(CITED_PARTY_SYMBOL)) {
    const code = foldKeepingOffsets(m[2]).toUpperCase();
    add(m.index, m[0], m[1], null, TYPE_OF_CODE.get(code) ?? '');
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The symbols of a quoted passage that answer a document question: those of the asked types (all, when
 * none is of them), less the documents the question itself names (`Thông tư 16/2018 bãi bỏ thông tư nào`
 * asks for another one) — each once, in the order the passage cites them.
 */
export function answeringSymbols(
  quote: string,
  asked: AskedDocument,
  named: ReadonlyArray<{ number: string | null; year?: string | null }>,
): string[] {
  const isNamed = (s: CitedSymbol) =>
    named.some((n) => n.number !== null && n.number === s.number && (!n.year || !s.year || n.year === s.year));
  const cited = citedSymbols(quote).filter((s) => !isNamed(s));
  const ofType = cited.filter((s) => asked.types.includes(s.type));
  const chosen = asked.types.length > 0 && ofType.length > 0 ? ofType : cited;
  return [...new Set(chosen.map((s) => s.symbol.replace(/\s+/g, ' ')))];
}
