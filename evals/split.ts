/**
 * @module evals/split
 * The dev / held-back split of gold documents. A document's split follows from its path alone
 * (sha1 of the path relative to the archive root, first 32 bits, mod 3 = 0 → held back), so nobody
 * chooses which documents are held back and the split cannot drift as gold is added. Nothing —
 * threshold, weight, lexicon, cue list — is tuned on held-back documents; the eval reports both.
 */
import { createHash } from 'node:crypto';

export const SPLITS = ['dev', 'heldback'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * @example splitOf('hoa-chat/van-ban-goc/01-luat/Luat-Hoa-chat-69-2025-QH15.docx') // 'dev' or 'heldback'
 */
export function splitOf(relativePath: string): Split {
  const head = createHash('sha1').update(relativePath, 'utf8').digest('hex').slice(0, 8);
  return Number.parseInt(head, 16) % 3 === 0 ? 'heldback' : 'dev';
}

/**
 * Half 0 or 1 of the dev documents by a second hash (`half:` + path), unrelated to the split: tune on
 * one half, check on the other, so a rule fitted to the documents read while writing it shows up.
 * @example devHalf('hoa-chat/van-ban-goc/01-luat/Luat-Hoa-chat-69-2025-QH15.docx') // 0 or 1
 */
export function devHalf(relativePath: string): 0 | 1 {
  const head = createHash('sha1').update(`half:${relativePath}`, 'utf8').digest('hex').slice(0, 8);
  return Number.parseInt(head, 16) % 2 === 0 ? 0 : 1;
}
