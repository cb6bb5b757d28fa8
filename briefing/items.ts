/** @module briefing/items — turns a clause and a position in it into a cited briefing item (the sentence, verbatim). */
import type { Clause, Span } from '../core/types.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import type { BriefingItem, BriefingSectionId } from './types.ts';

/**
 * The item quoting the sentence of `clause` that contains `at` (offset in the clause text), or, with
 * `at` null, the sentence `score` rates highest. Null when the clause has no sentence.
 */
export function itemAt(
  section: BriefingSectionId,
  clause: Clause,
  at: number | null,
  summary: string | null,
  score?: (text: string) => number,
): BriefingItem | null {
  const span = at !== null ? sentenceAt(clause.text, at) : bestSentence(clause.text, score);
  if (!span) return null;
  const quote = clause.text.slice(span.start, span.end);
  return {
    id: `${section}:${clause.id}:${span.start}`,
    summary,
    text: quote,
    citation: { clauseId: clause.id, documentId: clause.documentId, label: clause.label, quote },
  };
}

/** The highest-scoring sentence (the first on ties), or the first sentence without a scorer. */
export function bestSentence(text: string, score?: (text: string) => number): Span | null {
  const sentences = splitSentences(text);
  if (!score) return sentences[0] ?? null;
  let best: Span | null = null;
  let bestScore = -1;
  for (const s of sentences) {
    const v = score(text.slice(s.start, s.end));
    if (v > bestScore) {
      best = s;
      bestScore = v;
    }
  }
  return best;
}
