/** @module search/query — a question → weighted lexical terms per field, glossary expansions, intents, and the text to embed. */

import { isSyllableShaped } from '../core/text/text-quality.ts';
import { matchForm } from '../core/text/vietnamese.ts';
import { measureSpans } from './asking-words.ts';
import { BM25_DEFAULTS } from './bm25.ts';
import { ENGLISH_STOPWORDS, FOLDED_QUERY_STOPWORDS, QUERY_STOPWORDS } from './data/stopwords.ts';
import {
  expandAliases,
  type GlossaryExpansion,
  isEnglishGlossaryWord,
  nameWords as accentedNameSyllables,
  translateEnglish,
} from './glossary.ts';
import { senseKey } from './corpus-senses.ts';
import { detectIntents, type QueryIntent } from './intents.ts';
import { detectLanguage, type QueryLanguage } from './query-language.ts';
import { type QuestionBridgeTerm, questionBridges } from './question-bridges.ts';
import { type Token, fieldTerms, tokenize } from './tokenize.ts';

/** The two indexed fields: `exact` keeps diacritics, `folded` drops them. */
export type Field = 'exact' | 'folded';

/** A query term with its weight (1 for the user's words, less for glossary expansions). */
export interface WeightedTerm {
  field: Field;
  term: string;
  weight: number;
}

/** A content word of a question and how it can be understood. */
export interface ContentWord {
  word: string;
  folded: string;
  via: 'glossary' | 'index';
}

/**
 * Term weights by origin: expansions never outweigh the user's own words. A bridge (`ở đâu` → `địa điểm`)
 * only says under which heading an answer usually stands, so it weighs least. A compound (`copper mine` → `mỏ đồng`)
 * adds the junction of two renderings the store writes together; the store also writes subject and verb together
 * (`department ask` → `yêu cầu sở`), so it weighs half a translation: at 0.8 dev English R@5 lost 3 questions and
 * won 2 (names outweighed: `dangerous-goods transport licence … Thái Thịnh`), at 0.4 won 1 (fresh half 1) and lost
 * none, at 0.2 lost 1.
 */
export const TERM_WEIGHTS = { query: 1, translation: 0.8, alias: 0.5, compound: 0.4, bridge: 0.3, name: 2 } as const;

export interface AnalyzedQuery {
  text: string;
  language: QueryLanguage;
  terms: WeightedTerm[];
  expansions: GlossaryExpansion[];
  /** Heading words the question's asking words point to (`ở đâu` → `địa điểm`, `search/data/question-bridges.ts`). */
  bridges: QuestionBridgeTerm[];
  intents: QueryIntent[];
  /** Document symbols in the query, matching form (`1032-cv/tu`). */
  symbols: string[];
  /** Standalone numbers in the query (`1032`, `2025`). */
  numbers: string[];
  /**
   * The question's content words (no stopwords, numbers or symbols), as typed: `glossary` when an English
   * glossary phrase covers it; otherwise it is understood only if the index knows its folded form (`folded`).
   */
  contentWords: ContentWord[];
  /** The query with its expansions, for embedders; English queries keep only names, numbers and symbols besides their translations. */
  embeddingText: string;
}

export interface AnalyzeOptions {
  /**
   * Factor per English rendering (`senseKey` → 0..1), from the store: the sense the corpus uses beside the
   * question's other words weighs fully, the others less (`corpus-senses.ts`). Absent: every rendering weighs alike.
   */
  senses?: (expansions: readonly GlossaryExpansion[]) => ReadonlyMap<string, number>;
  /**
   * Renderings of adjacent glossary phrases composed in Vietnamese order that the store holds
   * (`copper mine` → `mỏ đồng`, `compound-renderings.ts`). Absent: each phrase is rendered alone.
   */
  compounds?: (expansions: readonly GlossaryExpansion[], text: string) => readonly GlossaryExpansion[];
  /**
   * The names an English question types without diacritics that the store writes (`Tien Dat` → `tien dat`,
   * `english-names.ts`): searched as folded phrases at the name weight, their words never translated. Absent: none.
   */
  names?: (text: string) => readonly string[];
  /** Question bridges switched off, by a heading phrase of theirs (evaluation only: `SearchOptions.ablate`). */
  withoutBridges?: readonly string[];
}

