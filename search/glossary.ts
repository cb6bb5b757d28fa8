/** @module search/glossary — query expansion: abbreviations ↔ full names, and English → Vietnamese for English queries. */

import { isSyllableShaped } from '../core/text/text-quality.ts';
import { ALIASES, type AliasEntry } from './data/abbreviations.ts';
import { BILINGUAL } from './data/bilingual.ts';
import alternations from './data/english-alternations.json' with { type: 'json' };
import { englishDates } from './english-dates.ts';
import genreEnglish from './data/genre-english.json' with { type: 'json' };
import legalEnglish from './data/legal-english.json' with { type: 'json' };
import { ENGLISH_STOPWORDS } from './data/stopwords.ts';
import verbSenses from './data/english-verb-senses.json' with { type: 'json' };
import { type Token, tokenize } from './tokenize.ts';

/** A Vietnamese phrase the glossary adds to a query, and what triggered it. */
export interface GlossaryExpansion {
  phrase: string;
  source: 'alias' | 'translation';
  /** The query words that matched (`UBND`, `sand mining`). */
  trigger: string;
  /** For a translation: the words of the question it covers, `[start, end)` over `englishWords` of the question. */
  words?: readonly [number, number];
}

interface AliasForm {
  entry: AliasEntry;
  form: string;
  isAbbr: boolean;
  exact: string[];
  folded: string[];
}

const ALIAS_FORMS: AliasForm[] = ALIASES.flatMap((entry) =>
  [...entry.abbr.map((form) => ({ form, isAbbr: true })), ...entry.full.map((form) => ({ form, isAbbr: false }))].map(
    ({ form, isAbbr }) => {
      const tokens = tokenize(form);
      return { entry, form, isAbbr, exact: tokens.map((t) => t.exact), folded: tokens.map((t) => t.folded) };
    },
  ),
);

const EN_STOP = new Set(ENGLISH_STOPWORDS);

/** The hand glossary plus the genre vocabulary of `data/legal-english.json` (each section names its source). */
const CURATED: ReadonlyArray<readonly [string, string]> = [
  ...BILINGUAL,
  ...legalEnglish.sections.flatMap((s) => s.entries.map(([en, vi]) => [en, vi] as const)),
];

/** An English variant's stemmed content words: `share of` reads as `share`; `or more` has none. */
const contentKey = (variant: string): string =>
  englishWords(variant)
    .filter((w) => !EN_STOP.has(w))
    .map(stemEnglish)
    .join(' ');

/**
 * The curated entries plus the corpus-grown terms of `data/genre-english.json`. Those give English to Vietnamese
 * terms no rendering held, so they add no sense to English the curated lists already read, function words aside:
 * `circular` stays `thông tư` (not also `tròn`), `site` `địa điểm` (not `vị trí`), `share of` `tỷ lệ` (not `chiếm`).
 */
const ENTRIES: ReadonlyArray<readonly [string, string]> = (() => {
  const curatedKeys = new Set(CURATED.flatMap(([en]) => en.split('|').map(contentKey)));
  const grown = genreEnglish.sections.flatMap((s) =>
    s.entries.flatMap(([en, vi]) => {
      const kept = en
        .split('|')
        .filter((variant) => contentKey(variant) === '' || !curatedKeys.has(contentKey(variant)));
      return kept.length > 0 ? [[kept.join('|'), vi] as const] : [];
    }),
  );
  return [...CURATED, ...grown];
})();

/**
 * British spellings folded to American ones, alike for glossary keys and queries, so one spelling in the
 * data covers both: `organisation` → `organization`, `licence` → `license`, `labour` → `labor`,
 * `metre` → `meter`, `fibre` → `fiber`, `programme` → `program`, `analyse` → `analyze`.
 * @example americanSpelling('specialised') // 'specialized'
 */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/([^aeiou])is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/([cf])ence(s?)$/, '$1ense$2')
    .replace(/([^aeiou])our(s|ed|ing|ite|ites)?$/, '$1or$2')
    .replace(/([bt])re(s?)$/, '$1er$2')
    .replace(/gramme(s?)$/, 'gram$1');
}

/**
 * Light English stemmer, applied alike to glossary keys and queries: inflections off (`-s`, `-es`,
 * `-ies`/`-ied`, `-ing`, `-ed`), then a final silent `e` and a doubled final consonant, so `manage`,
 * `manages`, `managing`, `managed` meet on `manag` and `planning` on `plan`.
 * @example stemEnglish('leads') // 'lead'
 */
