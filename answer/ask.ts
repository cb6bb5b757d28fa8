/**
 * @module answer/ask
 * The answering service behind `/api/ask`: reads the question in its conversation, composes an
 * answer from the store, optionally rewrites it with a chat model over the same clauses, and
 * verifies every citation against the store before anything is returned — in both modes.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { atOneRevision, type Db } from '../core/store/index.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';
import { clausesById } from './clause-facts.ts';
import { composeAnswer } from './compose.ts';
import { classifyInContext, contextualQuestion } from './follow-up.ts';
import { generateAnswer } from './generative.ts';
import type { PromptClause } from './prompt.ts';
import type { Answer, Citation, HistoryTurn } from './types.ts';
import { verifyCitations } from './verify-citations.ts';

export interface AskInput {
  question: string;
  history?: readonly HistoryTurn[];
}

export interface AskOptions {
  embedder?: VankienEmbeddings;
  /** A chat model turns on generative answers; without one the composed answer is returned. */
  chat?: BaseChatModel | null;
  /** Clauses shown to the chat model (default 8). */
  maxClauses?: number;
}

/**
 * Keeps only the sentences whose citation markers all verified, renumbering the markers.
 * Returns the text, the kept citations and how many sentences were dropped.
 */
export function keepVerified(
  text: string,
  citations: readonly Citation[],
  verified: readonly Citation[],
): { text: string; citations: Citation[]; removed: number } {
  const ok = citations.map((c) => verified.some((v) => v.clauseId === c.clauseId && v.quote === c.quote));
  if (ok.every(Boolean)) return { text, citations: [...citations], removed: 0 };
  const renumber = new Map<number, number>();
  const kept: Citation[] = [];
  citations.forEach((c, i) => {
    if (!ok[i]) return;
    kept.push(verified.find((v) => v.clauseId === c.clauseId && v.quote === c.quote)!);
    renumber.set(i + 1, kept.length);
  });
  // A sentence ends with its markers: a claim is dropped together with the evidence that failed.
  const sentences = text.split(/(?<=\[\d+\]\.?)\s+/);
  const out: string[] = [];
  let removed = 0;
  for (const s of sentences) {
    const markers = [...s.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (markers.some((n) => !renumber.has(n))) {
      removed++;
      continue;
    }
    out.push(s.replace(/\[(\d+)\]/g, (_, n: string) => `[${renumber.get(Number(n))}]`));
  }
  return { text: out.join(' '), citations: kept, removed };
}

/** The final gate of both modes: citations checked against the store, unverified sentences dropped. */
async function verified(db: Db, answer: Answer): Promise<Answer> {
  const checked = await verifyCitations(db, answer.citations);
  const kept = keepVerified(answer.answer, answer.citations, checked.verified);
  if (kept.removed === 0 && checked.rejected.length === 0) return { ...answer, citations: kept.citations };
  const emptied = !answer.abstained && kept.citations.length === 0 && answer.citations.length > 0;
  return {
    ...answer,
    answer: kept.text,
    citations: kept.citations,
    abstained: answer.abstained || emptied,
    meta: {
      ...answer.meta,
      removed: answer.meta.removed + kept.removed,
      ...(emptied ? { declinedBy: 'citations' as const } : {}),
    },
  };
}

/**
 * Answers a question.
 * @example const answer = await ask(db, { question: 'Ai chủ trì kiểm soát khai thác cát trên sông Hậu?' })
 */
export async function ask(db: Db, input: AskInput, options: AskOptions = {}): Promise<Answer> {
  return atOneRevision(db, () => answerQuestion(db, input, options));
}

async function answerQuestion(db: Db, input: AskInput, options: AskOptions): Promise<Answer> {
  const q = classifyInContext(input.question, input.history);
  const { answer: composed, context } = await composeAnswer(db, q, { embedder: options.embedder });
  if (!options.chat || composed.abstained) return verified(db, composed);

  // The model sees the retrieved clauses and those the composed answer cites (a lead-in, a header).
  const ids = [...new Set([...composed.citations.map((c) => c.clauseId), ...context.retrieved.map((r) => r.clauseId)])];
  const wanted = ids.slice(0, options.maxClauses ?? 8);
  const clauses = await clausesById(db, wanted);
  const given: PromptClause[] = wanted.flatMap((id) => {
    const c = clauses.get(id);
    return c ? [{ id: c.id, label: c.label, text: c.text }] : [];
  });
  const question = contextualQuestion(input.question, input.history);
  const generated = await generateAnswer(db, options.chat, { question, lang: q.lang, clauses: given });
  if (generated.noAnswer || generated.citations.length === 0) {
    // Nothing the model said held: the composed answer stands, and the drops are counted.
    return verified(db, { ...composed, meta: { ...composed.meta, removed: generated.removed } });
  }
  return verified(db, {
    answer: generated.answer,
    abstained: false,
    kind: q.kind,
    citations: generated.citations,
    meta: { mode: 'generative', lang: q.lang, removed: generated.removed },
  });
}
