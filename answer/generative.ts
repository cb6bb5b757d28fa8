/**
 * @module answer/generative
 * Optional generative answers through a LangChain chat model. The model sees only the retrieved
 * clauses, fenced as untrusted data; it must cite `[clauseId] "exact quote"` after every sentence.
 * Every claimed citation is checked here against the store — the clause must be one the model was
 * given, and the quote an exact substring of its stored text — and a sentence whose citation does
 * not hold is removed and counted.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Db } from '../core/store/index.ts';
import { parseCitedReply } from './parse-cited.ts';
import { buildMessages, looksLikeInjection, type PromptClause } from './prompt.ts';
import type { Citation, QuestionLang } from './types.ts';
import { verifyCitations } from './verify-citations.ts';

export interface GenerativeResult {
  /** Kept sentences with `[n]` markers pointing into `citations`; empty when nothing held. */
  answer: string;
  citations: Citation[];
  /** Sentences dropped: no citation, a citation to a clause not given, or a quote not in the clause. */
  removed: number;
  /** True when the model said the clauses do not answer. */
  noAnswer: boolean;
}

/** The text of a chat reply, whatever shape its content has. */
function replyText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === 'string' ? part : typeof part?.text === 'string' ? part.text : ''))
      .join('');
  }
  return '';
}

/**
 * Asks the model, then keeps only sentences whose citations verify.
 * @example const r = await generateAnswer(db, model, { question, lang: 'vi', clauses })
 */
export async function generateAnswer(
  db: Db,
  model: BaseChatModel,
  input: { question: string; lang: QuestionLang; clauses: readonly PromptClause[] },
): Promise<GenerativeResult> {
  // Instruction-like text never reaches the model, and cannot be cited.
  const given = input.clauses.filter((c) => !looksLikeInjection(c.text));
  if (given.length === 0) return { answer: '', citations: [], removed: 0, noAnswer: true };
  const { system, user } = buildMessages(input.question, input.lang, given);
  const reply = await model.invoke([new SystemMessage(system), new HumanMessage(user)]);
  const parsed = parseCitedReply(replyText(reply.content));
  if (parsed.noAnswer) return { answer: '', citations: [], removed: 0, noAnswer: true };

  const allowed = new Map(given.map((c) => [c.id, c]));
  const claims = parsed.sentences.flatMap((s) => s.citations);
  const { verified } = await verifyCitations(
    db,
    claims.filter((c) => allowed.has(c.clauseId)).map((c) => ({ ...c, documentId: '', label: '' })),
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
        const v = verified.find((x) => x.clauseId === c.clauseId && x.quote === c.quote)!;
        citations.push(v);
        i = citations.length - 1;
      }
      return `[${i + 1}]`;
    });
    parts.push(`${sentence.text} ${markers.join('')}`);
  }
  return { answer: parts.join(' '), citations, removed, noAnswer: false };
}
