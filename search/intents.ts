/** @module search/intents — what kind of fact a question asks for (who leads, who coordinates, a target ...), to boost clauses carrying it. */

import type { ResponsibilityRole } from '../core/types.ts';
import { foldedForm, matchForm } from '../core/text/vietnamese.ts';

/** A question kind that a stored fact can answer. */
export type QueryIntent = 'lead' | 'coordinate' | 'report' | 'advise' | 'target' | 'signer';

/** Patterns on the folded question (Vietnamese with or without diacritics, and English). */
const PATTERNS: ReadonlyArray<{ intent: QueryIntent; re: RegExp }> = [
  {
    intent: 'lead',
    re: /\b(chu tri|lanh dao|chi dao|giao (ai|co quan|cho)|co quan nao|don vi nao|ai (chu tri|phu trach)|phu trach|leads?|leading|in charge|lead the|responsible|assigned)\b/,
  },
  { intent: 'coordinate', re: /\b(phoi hop|coordinat\w*|work(s|ing)? with|cooperat\w*)\b/ },
  { intent: 'report', re: /\b(bao cao|reports?|reported|reporting)\b/ },
  { intent: 'advise', re: /\b(tham muu|advis\w*)\b/ },
  {
    intent: 'target',
    // Quantities only: "mục tiêu gì" / "what goal" asks for a statement, not a number.
    re: /\b(bao nhieu|ty le|ti le|chi tieu|phan tram|how much|how many|what share|what percentage|percent|targets?|rate)\b|%/,
  },
];

/** `ký` (signed) but not `kỳ` (period): on the matching form, as a whole syllable; English on folded text. */
const SIGNER_VI = /(?<![\p{L}\p{M}])ký(?![\p{L}\p{M}])/u;
const SIGNER_FOLDED = /\b(ai ky|nguoi ky|sign(ed|s|er|atory)?)\b/;

/** Intents answered by a responsibility role. */
export type RoleIntent = Exclude<QueryIntent, 'target' | 'signer'>;

/** Stored responsibility roles that answer each intent. */
export const INTENT_ROLES: Readonly<Record<RoleIntent, readonly ResponsibilityRole[]>> = {
  lead: ['lead', 'direct'],
  coordinate: ['coordinate'],
  report: ['report'],
  advise: ['advise'],
};

/**
 * The fact kinds a question asks for.
 * @example detectIntents('Cơ quan nào chủ trì kiểm soát khai thác cát?') // ['lead']
 */
export function detectIntents(question: string): QueryIntent[] {
  const folded = foldedForm(question);
  const intents = PATTERNS.filter((p) => p.re.test(folded)).map((p) => p.intent);
  if (SIGNER_VI.test(matchForm(question)) || SIGNER_FOLDED.test(folded)) intents.push('signer');
  return intents;
}