export function stemEnglish(word: string): string {
  return normalizeStem(stripInflection(americanSpelling(word.toLowerCase())));
}

function stripInflection(w: string): string {
  if (w.length > 4 && /ie[sd]$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function normalizeStem(w: string): string {
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) return w.slice(0, -1);
  if (w.length > 4 && /([bdfgklmnprt])\1$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Derivational endings, longest first: `-ation` before `-ion`, so `certification` and `certificate` meet; `-ous` before `-s`. */
const DERIVATIONS = [
  'izations',
  'ization',
  'isations',
  'isation',
  'ations',
  'ation',
  'ments',
  'ment',
  'ities',
  'ity',
  'ness',
  'ives',
  'ive',
  // An adjective of quality from its noun (`danger`/`dangerous`, `hazard`/`hazardous`, `poison`/`poisonous`).
  'ous',
  'ions',
  'ion',
  'ers',
  'ors',
  'er',
  'or',
  'als',
  'al',
  'ates',
  'ate',
  'ing',
  'ed',
  'es',
  's',
  'ly',
  'e',
];

const INFLECTIONS = new Set(['s', 'es', 'ed', 'ing', 'ly']);

/** Endings that make a doer or a comparative (`developer`, `former`, `visitor`), not another form of the act. */
const AGENT_ENDINGS = new Set(['er', 'ers', 'or', 'ors']);

/**
 * True when a word's outer derivational ending is an agent or comparative one (`developer`, `former`, `visitors`).
 * Such a glossary word does not lend its renderings to its root: a developer is a chủ đầu tư but developing is phát
 * triển, `former` is cũ but a `form` is a mẫu, a visitor is a khách but a visit is none. The other way holds (the
 * supervisors do the supervising), so a question's agent word still borrows its root's renderings.
 * @example agentDerived('former') // true
 */
export function agentDerived(word: string): boolean {
  const w = americanSpelling(word.toLowerCase());
  const suffix = DERIVATIONS.find((s) => w.endsWith(s) && w.length - s.length >= 4);
  return suffix !== undefined && AGENT_ENDINGS.has(suffix);
}

/**
 * Root of an English word after derivational endings, for words the glossary knows in another form:
 * `explosives`, `explosive`, `explosion` → `explos`; `certification`, `certificate` → `certific`;
 * `managers`, `management` → `manag`; `-ee` stays (`committee`). Coarser than `stemEnglish`, so it is only a fallback.
 * @example englishRoot('certification') // 'certific'
 */
export function englishRoot(word: string): string {
  let w = americanSpelling(word.toLowerCase());
  for (let pass = 0; pass < 2; pass++) {
    // A second ending is a derivational one (`manage|ment`), not an inflection of the root (`explos` is no plural).
    // `-ee` names a person or body, not its base's act: a committee is no commitment, a referee no reference.
    const suffix = DERIVATIONS.find(
      (s) =>
        w.endsWith(s) &&
        w.length - s.length >= 4 &&
        (pass === 0 || !INFLECTIONS.has(s)) &&
        !(s === 'e' && w.endsWith('ee')),
    );
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w.length > 4 && /([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Words of a text, lowercased, possessive `'s` dropped: `People's Committee` → `people committee`.
 * A word with Vietnamese letters stays whole (`thịnh`, not `th` + `nh`): it is a name, never English.
 */
export function englishWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** True for a word of English letters and digits only (`decree`, `qh15`), not a Vietnamese name (`thịnh`). */
const isAsciiWord = (w: string): boolean => /^[a-z0-9]+$/.test(w);

/** English phrase → Vietnamese renderings, keyed by `keyOf` of each word. */
function phraseIndex(
  keyOf: (word: string) => string,
  entries: ReadonlyArray<readonly [string, string]> = ENTRIES,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [en, vi] of entries) {
    const renderings = vi.split('|').map((v) => v.trim());
    for (const variant of en.split('|')) {
      const key = englishWords(variant).map(keyOf).join(' ');
      if (!key) continue;
      const known = index.get(key) ?? [];
      for (const r of renderings) if (!known.includes(r)) known.push(r);
      index.set(key, known);
    }
  }
  return index;
}

/** Stemmed English phrase → Vietnamese renderings. */
const BILINGUAL_INDEX = phraseIndex(stemEnglish);

/**
 * The same keyed by the words as written (spelling folded only): looked up first, so a form the data lists
 * keeps its own sense where stemming would merge two (`planning` → `quy hoạch`, `plan` → `kế hoạch`).
 */
const EXACT_INDEX = phraseIndex(americanSpelling, [...ENTRIES, ...grownAsWritten()]);

/**
 * The corpus-grown variants the curated lists do not hold as written, for the index by the words as written: the
 * curated sense still wins a stem they share, but a form the genre data lists keeps its own sense where it is written
 * so — `meets` (the conditions) is `đáp ứng`, though `meeting` is `cuộc họp`; a `minute` is a `phút`, `minutes` a
 * `biên bản`; `drawing` is a `bản vẽ`, `drawing up` `xây dựng`.
 */
function grownAsWritten(): Array<readonly [string, string]> {
  const written = (variant: string) => englishWords(variant).map(americanSpelling).join(' ');
  const curated = new Set(CURATED.flatMap(([en]) => en.split('|').map(written)));
  return genreEnglish.sections.flatMap((s) =>
    s.entries.flatMap(([en, vi]) => {
      const kept = en.split('|').filter((variant) => !curated.has(written(variant)));
      return kept.length > 0 ? [[kept.join('|'), vi] as const] : [];
    }),
  );
}

const MAX_PHRASE = Math.max(...[...BILINGUAL_INDEX.keys()].map((k) => k.split(' ').length));

const ENGLISH_VOCABULARY = new Set([...BILINGUAL_INDEX.keys()].flatMap((k) => k.split(' ')));

/** The one-word English entries as written (spelling folded): `name`, `names`, `named`, `records`. */
const LISTED_WORDS: ReadonlySet<string> = new Set(
  ENTRIES.flatMap(([en]) => en.split('|').map((variant) => englishWords(variant)))
    .filter((words) => words.length === 1)
    .map((words) => americanSpelling(words[0])),
);

/**
 * The stem key a word reaches a one-word entry by. A word the stemmer leaves whole meets no stem cut from a longer
 * listed base: `named` is stemmed `nam`, but the word `nam` is no form of `name` — it is a Vietnamese syllable typed
 * without diacritics (`năm`); `not` is no form of `note`. `record` still finds `records`.
 */
function stemKey(word: string): string | undefined {
  const written = americanSpelling(word.toLowerCase());
  const stem = stemEnglish(written);
  if (stem !== written || LISTED_WORDS.has(written)) return stem;
  return LISTED_WORDS.has(`${written}e`) ? undefined : stem;
}

/**
 * Root of a one-word glossary key → its renderings, for words met in another derivation than the
 * glossary's (`explosives` for `explosive`); a root two different keys share is left out as ambiguous.
 */
const ROOT_INDEX: Map<string, string[]> = (() => {
  const byRoot = new Map<string, Set<string>>();
  for (const [en] of ENTRIES) {
    for (const variant of en.split('|')) {
      const words = englishWords(variant);
      if (words.length !== 1 || agentDerived(words[0])) continue;
      const root = englishRoot(words[0]);
      if (root.length >= 4) byRoot.set(root, (byRoot.get(root) ?? new Set()).add(stemEnglish(words[0])));
    }
  }
  const index = new Map<string, string[]>();
  for (const [root, keys] of byRoot) {
    const [first, ...rest] = [...keys].map((k) => (BILINGUAL_INDEX.get(k) ?? []).join('|'));
    if (rest.every((r) => r === first)) index.set(root, first.split('|'));
  }
  return index;
})();

/** Derived endings whose stem changes shape, longest first, with the base endings they come from (`data/english-alternations.json`). */
const ALTERNATIONS: ReadonlyArray<readonly [string, readonly string[]]> = alternations.rules.map(
  ([ending, bases]) => [ending as string, bases as string[]] as const,
);

/**
 * Bases of a derived word the stemmer and the root cannot reach, as the Latinate alternations and whole-verb
 * suffixes of English word formation give them, most specific ending first: `permission` → `permit`,
 * `exclusion` → `exclude`, `failure` → `fail`, `payment` → `pay`, `violator` → `violate`.
 * @example alternationBases('permission') // ['permit', 'permiss']
 */
export function alternationBases(word: string): string[] {
  const w = americanSpelling(word.toLowerCase());
  const out: string[] = [];
  for (const [ending, bases] of ALTERNATIONS) {
    if (!w.endsWith(ending)) continue;
    for (const b of bases) {
      const base = w.slice(0, -ending.length) + b;
      if (base.length >= 3 && base !== w && !out.includes(base)) out.push(base);
    }
  }
  return out;
}

/** Past forms of irregular verbs → their base (`drew` → `draw`, `met` → `meet`), from `data/english-alternations.json`. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(alternations.irregular.forms));

/**
 * The base of an irregular past form the glossary does not know itself: `drew` → `draw`; `held`, listed, stays. A form
 * a Vietnamese syllable spells (`sat` as in `giam sat`, `ran`, `met`) stays: read as English, it would tip a question
 * typed without diacritics into English.
 */
const irregularBase = (word: string): string =>
  ENGLISH_VOCABULARY.has(stemEnglish(word)) || isSyllableShaped(word) ? word : (IRREGULAR.get(word) ?? word);

/** Renderings of a word as the glossary lists it: as written, by its stem, else by its derivational root. */
function formRenderings(word: string): string[] | undefined {
  const key = stemKey(word);
  const listed = EXACT_INDEX.get(americanSpelling(word)) ?? (key === undefined ? undefined : BILINGUAL_INDEX.get(key));
  if (listed) return listed;
  const root = englishRoot(word);
  return root.length >= 4 ? ROOT_INDEX.get(root) : undefined;
}

/**
 * Renderings of one English word: as written, by its stem, by its derivational root (`explosives` → `explosive`),
 * by a base of another stem shape (`permission` → `permit`), else, behind a negating prefix, by the word it
 * negates (`unlicensed` → `licensed`: the question still asks about licences).
 */
function renderingsOfWord(word: string, negated = false): string[] | undefined {
  const known = formRenderings(word) ?? formRenderings(irregularBase(word));
  if (known) return known;
  for (const base of alternationBases(word)) {
    const byBase = formRenderings(base);
    if (byBase) return byBase;
  }
  if (negated) return undefined;
  const prefix = alternations.negations.find((p) => word.startsWith(p) && word.length - p.length >= 4);
  return prefix ? renderingsOfWord(word.slice(prefix.length), true) : closedCompound(word);
}

/** Shortest part of a closed compound (`fire|fighting`, `ware|house`): shorter splits meet chance words (`a|ware`). */
const COMPOUND_PART = 3;

/**
 * Renderings of a closed compound the glossary lists open (`firefighting` as `fire fighting`, `groundwater`,
 * `stockpile`): English writes one compound closed, hyphened or open, so an unknown word is tried split in two
 * where the two halves make a glossary phrase. Only a listed phrase counts, never the halves' own senses.
 * @example closedCompound('firefighting') // the renderings of `fire fighting`
 */
function closedCompound(word: string): string[] | undefined {
  for (let k = COMPOUND_PART; k <= word.length - COMPOUND_PART; k++) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    const known =
      EXACT_INDEX.get(`${americanSpelling(head)} ${americanSpelling(tail)}`) ??
      BILINGUAL_INDEX.get(`${stemEnglish(head)} ${stemEnglish(tail)}`);
    if (known) return known;
  }
  return undefined;
}

/**
 * Renderings of words a hyphen ties together (`non-compliance`, `sub-contractor`, `e-mail`), read as one word
 * when the glossary has no phrase of them: the hyphened and the closed spelling are one word.
 */
function hyphenedRenderings(words: readonly string[], hyphens: readonly boolean[]): string[] | undefined {
  if (!hyphens.every(Boolean)) return undefined;
  return renderingsOfWord(words.join(''));
}

/** True when the glossary knows this English word (so a capitalized `Party` is not taken for a name). */
export function isEnglishGlossaryWord(word: string): boolean {
  return ENGLISH_VOCABULARY.has(stemEnglish(word)) || renderingsOfWord(word) !== undefined;
}

/**
 * The words `translateEnglish` reads, and before which of them punctuation stands (`breaks[i]`): a phrase
 * never runs across a comma. A document symbol (`26/2026/NĐ-CP`, `3169/SCT-CN`) is a code, not words: it
 * is searched as a symbol, never translated, and breaks the words around it.
 * @example questionWords('safe, good-quality electricity').breaks // [false, true, false, false]
 */
export function questionWords(text: string): { words: string[]; breaks: boolean[] } {
  const { words, breaks } = readWords(text);
  return { words, breaks };
}

/** `questionWords`, and which words a hyphen ties to the word before (`non-compliance`, `sub-contractor`). */
function readWords(text: string): { words: string[]; breaks: boolean[]; hyphened: boolean[] } {
  const marks =
    text
      .replace(/[^\s,;:?!()]*\/[^\s,;:?!()]*/g, ' , ')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+|[,;:?!().]|(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])|\s+/gu) ?? [];
  const words: string[] = [];
  const breaks: boolean[] = [];
  const hyphened: boolean[] = [];
  let broken = false;
  let hyphen = false;
  for (const m of marks) {
    if (/^\s+$/.test(m)) hyphen = false;
    else if (/^[-‐‑]$/.test(m)) hyphen = true;
    else if (/^[,;:?!().]$/.test(m)) {
      broken = true;
      hyphen = false;
    } else {
      words.push(m);
      breaks.push(broken);
      hyphened.push(hyphen && words.length > 1);
      broken = false;
      hyphen = false;
    }
  }
  return { words, breaks, hyphened };
}

/** Form → renderings, for the verb and the participle senses of `data/english-verb-senses.json`. */
const senseForms = (entries: ReadonlyArray<readonly string[]>): ReadonlyMap<string, string[]> =>
  new Map(entries.flatMap(([en, vi]) => en.split('|').map((f) => [f, vi.split('|')] as const)));
const VERB_FORMS = senseForms(verbSenses.verbs);
const PARTICIPLE_FORMS = senseForms(verbSenses.participles);
const MODALS = new Set(verbSenses.modals);
const AUXILIARIES = new Set([...verbSenses.auxiliaries, ...verbSenses.be]);
const DETERMINERS = new Set(verbSenses.determiners);
const PREPOSITIONS = new Set(verbSenses.prepositions);

/**
 * The verb's renderings of a word the glossary reads as a noun, where its neighbours make it a verb
 * (`data/english-verb-senses.json`): `state` is `nêu`/`quy định` in `What does the decision state about …?` and
 * `must state`, `Nhà nước` in `which state agency`; `required` is `bắt buộc` in `Was a contract required?`, the
 * active verb in `required the company to …`. Undefined: the glossary's own renderings stand.
 * @example verbSense(['what', 'does', 'the', 'plan', 'state'], [false, false, false, false, false], 4) // ['nêu', 'quy định', 'ghi rõ']
 */
function verbSense(words: readonly string[], breaks: readonly boolean[], i: number): string[] | undefined {
  const word = words[i];
  const verb = VERB_FORMS.get(word);
  const participle = PARTICIPLE_FORMS.get(word);
  if (!verb && !participle) return undefined;
  const prev = i > 0 && !breaks[i] ? words[i - 1] : undefined;
  const next = i + 1 < words.length && !breaks[i + 1] ? words[i + 1] : undefined;
  if (prev !== undefined && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev))) return undefined;
  // An object after it makes a participle's form the active past (`required the company to …`).
  if (participle) return next !== undefined && DETERMINERS.has(next) ? undefined : participle;
  if (!verb || (prev !== undefined && MODALS.has(prev)) || /(?:ed|ing)$/.test(word)) return verb;
  // A noun here would modify the word after it (`state agency`); a verb is followed by its object or nothing.
  const opensNoNoun = next === undefined || DETERMINERS.has(next) || PREPOSITIONS.has(next) || next === 'that';
  let start = i;
  while (start > 0 && !breaks[start]) start--;
  const asked = words.slice(start, i).some((w) => AUXILIARIES.has(w));
  // `states` agrees with its subject itself; the base form needs the question's auxiliary before it.
  return opensNoNoun && (asked || (word.endsWith('s') && prev !== undefined)) ? verb : undefined;
}

/** A word's renderings as its place in the question reads it: the verb's where it stands as a verb (`verbSense`). */
function inContext(
  own: string[] | undefined,
  words: readonly string[],
  breaks: readonly boolean[],
  i: number,
): string[] | undefined {
  return own && (verbSense(words, breaks, i) ?? own);
}

/**
 * Words typed without diacritics inside a Vietnamese name (`Quang` in `Quang Đạt`, `Van` in `Đặng Van Thức`): a run
 * of capitalized words one of which has Vietnamese letters is a name, and its other words the glossary does not know
 * are syllables of it, not English words it failed to understand.
 * @example nameWords('asking Quang Đạt to complete its file') // Set { 'quang' }
 */
export function nameWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)+/gu)) {
    const run = m[0].split(/\s+/);
    if (!run.some((w) => !isAsciiWord(w.toLowerCase()))) continue;
    for (const w of run.map((x) => x.toLowerCase())) if (isAsciiWord(w) && !isEnglishGlossaryWord(w)) out.add(w);
  }
  return out;
}

