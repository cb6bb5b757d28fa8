/**
 * @module answer/asked-document
 * The one reader of "which document does the question ask for" (`thực hiện văn bản nào`, `bãi bỏ thông tư nào`,
 * `giấy phép số mấy`, `Which decree …`): classify reads its kind and lineage slots from it, the content answer
 * states the symbols it asks for. And the document symbols a quoted passage cites, so the answer states the
 * symbol in its own words instead of leaving it inside the quote.
 */
import { CITED_PARTY_SYMBOL, CITED_STATE_SYMBOL, DOCUMENT_TYPES, LAW_SYMBOL } from '../core/patterns.ts';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import type { DocumentType } from '../core/types.ts';
import nounsEn from './data/document-nouns-en.json' with { type: 'json' };
import { foldedText, phraseRegExp } from './folded-text.ts';

/** What a document question asks, and where. */
export interface AskedDocument {
  /** Type codes the question names for it (empty: any type, `văn bản nào`, `which document`). */
  types: DocumentType[];
  /** The type of the first asking phrase, null when it names none. */
  type: DocumentType | null;
  /** The document word of the first asking phrase, in the question's folded text (offsets kept). */
  start: number;
  end: number;
  /** Asked by its number (`giấy phép số mấy`) rather than with `nào` / `which`. */
  byNumber: boolean;
}

/** Short forms the nodiac questions write (`nd 217`, `qd 16`, `tt 16/2018`), by type code. */
const SHORT_FORMS: Readonly<Record<string, DocumentType>> = {
  nd: 'ND',
  qd: 'QD',
  tt: 'TT',
  nq: 'NQ',
  ct: 'CT',
  kh: 'KH',
};

/**
 * Vietnamese names of document types (folded), longest first, with `văn bản` (any type) and `quy chuẩn` (QCVN);
 * `asked` finds the name followed, within six words, by `nào` or a question for its number (compiled once here:
 * every question runs all of them).
 */
const VI_FORMS: ReadonlyArray<{ form: string; type: DocumentType | null; asked: RegExp }> = [
  ...DOCUMENT_TYPES.flatMap((t) => t.forms.map((form) => ({ form, type: t.type }))),
  { form: 'quy chuan', type: 'QCVN' as DocumentType },
  { form: 'van ban', type: null },
  ...Object.entries(SHORT_FORMS).map(([form, type]) => ({ form, type })),
]
  .sort((a, b) => b.form.length - a.form.length)
  .map(({ form, type }) => ({
    form,
    type,
    asked: new RegExp(
      `(?<![a-z0-9])${form.replace(/ /g, '\\s+')}((?:\\s+[a-z0-9/.-]+){0,6}?)\\s+(nao|so may|so bao nhieu|so hieu nao)(?![a-z0-9])`,
      'g',
    ),
  }));

/**
 * Words that, standing right before `nào`, make it ask about something else (`kế hoạch giao cơ quan nào`); earlier
 * in the gap they are the document's issuer (`nghị quyết Bộ Chính trị nào`).
 */
const OTHER_ASKED = /\b(?:co quan|don vi|ai|nguoi|ngay|thang|nam|gio|bo|so|phong|ban|dieu|khoan|muc|noi dung|bao lau)$/;

/**
 * English words that end the noun phrase after `which`: a verb (`Which body does Directive 07 …`, `which agency
 * leads the plan`), another thing asked (`which authority`), or an article, which opens the verb's object
 * (`Which authority grants the … permit`): the asked noun phrase has none.
 */
const EN_STOP = /^(?:does|do|did|is|are|was|were|must|should|will|can|has|have|leads?|led|the|a|an)$/;
/** Bodies asked right after `which` (`which agency`); further on they are the document's issuer (`which Chemicals Agency letter`). */
const EN_BODIES =
  /^(?:body|bodies|agency|agencies|authority|authorities|office|offices|unit|units|person|people|official|officials)$/;

const EN_NOUNS = nounsEn.nouns as Readonly<Record<string, string>>;

/**
 * The document a question asks for, with the types it names; null when it asks for something else.
 * Offsets are those of `foldedText(question)`.
 * @example askedDocument('Báo cáo thực hiện văn bản nào của Bộ Công Thương?') // { types: [], type: null, … }
 * @example askedDocument('Which expired decrees did the applicant rely on?') // { types: ['ND'], type: 'ND', … }
 */
export function askedDocument(question: string): AskedDocument | null {
  const folded = foldedText(question).folded;
  const found: Array<{ type: DocumentType | null; start: number; end: number; byNumber: boolean }> = [];
  const add = (type: DocumentType | null, start: number, end: number, byNumber: boolean) => {
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ type, start, end, byNumber });
  };
  for (const { form, type, asked } of VI_FORMS) {
    for (const m of folded.matchAll(asked)) {
      // Another document word nearer `nào` is the one asked (`chương trình quán triệt nghị quyết nào`).
      if (OTHER_ASKED.test(m[1].trim()) || VI_FORMS.some((f) => phraseRegExp(f.form).test(m[1]))) continue;
      add(type, m.index, m.index + form.length, m[2] !== 'nao');
    }
  }
  // `Which [Ministry of Industry and Trade] guidance …`: the first document noun within seven words, before any verb.
  for (const m of folded.matchAll(/(?<![a-z0-9])(?:which|what)((?:\s+[a-z0-9-]+){1,7})/g)) {
    let at = m.index + m[0].length - m[1].length;
    let first = true;
    for (const word of m[1].split(/(\s+)/)) {
      const start = at;
      at += word.length;
      if (word.trim() === '') continue;
      if (EN_STOP.test(word) || (first && EN_BODIES.test(word))) break;
      first = false;
      const type = EN_NOUNS[word];
      if (type === undefined) continue;
      add((type || null) as DocumentType | null, start, start + word.length, false);
      break;
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  const types = [...new Set(found.flatMap((f) => (f.type ? [f.type] : [])))];
  return { types, type: found[0].type, start: found[0].start, end: found[0].end, byNumber: found[0].byNumber };
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
  asked: { types: readonly string[] },
  named: ReadonlyArray<{ number: string | null; year?: string | null }>,
): string[] {
  const isNamed = (s: CitedSymbol) =>
    named.some((n) => n.number !== null && n.number === s.number && (!n.year || !s.year || n.year === s.year));
  const cited = citedSymbols(quote).filter((s) => !isNamed(s));
  const ofType = cited.filter((s) => asked.types.includes(s.type));
  const chosen = asked.types.length > 0 && ofType.length > 0 ? ofType : cited;
  return [...new Set(chosen.map((s) => s.symbol.replace(/\s+/g, ' ')))];
}
