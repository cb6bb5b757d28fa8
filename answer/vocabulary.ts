/**
 * @module answer/vocabulary
 * The concepts a question is about, each with the folded Vietnamese phrases that would show it in
 * a clause: the question's own content words, abbreviations expanded (`ubnd` → `uy ban nhan dan`),
 * and for English questions the glossary's renderings (`sand mining` → `khai thac cat`).
 */
import { foldPhrase, foldText } from '../search/analyzer.ts';
import { expandAliases, stemEnglish, translateEnglish } from '../search/glossary.ts';
import { foldedText, hasAny } from './folded-text.ts';
import { COORDINATE_CUES, REPORT_CUES } from './patterns.ts';
import { tokenize } from '../search/tokenize.ts';
import type { ClassifiedQuestion } from './types.ts';

export interface Concept {
  /** The question's words for it. */
  label: string;
  /** Folded Vietnamese phrases, any of which shows the concept. */
  alternatives: string[];
}

function fold(s: string): string {
  return foldPhrase(s);
}

/**
 * Known phrases taken left to right without overlap, so `công an thành phố` gives `cong an` and
 * `thanh pho`, not also `an thanh`; `khai thác cát` gives `khai thac` and leaves `cat` a word.
 */
function segment(pairs: readonly string[], known: ReadonlySet<string>): string[] {
  const kept: string[] = [];
  let previousKept = false;
  let previousSecond = '';
  for (const pair of pairs) {
    const [first, second] = pair.split(' ');
    const keep: boolean = known.has(pair) && !(previousKept && first === previousSecond);
    if (keep) kept.push(pair);
    previousKept = keep;
    previousSecond = second;
  }
  return kept;
}

/**
 * Vietnamese concepts: phrases of the question the corpus uses (`khai thac`, `do thi`), then the
 * content words no such phrase holds, each with its abbreviation's full form (`ubnd` → `uy ban nhan dan`).
 */
function vietnameseConcepts(q: ClassifiedQuestion, knownPhrases: ReadonlySet<string>): Concept[] {
  const tokens = tokenize(q.text);
  const aliases = expandAliases(tokens, q.lang === 'vi-nodiac');
  const phrases = segment(q.slots.phrases, knownPhrases);
  const held = new Set(phrases.flatMap((p) => p.split(' ')));
  const words = q.slots.terms
    .filter((term) => !held.has(term))
    .map((term) => {
      const extra = aliases.filter((a) => fold(a.trigger) === term).map((a) => fold(a.phrase));
      return { label: term, alternatives: [term, ...extra] };
    });
  return [...phrases.map((p) => ({ label: p, alternatives: [p] })), ...words];
}

/** An English word the glossary does not know still counts when it is a name, number or symbol (`hau`, `2025`, `81-kl/tw`). */
function keepsAsIs(term: string, text: string): boolean {
  if (/\d/.test(term)) return true;
  const surfaces = [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]).filter((w) => fold(w) === term);
  return surfaces.some((w) => fold(w) !== w.toLowerCase() || (/^\p{Lu}/u.test(w) && w !== w.toUpperCase()));
}

function englishConcepts(q: ClassifiedQuestion): Concept[] {
  const terms = new Set(q.slots.terms);
  const stems = new Set(q.slots.terms.map(stemEnglish));
  const byTrigger = new Map<string, string[]>();
  for (const e of translateEnglish(q.text).expansions) {
    const words = e.trigger.split(' ');
    if (!words.some((w) => terms.has(w) || stems.has(stemEnglish(w)))) continue;
    const list = byTrigger.get(e.trigger) ?? [];
    list.push(fold(e.phrase));
    byTrigger.set(e.trigger, list);
  }
  const concepts: Concept[] = [...byTrigger].map(([label, alternatives]) => ({
    label,
    alternatives: [...new Set(alternatives)],
  }));
  const covered = new Set([...byTrigger.keys()].flatMap((t) => t.split(' ')));
  const names = q.slots.terms.filter((term) => !covered.has(term) && keepsAsIs(term, q.text));
  return [...concepts, ...nameConcepts(names, q.slots.pairs)];
}

/**
 * Names kept as typed, neighbours joined into one concept: `Thái Thịnh` is `thai thinh`, a rare
 * phrase, not `thai` and `thinh`, two syllables every clause about waste (`thải`) shows.
 */