/**
 * Translates an English query: the Vietnamese renderings of its glossary phrases, longest match first.
 * `covered` counts the English words the glossary understood.
 * @example translateEnglish('Which body leads sand mining?').expansions.map((e) => e.phrase) // ['cơ quan', 'đơn vị', 'chủ trì', 'khai thác cát']
 */
export function translateEnglish(text: string): {
  expansions: GlossaryExpansion[];
  covered: number;
  /** Content words (not stopwords, numbers, codes or symbols) no glossary phrase covered, in order: `desalination`, `agent`. */
  uncovered: string[];
} {
  const { words, breaks, hyphened } = readWords(text);
  const names = nameWords(text);
  // An irregular past form meets its base's phrases by stem (`drew up` → `draw up`, listed as `drawing up`).
  const stems = words.map((w) => stemEnglish(irregularBase(w)));
  const expansions: GlossaryExpansion[] = [];
  const uncovered: string[] = [];
  let covered = 0;
  const spelled = words.map(americanSpelling);
  for (let i = 0; i < stems.length; ) {
    let matched = 0;
    // A phrase never runs across a Vietnamese name (`Lào Cai`, `Thịnh`), and the name itself is neither covered nor uncovered.
    const inName = (w: string) => !isAsciiWord(w) || names.has(w);
    if (inName(words[i])) {
      i += 1;
      continue;
    }
    const ascii = words.slice(i).findIndex(inName);
    const room = ascii < 0 ? stems.length - i : ascii;
    for (let n = Math.min(MAX_PHRASE, room); n >= 1; n--) {
      if (n === 1 && EN_STOP.has(words[i])) break;
      const renderings =
        n === 1
          ? inContext(renderingsOfWord(words[i]), words, breaks, i)
          : (EXACT_INDEX.get(spelled.slice(i, i + n).join(' ')) ??
            BILINGUAL_INDEX.get(stems.slice(i, i + n).join(' ')) ??
            hyphenedRenderings(words.slice(i, i + n), hyphened.slice(i + 1, i + n)));
      if (!renderings) continue;
      const trigger = words.slice(i, i + n).join(' ');
      const span = [i, i + n] as const;
      for (const phrase of renderings) expansions.push({ phrase, source: 'translation', trigger, words: span });
      matched = n;
      break;
    }
    if (matched > 0) {
      covered += matched;
      i += matched;
    } else {
      if (!EN_STOP.has(words[i]) && !/\d/.test(words[i])) uncovered.push(words[i]);
      i += 1;
    }
  }
  // A named day reaches clauses only in the forms documents date it (`ngày 17/01/2026`), not through its month's name.
  for (const date of englishDates(text))
    for (const phrase of date.renderings) expansions.push({ phrase, source: 'translation', trigger: date.text });
  // `May` is a modal verb unless a day or a year stands next to it (`1 May 2026`, `May 2026`).
  const may = /\b\d{1,2}(?:st|nd|rd|th)?\s+May\b|\bMay\s+\d{1,4}\b/.exec(text);
  if (may)
    for (const phrase of ['tháng 5', 'tháng 05']) expansions.push({ phrase, source: 'translation', trigger: may[0] });
  return { expansions, covered, uncovered };
}

