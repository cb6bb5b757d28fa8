/**
 * @module briefing/topic-words
 * The words of a topic and whether a text is about it. Vietnamese writes a word as several syllables
 * (`khai thác`, `chất thải`); a text is about "khai thác cát" when it has the word `khai thác` and the
 * word `cát`, not when it has the syllables `khai` and `thác` somewhere (`khai thác nước dưới đất`).
 * Which neighbouring syllables form one word is learned from the corpus: two syllables that appear
 * together in most clauses where the rarer of them appears are one word.
 */
import { analyzeQuery } from '../search/query.ts';
import { adjacent, type Token, tokenize } from '../search/tokenize.ts';

/** Number of clauses a term (a syllable or `a b`, matching form) appears in; 0 when unknown. */
export type TermFrequency = (term: string) => number;

/** Share of the rarer syllable's clauses that must hold the pair for the pair to count as one word. */
export const COHESION = 0.5;

/** One word of a topic: its syllables (matching form), and whether it was typed without diacritics. */
export interface TopicWord {
  syllables: string[];
  folded: boolean;
}

/**
 * The topic's content words, in order, of one or two syllables (the commonest shapes of a Vietnamese
 * word; longer ones are compounds of these). Reading left to right, a syllable joins the next when the
 * corpus shows the pair cohesive (see `COHESION`), or, with no frequencies for them, always.
 * @example topicWords('khai thác cát', df).map((w) => w.syllables.join(' ')) // ['khai thác', 'cát']
 */
export function topicWords(topic: string, df?: TermFrequency): TopicWord[] {
  const tokens = tokenize(topic).filter((t) => !t.stop && t.kind !== 'symbol');
  const words: Token[][] = [];
  let current: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    const joins =
      prev !== undefined && current.length > 0 && adjacent(topic, prev, t) && cohesive(prev, t, current, df);
    if (!joins && current.length) {
      words.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length) words.push(current);
  return words.map((w) => ({ syllables: w.map((t) => t.exact), folded: w.every((t) => t.exact === t.folded) }));
}

function cohesive(a: Token, b: Token, word: readonly Token[], df?: TermFrequency): boolean {
  // Longer words (`biến đổi khí hậu`) are compounds of two-syllable words: requiring each keeps them.
  if (word.length > 1 || a.kind === 'number' || b.kind === 'number') return false;
  const da = df?.(a.exact) ?? 0;
  const db = df?.(b.exact) ?? 0;
  if (da > 0 && db > 0) return (df?.(`${a.exact} ${b.exact}`) ?? 0) >= COHESION * Math.min(da, db);
  return true;
}

/** True when `words` (syllables) stand in `tokens` in a row, only spaces between them. */
function hasWord(text: string, tokens: readonly Token[], word: TopicWord): boolean {
  const form = (t: Token) => (word.folded ? t.folded : t.exact);
  const n = word.syllables.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      ok = form(tokens[i + k]) === word.syllables[k] && (k === 0 || adjacent(text, tokens[i + k - 1], tokens[i + k]));
    }
    if (ok) return true;
  }
  return false;
}

/** How many of `n` topic words a text must have: all of one or two, all but one of more. */
export function wordsRequired(n: number): number {
  return n <= 2 ? n : n - 1;
}

/**
 * Relevance of a text to the topic, 0–1: the share of the topic's words it has, each multi-syllable word
 * as a phrase; 0 when it has fewer than `wordsRequired`. English topics (which reach the Vietnamese text
 * through the glossary) fall back to the share of weighted query terms present.
 * @example topicRelevance('khai thác cát')('hạn chế khai thác nước ngầm') // 0
 */
export function topicRelevance(topic: string, df?: TermFrequency): (text: string) => number {
  const query = analyzeQuery(topic);
  const words = topicWords(topic, df);
  if (query.language === 'en' || words.length === 0) return termShare(query.terms);
  const share = topicCoverage(topic, df);
  const need = words.length ? wordsRequired(words.length) / words.length : 0;
  return (text) => {
    const s = share(text);
    return s >= need - 1e-9 ? s : 0;
  };
}

/**
 * The share of the topic's words a text has (each multi-syllable word as a phrase), with no floor:
 * for texts that need only touch the topic, such as the title of a document cited as a basis.
 */
export function topicCoverage(topic: string, df?: TermFrequency): (text: string) => number {
  const query = analyzeQuery(topic);
  const words = topicWords(topic, df);
  if (query.language === 'en' || words.length === 0) return termShare(query.terms);
  return (text) => {
    const tokens = tokenize(text);
    return words.filter((w) => hasWord(text, tokens, w)).length / words.length;
  };
}

function termShare(terms: ReturnType<typeof analyzeQuery>['terms']): (text: string) => number {
  const full = terms.reduce((s, t) => s + t.weight, 0) || 1;
  return (text) => {
    const tokens = tokenize(text);
    const exact = new Set(tokens.map((t) => t.exact));
    const folded = new Set(tokens.map((t) => t.folded));
    for (let i = 0; i + 1 < tokens.length; i++) {
      exact.add(`${tokens[i].exact} ${tokens[i + 1].exact}`);
      folded.add(`${tokens[i].folded} ${tokens[i + 1].folded}`);
    }
    let score = 0;
    for (const t of terms) if ((t.field === 'exact' ? exact : folded).has(t.term)) score += t.weight;
    return Math.min(1, score / full);
  };
}
