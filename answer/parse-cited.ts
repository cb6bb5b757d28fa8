/**
 * @module answer/parse-cited
 * Reads a model's reply in the format the prompt asks for — sentences each ending with
 * `[CLAUSE_ID] "QUOTE"` — into sentences and their claimed citations. Nothing here is trusted:
 * `generative.ts` verifies every claim against the store.
 */
import { NO_ANSWER } from './prompt.ts';

export interface ClaimedCitation {
  clauseId: string;
  quote: string;
}

export interface CitedSentence {
  text: string;
  citations: ClaimedCitation[];
}

export interface ParsedReply {
  /** True when the model said the clauses do not answer. */
  noAnswer: boolean;
  sentences: CitedSentence[];
}

/** `[id] "quote"`, `[id] “quote”` or `[id: "quote"]`. */
const CITATION = /\[\s*([^\s[\]"“”:]+)\s*(?::\s*(?:"([^"]*)"|“([^”]*)”)\s*\]|\]\s*(?:"([^"]*)"|“([^”]*)”))/g;

/**
 * Splits a reply into sentences at its citations; text after the last citation is a sentence without one.
 * @example parseCitedReply('Ban Tuyên giáo chủ trì. [doc~5] "Ban Tuyên giáo Thành ủy chủ trì"').sentences[0].citations[0].clauseId // 'doc~5'
 */
export function parseCitedReply(reply: string): ParsedReply {
  const text = reply.trim();
  if (text === NO_ANSWER || text.startsWith(`${NO_ANSWER}\n`) || text === `${NO_ANSWER}.`)
    return { noAnswer: true, sentences: [] };
  const sentences: CitedSentence[] = [];
  let from = 0;
  for (const m of text.matchAll(CITATION)) {
    const before = text.slice(from, m.index).trim();
    const citation = { clauseId: m[1], quote: m[2] ?? m[3] ?? m[4] ?? m[5] ?? '' };
    const last = sentences[sentences.length - 1];
    if (before === '' || /^[.,;]$/.test(before)) {
      if (last) last.citations.push(citation);
      else sentences.push({ text: '', citations: [citation] });
    } else sentences.push({ text: before, citations: [citation] });
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (/[\p{L}\p{N}]/u.test(rest)) sentences.push({ text: rest, citations: [] });
  return { noAnswer: false, sentences };
}