function nameConcepts(names: readonly string[], pairs: readonly string[]): Concept[] {
  const isName = new Set(names);
  const joined: string[][] = [];
  for (const name of names) {
    const last = joined.at(-1);
    if (last && pairs.includes(`${last.at(-1)} ${name}`) && !/\d/.test(name) && !/\d/.test(last[0])) last.push(name);
    else joined.push([name]);
  }
  return joined
    .filter((g) => g.every((w) => isName.has(w)))
    .map((g) => ({ label: g.join(' '), alternatives: [g.join(' ')] }));
}

/**
 * The question's concepts; `knownPhrases` are the question's phrases the corpus uses (see `knownPhrases`).
 * @example questionConcepts(classifyQuestion('Which body leads sand mining oversight?'))
 * // [{ label: 'sand mining', alternatives: ['khai thac cat'] }, { label: 'oversight', alternatives: ['kiem tra', 'giam sat'] }]
 */
export function questionConcepts(q: ClassifiedQuestion, knownPhrases: ReadonlySet<string> = new Set()): Concept[] {
  return q.lang === 'en' ? englishConcepts(q) : vietnameseConcepts(q, knownPhrases);
}

/** Every folded syllable the concepts could show as: for matching titles and sentences. */
export function conceptWords(concepts: readonly Concept[]): string[] {
  return [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.split(' '))))].filter((w) => w.length > 0);
}

/** True when a folded text shows a concept (any alternative as whole words). */
export function shows(foldedText: string, concept: Concept): boolean {
  return showsIn(paddedWords(foldedText), concept);
}

/** A folded text as its words between single spaces, padded: what `showsIn` searches. */
export function paddedWords(foldedText: string): string {
  return ` ${foldedText.replace(/[^\p{L}\p{N}/-]+/gu, ' ')} `;
}

/** `shows` over a text already passed through `paddedWords` (for texts tested against many concepts). */
export function showsIn(padded: string, concept: Concept): boolean {
  return concept.alternatives.some((a) => padded.includes(` ${a} `));
}

/** A concept with its weight (IDF times length). */
export type WeightedConcept = Concept & { weight: number };

/** The kind's own cue words, when the topic is the cue itself (`sơ kết`, `báo cáo`, `phối hợp`). */
export function cueConcepts(q: ClassifiedQuestion): Concept[] {
  const cues = q.kind === 'report' ? REPORT_CUES : q.kind === 'coordinate' ? COORDINATE_CUES : [];
  const folded = foldedText(q.text).folded;
  const found = cues.filter((c) => hasAny(folded, [c]));
  if (q.lang !== 'en') return found.map((c) => ({ label: c, alternatives: [c] }));
  const renderings = translateEnglish(found.join(' ; ')).expansions.map((e) => foldText(e.phrase));
  return renderings.length ? [{ label: found.join(' '), alternatives: [...new Set(renderings)] }] : [];
}

/** Word → weight: the heaviest concept a word belongs to, shared among the words of its phrase. */
export function wordWeights(topic: readonly WeightedConcept[]): (word: string) => number {
  const map = new Map<string, number>();
  for (const c of topic) {
    for (const alt of c.alternatives) {
      const words = alt.split(' ');
      for (const w of words) map.set(w, Math.max(map.get(w) ?? 0, c.weight / words.length));
    }
  }
  return (w) => map.get(w) ?? 0;
}

const TEMPORAL = /^(?:(?:den|tu|truoc|sau|trong|nam|giai doan)(?:\s+|$))*(?:(?:19|20)\d{2})?$/;

/** True for a time qualifier (`2025`, `đến năm`, `by 2020`): it narrows an answer but does not make a clause relevant. */
export function isTemporal(concept: Concept): boolean {
  return concept.alternatives.every((a) => TEMPORAL.test(a));
}

/**
 * How far a folded text shows a concept: 1 for a whole alternative; for a phrase only partly there
 * (`khong bi ngap` for `chong ngap`), half the share of its words that stand in the text.
 */
export function showing(foldedText: string, concept: Concept): number {
  if (shows(foldedText, concept)) return 1;
  const padded = ` ${foldedText.replace(/[^\p{L}\p{N}/-]+/gu, ' ')} `;
  let best = 0;
  for (const alt of concept.alternatives) {
    const words = alt.split(' ');
    if (words.length < 2) continue;
    best = Math.max(best, words.filter((w) => padded.includes(` ${w} `)).length / words.length / 2);
  }
  return best;
}
