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
import { replyText, type VerifiedReply, verifyCitedReply } from './cited-reply.ts';
import { buildMessages, looksLikeInjection, type PromptClause } from './prompt.ts';
import type { QuestionLang } from './types.ts';

export type GenerativeResult = VerifiedReply;

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
  return verifyCitedReply(db, replyText(reply.content), new Set(given.map((c) => c.id)));
}