const QUERY_STOP = new Set(QUERY_STOPWORDS.map((w) => matchForm(w)));
const FOLDED_STOP = new Set(FOLDED_QUERY_STOPWORDS);
const EN_STOP = new Set(ENGLISH_STOPWORDS);

/**
 * Analyzes a question: language, weighted terms for both fields, glossary expansions, intents.
 * Accented queries search both fields; queries typed without diacritics search the folded field only;
 * English queries search with their glossary translations plus their names, numbers and symbols.
 * @example analyzeQuery('co quan nao chu tri khai thac cat').terms // folded terms only
 */
export function analyzeQuery(text: string, options: AnalyzeOptions = {}): AnalyzedQuery {
  const all = tokenize(text);
  const language = detectLanguage(text, all);
  // `mức nào`, `mức bao nhiêu`: the measure noun belongs to the question word (it asks an amount), not to the topic.
  const measures = language === 'en' ? [] : measureSpans(text);
  const asksMeasure = (t: Token) => measures.some((m) => m.start <= t.start && t.end <= m.end);
  const tokens = all.map((t) => ({ ...t, stop: t.stop || isQueryStop(t, language) || asksMeasure(t) }));
  const terms = new Map<string, WeightedTerm>();
  const add = (field: Field, term: string, weight: number) => {
    const key = `${field}\u0000${term}`;
    const known = terms.get(key);
    if (!known || known.weight < weight) terms.set(key, { field, term, weight });
  };
  const addText = (tokenList: readonly Token[], source: string, weight: number, fields: readonly Field[]) => {
    const ft = fieldTerms(source, tokenList);
    for (const field of fields) for (const term of ft[field].keys()) add(field, term, weight);
  };

  const expansions: GlossaryExpansion[] = [];
  const contentWords: ContentWord[] = [];
  let base = text;
  if (language === 'en') {
    const names = options.names?.(text) ?? [];
    const nameWords = new Set(names.flatMap((n) => n.split(' ')));
    const read = translateEnglish(text);
    // A name's syllable is no English word (`Dong` in `Dong Khe` is not `đồng`, money).
    const translated = {
      ...read,
      expansions: read.expansions.filter((e) => e.trigger.includes(' ') || !nameWords.has(e.trigger)),
    };
    for (const name of names) {
      const syllables = name.split(' ');
      for (let i = 0; i + 1 < syllables.length; i++)
        add('folded', `${syllables[i]} ${syllables[i + 1]}`, TERM_WEIGHTS.name);
    }
    const uncovered = new Set([...translated.uncovered, ...nameWords]);
    for (const t of tokens) {
      if (t.kind !== 'word' || t.stop || t.surface.length < 2) continue;
      // An ASCII word the glossary covered is understood; a name (`Mekong`, `Cần Thơ`) or an unknown word must be in the index.
      const ascii = t.folded === t.exact;
      const byGlossary = ascii && !uncovered.has(t.exact) && isEnglishGlossaryWord(t.exact);
      contentWords.push({ word: t.surface, folded: t.folded, via: byGlossary ? 'glossary' : 'index' });
    }
    // A word the glossary cannot render that no Vietnamese syllable spells (`sodium`, `container`, `logistics`) is
    // searched as written: the documents carry such loanwords and the English names of chemicals, and where they
    // do not, the word finds nothing. A syllable-shaped one (`can`, `tan`) would only meet unrelated Vietnamese.
    const loanword = (t: Token) =>
      t.kind === 'word' && uncovered.has(t.exact) && t.exact.length >= 3 && !isSyllableShaped(t.exact);
    const kept = tokens.map((t) => ({ ...t, stop: t.stop || !(keepInEnglish(t, text) || loanword(t)) }));
    base = kept
      .filter((t) => !t.stop)
      .map((t) => t.surface)
      .join(' ');
    // Names typed without diacritics (`Mekong`, `Thai Thinh`) can only match folded; the rest match both fields. A
    // folded match counts `foldedWeight` of an exact one, so a bare name searched at the query weight counted 0.4 beside
    // a translation's 0.8 × 1.4 and the genre words outvoted the company or place that picks the document (`Which fuels
    // did Thai Thinh ask to be allowed to transport?`): it weighs as in a question typed without diacritics, where the
    // folded field counts fully, and its IDF on the store says how rare it is.
    const bare = (t: Token) => t.kind === 'word' && t.folded === t.exact;
    addText(
      kept.map((t) => ({ ...t, stop: t.stop || bare(t) })),
      text,
      TERM_WEIGHTS.query,
      ['exact', 'folded'],
    );
    // A bare syllable of an accented name (`Cai` in `Lào Cai`) is spelled right as it stands: no rarer name of its own.
    const inAccentedName = accentedNameSyllables(text);
    for (const spelled of [false, true])
      addText(
        kept.map((t) => ({ ...t, stop: t.stop || !bare(t) || inAccentedName.has(t.exact) !== spelled })),
        text,
        spelled ? TERM_WEIGHTS.query : TERM_WEIGHTS.query / BM25_DEFAULTS.foldedWeight,
        ['folded'],
      );
    const senses = options.senses?.(translated.expansions);
    for (const e of translated.expansions) {
      expansions.push(e);
      const sense = senses?.get(senseKey(e)) ?? 1;
      addText(tokenize(e.phrase), e.phrase, TERM_WEIGHTS.translation * sense, ['exact', 'folded']);
      for (const a of expandAliases(tokenize(e.phrase), false)) expansions.push(a);
    }
    for (const e of options.compounds?.(translated.expansions, text) ?? []) {
      expansions.push(e);
      addText(tokenize(e.phrase), e.phrase, TERM_WEIGHTS.compound, ['exact', 'folded']);
    }
  } else {
    const fields: Field[] = language === 'vi' ? ['exact', 'folded'] : ['folded'];
    addText(tokens, text, TERM_WEIGHTS.query, fields);
    for (const t of tokens)
      if (t.kind === 'word' && !t.stop) contentWords.push({ word: t.surface, folded: t.folded, via: 'index' });
    expansions.push(...expandAliases(tokens, language === 'vi-nodiac'));
  }
  for (const e of expansions) {
    if (e.source === 'alias') addText(tokenize(e.phrase), e.phrase, TERM_WEIGHTS.alias, ['exact', 'folded']);
  }
  // English asking words mostly reach the same headings through the glossary's translations (`how long` → `thời hạn`);
  // the bridges list the function words it never renders (`where`).
  const bridges = questionBridges(text, options.withoutBridges);
  for (const b of bridges) addText(tokenize(b.phrase), b.phrase, TERM_WEIGHTS.bridge, ['exact', 'folded']);
  const phrases = [...new Set(expansions.map((e) => e.phrase))];
  return {
    text,
    language,
    terms: [...terms.values()],
    expansions,
    bridges,
    intents: detectIntents(text),
    symbols: [...new Set(all.filter((t) => t.kind === 'symbol').map((t) => t.exact))],
    numbers: [...new Set(all.filter((t) => t.kind === 'number').map((t) => t.exact))],
    contentWords,
    embeddingText: phrases.length > 0 ? `${base}\n${phrases.join(', ')}` : base,
  };
}

function isQueryStop(t: Token, language: QueryLanguage): boolean {
  if (t.kind !== 'word') return false;
  if (QUERY_STOP.has(t.exact)) return true;
  if (language === 'vi-nodiac' && FOLDED_STOP.has(t.exact)) return true;
  if (language === 'en' && EN_STOP.has(t.exact)) return true;
  return false;
}

/**
 * In an English query only these reach the index as they are: symbols, numbers, words with
 * diacritics (`Cần Thơ`), and capitalized names not at the start (`Mekong`, `Hau`).
 */
function keepInEnglish(t: Token, text: string): boolean {
  if (t.kind !== 'word') return true;
  if (t.folded !== t.exact) return true;
  if (t.surface.length < 2) return false;
  const capitalized = /^\p{Lu}/u.test(t.surface) && text.slice(0, t.start).trim() !== '';
  return capitalized && !EN_STOP.has(t.exact) && !isEnglishGlossaryWord(t.exact);
}
