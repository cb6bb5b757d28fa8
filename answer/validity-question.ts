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
  if (hasAny(folded, cues.replaces)) return 'replaces';
  if (hasAny(folded, cues.repeals)) return 'repeals';
  if (hasAny(folded, cues.amends)) return 'amends';
  if (hasAny(folded, cues.status)) return 'status';
  return null;
}
