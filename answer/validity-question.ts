/**
 * @module answer/validity-question
 * Whether a question asks about validity — `Văn bản nào thay thế Nghị định 163/2013/NĐ-CP?`,
 * `Điều 6 … còn hiệu lực không?`, `What amended Decree …?` — and what it asks: the status, or the
 * documents that replaced, amended or repealed the one named. Cue words live in data/validity-cues.json.
 */
import cues from './data/validity-cues.json' with { type: 'json' };
import { hasAny } from './folded-text.ts';
import type { DocumentMention } from './types.ts';

export type ValidityAsk = 'status' | 'replaces' | 'amends' | 'repeals';

const ARTICLE = /(?:^|[^a-z0-9])(?:dieu|article)\s+(\d+[a-z]?)(?![a-z0-9])/;

/** The article number a question names (`Điều 6`, `article 6`), or null. */
export function askedArticle(folded: string): string | null {
  return ARTICLE.exec(folded)?.[1] ?? null;
}

/**
 * What a validity question asks, or null when the question is not about validity: it needs a cue
 * and a document or article to apply it to.
 * @example validityAsk('van ban nao thay the nghi dinh 163/2013/nd-cp', mentions) // 'replaces'
 */
export function validityAsk(folded: string, mentions: readonly DocumentMention[]): ValidityAsk | null {
  if (mentions.length === 0 && askedArticle(folded) === null) return null;
  return validityCue(folded);
}

/**
 * What a question's validity words ask, whatever they apply to: a follow-up (`còn hiệu lực không?`, `Is it still
 * in force?`) applies them to the earlier turn's document.
 */
export function validityCue(folded: string): ValidityAsk | null {
  if (hasAny(folded, cues.replaces)) return 'replaces';
  if (hasAny(folded, cues.repeals)) return 'repeals';
  if (hasAny(folded, cues.amends)) return 'amends';
  if (hasAny(folded, cues.status)) return 'status';
  return null;
}

/** A date question about when a document takes effect (folded). */
export const EFFECT =
  /\b(?:(?:co|phat sinh) hieu luc|hieu luc (?:thi hanh|tu|ke tu)|hieu luc (?:khi|ngay|luc) nao|ap dung tu|take effect|takes effect|took effect|in force|into force|effective)\b/;

/**
 * Words asking when a document's force ends (folded): `hết hiệu lực khi nào`, `có hiệu lực đến ngày nào`, `When does
 * … cease to have effect?`, `expire` (Luật Ban hành VBQPPL: a document may state its own end, `hết hiệu lực kể từ …`).
 */
const END =
  /\b(?:het hieu luc|hieu luc (?:den|toi) (?:khi|ngay|luc) nao|cease[sd]? to (?:have|be in) effect|expir(?:e[sd]?|y|ation)|no longer (?:in force|in effect|valid)|(?:in force|valid|effective) until)\b/;

/**
 * A question asking when a whole document stops being in force (folded): a date asked and an end word.
 * @example asksDocumentEnd('nd 139/2025 het hieu luc khi nao') // true
 */
export function asksDocumentEnd(folded: string, datesAsked: boolean): boolean {
  // `When does … cease to have effect?`: the end word makes the English `when` a date question.
  return (datesAsked || /\bwhen\b/.test(folded)) && END.test(folded) && !PROVISIONS_ASKED.test(folded);
}

/** Which provisions take effect (`những điều khoản nào … có hiệu lực`, `Điều 6 có hiệu lực`) is asked of a clause, not of the document. */
const PROVISIONS_ASKED =
  /\b(?:dieu khoan|khoan nao|dieu nao|dieu \d+|khoan \d+|quy dinh nao|provisions?|articles?|clauses?)\b/;

/**
 * A question asking when a whole document takes effect (folded): its closing article answers.
 * @example asksDocumentEffect('thong tu bo quoc phong huong dan luat hoa chat co hieu luc tu ngay nao') // true
 */
export function asksDocumentEffect(folded: string): boolean {
  return EFFECT.test(folded) && !PROVISIONS_ASKED.test(folded);
}
