/**
 * @module search/compound-renderings — English noun compounds read in Vietnamese word order (head first) and kept
 * when the store writes them so.
 *
 * English puts the modifier before its head (`copper mine`, `retail licence`), Vietnamese after it (`mỏ đồng`,
 * `giấy phép bán lẻ`); a prepositional `of` keeps the order (`list of chemicals` → `danh mục hóa chất`). The
 * glossary renders each word alone, so a clause holding the concept as one phrase scores no better than one holding
 * its words pages apart. For two glossary phrases next to each other in the question, this composes their renderings
 * head first and keeps a composition only when some clause of the store holds it as written, its junction included
 * (`mỏ đồng`, not `đồng mỏ`): the store, not a list, says which compounds the genre uses, and which sense of each word
 * goes with the other (`test` + `explosives safety` meet as `sát hạch`, not `thử nghiệm`). A phrase followed by a
 * number is composed the way documents number things, `số` between where the store writes it (`bid package 13` →
 * `gói thầu số 13`, `class 3` → `loại 3`).
 */
import type { GlossaryExpansion } from './glossary.ts';
import { questionWords } from './glossary.ts';

/** Joiners between a head and its modifier that keep the Vietnamese order (`list of chemicals`, `fee for a permit`). */
const SAME_ORDER = new Set(['of', 'for']);
/** Articles skipped between the joiner and the modifier. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** A number a question names a thing by (`13`, `1A`). */
const NUMBER = /^\d{1,4}[a-z]?$/;
/** Compositions kept per pair of phrases, so a word with many senses cannot flood the query. */
const PER_PAIR = 2;

/** One glossary phrase of the question: where it stands and its renderings. */
interface Unit {
  trigger: string;
  start: number;
  end: number;
  renderings: string[];
}

/**
 * The compositions of adjacent glossary phrases the store holds, as translations triggered by both phrases.
 * @example compoundRenderings(translateEnglish('Where is the copper mine?').expansions, 'Where is the copper mine?', holds)
 * // [{ phrase: 'mỏ đồng', source: 'translation', trigger: 'copper mine', … }] when a clause says `mỏ đồng`
 */
export function compoundRenderings(
  expansions: readonly GlossaryExpansion[],
  text: string,
  holds: (phrase: string) => boolean,
): GlossaryExpansion[] {
  const { words, breaks } = questionWords(text);
  const units = new Map<number, Unit>();
  for (const e of expansions) {
    if (e.source !== 'translation' || !e.words) continue;
    const [start, end] = e.words;
    const unit = units.get(start) ?? { trigger: e.trigger, start, end, renderings: [] };
    if (!unit.renderings.includes(e.phrase)) unit.renderings.push(e.phrase);
    units.set(start, unit);
  }
  const out: GlossaryExpansion[] = [];
  const seen = new Set<string>();
  for (const left of units.values()) {
    // `modifier head`: the next phrase, nothing between.
    const next = breaks[left.end] ? undefined : units.get(left.end);
    if (next) compose(next, left, left.start, next.end);
    // `head of (the) modifier`.
    let j = left.end;
    if (SAME_ORDER.has(words[j] ?? '') && !breaks[j]) {
      j++;
      while (ARTICLES.has(words[j] ?? '') && !breaks[j]) j++;
      const modifier = breaks[j] ? undefined : units.get(j);
      if (modifier) compose(left, modifier, left.start, modifier.end);
    }
    // `bid package 13`, `class 3`: the documents number a thing after its name, often through `số` (`gói thầu số 13`).
    const number = breaks[left.end] ? undefined : words[left.end];
    if (number !== undefined && NUMBER.test(number)) numbered(left, number);
  }
  return out;

  function numbered(unit: Unit, number: string): void {
    const trigger = words.slice(unit.start, unit.end + 1).join(' ');
    let kept = 0;
    for (const r of unit.renderings)
      for (const phrase of [`${r} số ${number}`, `${r} ${number}`]) {
        if (kept >= PER_PAIR) return;
        if (seen.has(phrase) || !holds(phrase)) continue;
        seen.add(phrase);
        out.push({ phrase, source: 'translation', trigger, words: [unit.start, unit.end + 1] });
        kept++;
      }
  }

  function compose(head: Unit, modifier: Unit, start: number, end: number): void {
    const trigger = words.slice(start, end).join(' ');
    let kept = 0;
    for (const h of head.renderings) {
      for (const m of modifier.renderings) {
        if (kept >= PER_PAIR) return;
        const phrase = `${h} ${m}`;
        if (seen.has(phrase) || !holds(phrase)) continue;
        seen.add(phrase);
        out.push({ phrase, source: 'translation', trigger, words: [start, end] });
        kept++;
      }
    }
  }
}
