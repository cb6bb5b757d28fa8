/** @module answer — questions in, cited answers out: classification, the composing answerer, the generative mode, and the citation contract. */

export { type AskInput, type AskOptions, ask, keepVerified } from './ask.ts';
export { createChatModel, describeChatModel } from './chat-model.ts';
export { classifyQuestion } from './classify.ts';
export { type Composed, type ComposeOptions, composeAnswer } from './compose.ts';
export { classifyInContext, needsContext } from './follow-up.ts';
export { type GenerativeResult, generateAnswer } from './generative.ts';
export { abstainReason } from './abstain-model.ts';
export { assessRelevance, type RelevanceReport } from './relevance.ts';
export type * from './types.ts';
export { QUESTION_KINDS } from './types.ts';
export { type CitationFailure, type CitationVerdicts, verifyCitations } from './verify-citations.ts';
