/**
 * @module answer/cited-reply
 * A model's reply in the cited format (`sentence [CLAUSE_ID] "exact quote"`), kept only where it
 * holds: every sentence's citations are checked against the store (and, when given, against the
 * clauses the model was allowed to see); a sentence with no citation or one that fails is removed
 * and counted. Used by the generative mode and by the agent mode alike.
 */
import type { Db } from '../core/store/index.ts';
import { parseCitedReply } from './parse-cited.ts';
import type { Citation } from './types.ts';
import { verifyCitations } from './verify-citations.ts';

export interface VerifiedReply {
  /** Kept sentences with `[n]` markers pointing into `citations`; empty when nothing held. */
  answer: string;
  citations: Citation[];
  /** Sentences dropped: no citation, a clause not allowed, or a quote not in the clause. */
  removed: number;
  /** True when the model said the clauses do not answer. */
  noAnswer: boolean;
}

/** The text of a chat reply, whatever shape its content has. */
export function replyText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === 'string' ? part : typeof part?.text === 'string' ? part.text : ''))
      .join('');
  }
  return '';
}

/**
 * Parses and verifies a cited reply. `allowed`: the clause ids the model was given (any stored
 * clause when omitted).
 * @example const r = await verifyCitedReply(db, 'Sở Công Thương chủ trì. [doc~d5.k1] "Sở Công Thương chủ trì"')
 */
export async function verifyCitedReply(db: Db, reply: string, allowed?: ReadonlySet<string>): Promise<VerifiedReply> {
  const parsed = parseCitedReply(reply);
  if (parsed.noAnswer) return { answer: '', citations: [], removed: 0, noAnswer: true };
  const claims = parsed.sentences.flatMap((s) => s.citations);
  const { verified } = await verifyCitations(
    db,
    claims.filter((c) => !allowed || allowed.has(c.clauseId)).map((c) => ({ ...c, documentId: '', label: '' })),
  );
  const holds = (c: { clauseId: string; quote: string }) =>
    verified.some((v) => v.clauseId === c.clauseId && v.quote === c.quote);

  const citations: Citation[] = [];
  const parts: string[] = [];
  let removed = 0;
  for (const sentence of parsed.sentences) {
    if (sentence.citations.length === 0 || !sentence.citations.every(holds) || sentence.text === '') {
      removed++;
      continue;
    }
    const markers = sentence.citations.map((c) => {
      let i = citations.findIndex((x) => x.clauseId === c.clauseId && x.quote === c.quote);
      if (i < 0) {
        citations.push(verified.find((x) => x.clauseId === c.clauseId && x.quote === c.quote)!);
        i = citations.length - 1;
      }
      return `[${i + 1}]`;
    });
    parts.push(`${sentence.text} ${markers.join('')}`);
  }
  return { answer: parts.join(' '), citations, removed, noAnswer: false };
}