/**
 * Abbreviations and aliases found in a token list (contiguous, stopwords included), expanded both
 * ways: `UBND` → `Ủy ban nhân dân`, `Ủy ban nhân dân` → `UBND`. `folded` compares without diacritics (queries typed without them).
 * Abbreviations that are also syllables (`TU`) count only when written in capitals.
 * @example expandAliases(tokenize('UBND tỉnh'), false).map((e) => e.phrase) // ['Ủy ban nhân dân']
 */
export function expandAliases(tokens: readonly Token[], folded: boolean): GlossaryExpansion[] {
  const keys = tokens.map((t) => (folded ? t.folded : t.exact));
  const out: GlossaryExpansion[] = [];
  const seen = new Set<string>();
  for (const f of ALIAS_FORMS) {
    const seq = folded ? f.folded : f.exact;
    const at = findSequence(keys, seq);
    if (at < 0) continue;
    if (f.isAbbr && f.entry.cased && !isUpper(tokens.slice(at, at + seq.length))) continue;
    const targets = f.isAbbr ? f.entry.full : f.entry.cased || f.entry.toFull ? [] : f.entry.abbr;
    for (const phrase of targets) {
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      out.push({ phrase, source: 'alias', trigger: f.form });
    }
  }
  return out;
}

function findSequence(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function isUpper(tokens: readonly Token[]): boolean {
  return tokens.every((t) => t.surface === t.surface.toUpperCase() && t.surface !== t.surface.toLowerCase());
}
