/**
 * @module answer/asked-role
 * The role a question asks about (`lead`, `coordinate`, `report`), read from the whole question: a question may
 * name several roles — one asked, the others its context (`Ngoài cơ quan chủ trì, ai tham gia?`, `For the task led
 * by X, which offices assist?`) — and the one asked is the role phrase nearest the asking word (`ai`, `nào`, `who`,
 * `which`). Role words and their source: data/asked-roles.json.
 */
import cues from './data/asked-roles.json' with { type: 'json' };
import { questionWords } from './question-kind-model.ts';

export type AskedRole = keyof typeof cues.roles;

const ASKING = new Set(cues.askingWords);
const PHRASES: ReadonlyArray<{ role: AskedRole; words: readonly string[] }> = Object.entries(cues.roles).flatMap(
  ([role, phrases]) => phrases.map((p) => ({ role: role as AskedRole, words: p.split(' ') })),
);

/**
 * The role asked, or null when the question names no role word or no asking word. Of two phrases as near, the one
 * after the asking word (its verb: `ai phối hợp`), then the longer.
 * @example askedRole('Ngoài cơ quan chủ trì còn có ai tham gia?') // 'coordinate'
 */
export function askedRole(question: string): AskedRole | null {
  const words = questionWords(question);
  const asking = words.flatMap((w, i) => (ASKING.has(w) ? [i] : []));
  if (asking.length === 0) return null;
  let best: { role: AskedRole; distance: number; after: boolean; length: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (const p of PHRASES) {
      if (!p.words.every((w, k) => words[i + k] === w)) continue;
      const end = i + p.words.length - 1;
      for (const a of asking) {
        const after = i > a;
        // A role word before the asking word is more often its noun's modifier (`the department in charge, which
        // units help`, `phòng chủ trì, những phòng nào tham gia`) than its verb: one word farther.
        const distance = after ? i - a : a - end + 1;
        if (distance <= 1 && !after && a - end <= 0) continue;
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance && after && !best.after) ||
          (distance === best.distance && after === best.after && p.words.length > best.length);
        if (better) best = { role: p.role, distance, after, length: p.words.length };
      }
    }
  }
  return best?.role ?? null;
}
