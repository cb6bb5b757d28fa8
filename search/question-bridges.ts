/** @module search/question-bridges — a question's asking words → the heading words its answer stands under ("ở đâu" → "địa điểm"). */

import { foldedForm } from '../core/text/vietnamese.ts';
import { QUESTION_BRIDGES } from './data/question-bridges.ts';

/** A heading phrase a question word adds to the query, and the words that asked for it. */
export interface QuestionBridgeTerm {
  phrase: string;
  trigger: string;
}

const ENTRIES = QUESTION_BRIDGES.map((b) => ({
  ...b,
  re: new RegExp(`(?:^|[^a-z0-9])(${b.asks.map((a) => a.replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`),
}));

/**
 * The heading phrases a Vietnamese question's asking words point to (with or without diacritics); `without` names
 * bridges switched off by one of their heading phrases (evaluation only: `SearchOptions.ablate`).
 * @example questionBridges('Hội nghị tổ chức ở đâu?') // [{ phrase: 'địa điểm', trigger: 'o dau' }]
 */
export function questionBridges(question: string, without: readonly string[] = []): QuestionBridgeTerm[] {
  const folded = foldedForm(question);
  const out: QuestionBridgeTerm[] = [];
  for (const e of ENTRIES) {
    if (e.headings.some((h) => without.includes(h))) continue;
    const m = e.re.exec(folded);
    if (!m) continue;
    for (const phrase of e.headings) if (!out.some((o) => o.phrase === phrase)) out.push({ phrase, trigger: m[1] });
  }
  return out;
}
