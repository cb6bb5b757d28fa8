/**
 * @module evals/glossary-coverage — `npm run glossary:coverage`: how much of the genre's vocabulary the English
 * glossary reaches, measured from the corpus and from questions nobody tuned on, not from the gold's words.
 *
 * 1. Corpus terms: the syllable pairs (and the long single syllables) of the seeds and the archive's dev-split documents
 *    in the dev store, folded, stopwords out, ranked by document frequency; a pair that is mostly a piece of a longer run
 *    (`theo quy` of `theo quy định`, where `quy định` is the word) is not one, nor a name written Title Case.
 *    A term is reached when some Vietnamese rendering of the glossary holds it; the unreached ones are listed, for
 *    `search/data/genre-english.json` to give them English.
 * 2. Question words: the share of English content words `translateEnglish` understands, over the dev gold's English
 *    questions and over `evals/coverage/blind-english-questions.json` (written blind, from documents outside every gold).
 *
 * Held-back documents are left out by path (`split.ts`); a document with any held-back source is left out whole.
 *
 *   npm run glossary:coverage -- [--terms 1500] [--min-df 3] [--list] [--store DIR]
 */
import { readFileSync } from 'node:fs';
import { foldAccents } from '../core/text/vietnamese.ts';
import { BILINGUAL } from '../search/data/bilingual.ts';
import genreEnglish from '../search/data/genre-english.json' with { type: 'json' };
import legalEnglish from '../search/data/legal-english.json' with { type: 'json' };
import { translateEnglish } from '../search/glossary.ts';
import { ENGLISH_STOPWORDS } from '../search/data/stopwords.ts';
import { type Token, tokenize } from '../search/tokenize.ts';
import { devSet, devStoreDir, option } from './dev-options.ts';
import { openPipeline } from './pipeline.ts';
import { splitOf } from './split.ts';

const ARCHIVE = '/evals/archive/';
/** English words in the documents (`and`, `of` of an English title) are no Vietnamese vocabulary to translate. */
const EN_STOP = new Set(ENGLISH_STOPWORDS);
/** Above this share of Title Case occurrences a term is taken for a name. */
const NAME_SHARE = 0.5;
/** Below this share held by its commonest pair a single syllable counts as a word. */
const SINGLE_SHARE = 0.4;
/** Above this share of its occurrences inside one longer run a pair is a piece of that run. */
const PIECE_SHARE = 0.6;
/** Above this share on both sides a pair straddles two words. */
const STRADDLE_SHARE = 0.3;
/** Title Case, not ALL CAPS (headings are capitalized throughout and say nothing of names). */
const titled = (surface: string): boolean => /^\p{Lu}\p{Ll}/u.test(surface);
const SEEDS = '/corpus/';

/** Dev-split or seed: the sources a coverage list may read. */
function readable(path: string): boolean {
  const at = path.indexOf(ARCHIVE);
  if (at >= 0) return splitOf(path.slice(at + ARCHIVE.length)) === 'dev';
  return path.includes(SEEDS);
}

/** Every Vietnamese rendering the glossary lists, folded, space-padded so a term matches whole syllables. */
function renderings(): string[] {
  const entries = [
    ...BILINGUAL,
    ...legalEnglish.sections.flatMap((s) => s.entries),
    ...genreEnglish.sections.flatMap((s) => s.entries),
  ];
  return entries.flatMap(([, vi]) => vi.split('|').map((v) => ` ${syllables(v).join(' ')} `));
}

const syllables = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => foldAccents(t.exact));

interface CorpusTerm {
  term: string;
  /** The spelling the corpus writes most (tones kept), for whoever translates it. */
  surface: string;
  df: number;
}

async function corpusTerms(
  storeDir: string,
  top: number,
  minDf: number,
): Promise<{ docs: number; terms: CorpusTerm[] }> {
  const pipeline = await openPipeline(storeDir);
  try {
    const sources = await pipeline.db.query<{ path: string; document_id: string }>(
      'select path, document_id from document_sources',
    );
    const byDoc = new Map<string, boolean>();
    for (const s of sources) byDoc.set(s.document_id, (byDoc.get(s.document_id) ?? true) && readable(s.path));
    const docs = [...byDoc].filter(([, ok]) => ok).map(([id]) => id);
    const df = new Map<string, number>();
    const count = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    /** Occurrences written Title Case (`Lào Cai`, `Hoàng`): a name, which English writes the same. */
    const named = new Map<string, number>();
    /** Per syllable, the most occurrences one pair holding it accounts for (`lĩnh` stands only in `lĩnh vực`). */
    const bestPair = new Map<string, number>();
    /** Three syllables in a row, folded. */
    const triples = new Map<string, number>();
    for (const id of docs) {
      const clauses = await pipeline.db.query<{ text: string }>('select text from clauses where document_id = $1', [
        id,
      ]);
      const seen = new Set<string>();
      for (const { text } of clauses) {
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; i++) {
          const a = tokens[i];
          if (a.kind !== 'word' || a.stop) continue;
          const grams: Array<[string, string, boolean]> = [[foldAccents(a.exact), a.exact, titled(a.surface)]];
          const b = tokens[i + 1];
          const joined = (x: Token | undefined, y: Token | undefined): y is Token =>
            !!x && !!y && y.kind === 'word' && !y.stop && /^\s*$/.test(text.slice(x.end, y.start));
          if (joined(a, b)) {
            const c = tokens[i + 2];
            // The syllable around a pair, for telling a word (`quy định`) from a piece of a longer one (`theo quy`).
            if (joined(b, c)) {
              const key = `${foldAccents(a.exact)} ${foldAccents(b.exact)} ${foldAccents(c.exact)}`;
              triples.set(key, (triples.get(key) ?? 0) + 1);
            }
            grams.push([
              `${foldAccents(a.exact)} ${foldAccents(b.exact)}`,
              `${a.exact} ${b.exact}`,
              titled(a.surface) && titled(b.surface),
            ]);
          }
          for (const [term, surface, title] of grams) {
            count.set(term, (count.get(term) ?? 0) + 1);
            if (title) named.set(term, (named.get(term) ?? 0) + 1);
            const s = surfaces.get(term) ?? new Map<string, number>();
            s.set(surface, (s.get(surface) ?? 0) + 1);
            surfaces.set(term, s);
            if (!seen.has(term)) {
              seen.add(term);
              df.set(term, (df.get(term) ?? 0) + 1);
            }
          }
        }
      }
    }
    for (const [term, n] of count) {
      const parts = term.split(' ');
      if (parts.length === 2) for (const p of parts) bestPair.set(p, Math.max(bestPair.get(p) ?? 0, n));
    }
    /**
     * A pair is a piece of longer words when the syllable before or after it mostly makes a commoner pair with it:
     * mostly on one side (`theo quy` + `định`: `quy định` is the word), or on both (`dựng đối` in `xây dựng đối với`).
     */
    const left = new Map<string, number>();
    const right = new Map<string, number>();
    for (const [triple, n] of triples) {
      const [a, b, c] = triple.split(' ');
      const head = `${a} ${b}`;
      const tail = `${b} ${c}`;
      const nh = count.get(head) ?? 0;
      const nt = count.get(tail) ?? 0;
      if (nt > nh) right.set(head, (right.get(head) ?? 0) + n);
      if (nh > nt) left.set(tail, (left.get(tail) ?? 0) + n);
    }
    const fragment = (pair: string): boolean => {
      const n = count.get(pair) ?? 1;
      const l = (left.get(pair) ?? 0) / n;
      const r = (right.get(pair) ?? 0) / n;
      return l >= PIECE_SHARE || r >= PIECE_SHARE || (l >= STRADDLE_SHARE && r >= STRADDLE_SHARE);
    };
    const isWord = (term: string): boolean => {
      const n = count.get(term) ?? 0;
      if ((named.get(term) ?? 0) > NAME_SHARE * n) return false;
      const parts = term.split(' ');
      // A syllable is a word of its own when no one pair swallows most of its occurrences (`kho`, `mỏ`, not `lĩnh`).
      // Vowelless ones (`sct`, `vt`) are abbreviations and Roman numerals (`iii`, `xiv`) number parts: neither is a word.
      if (parts.length === 1)
        return (
          /^[a-z]{2,}$/.test(term) &&
          /[aeiouy]/.test(term) &&
          !/^[ivxl]+$/.test(term) &&
          (bestPair.get(term) ?? 0) < SINGLE_SHARE * n
        );
      return !fragment(term);
    };
    const terms = [...df]
      .filter(([term, n]) => n >= minDf && isWord(term) && !term.split(' ').every((w) => EN_STOP.has(w)))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([term, n]) => {
        const best = [...(surfaces.get(term) ?? new Map())].sort((a, b) => b[1] - a[1])[0];
        return { term, surface: best ? best[0] : term, df: n };
      });
    return { docs: docs.length, terms };
  } finally {
    await pipeline.close();
  }
}

/** Share of English content words the glossary understands, and the words it does not. */
function questionCoverage(questions: readonly string[]): {
  share: number;
  words: number;
  unknown: Map<string, number>;
} {
  let covered = 0;
  let words = 0;
  const unknown = new Map<string, number>();
  for (const q of questions) {
    const t = translateEnglish(q);
    covered += t.covered;
    words += t.covered + t.uncovered.length;
    for (const w of t.uncovered) unknown.set(w, (unknown.get(w) ?? 0) + 1);
  }
  return { share: words === 0 ? 0 : covered / words, words, unknown };
}

async function main(): Promise<void> {
  const top = Number(option('terms') ?? 1500);
  // A term of fewer documents is one document's vocabulary, not the genre's.
  const minDf = Number(option('min-df') ?? 3);
  const list = process.argv.includes('--list');
  const pct = (x: number) => (100 * x).toFixed(1);

  const known = renderings();
  const { docs, terms } = await corpusTerms(devStoreDir(), top, minDf);
  const missing = terms.filter((t) => !known.some((r) => r.includes(` ${t.term} `)));
  process.stdout.write(
    `corpus: ${docs} dev/seed documents, top ${terms.length} terms by document frequency; ` +
      `with an English entry ${terms.length - missing.length} (${pct(1 - missing.length / Math.max(1, terms.length))}%)\n`,
  );
  if (list) for (const t of missing) process.stdout.write(`  ${t.df}\t${t.surface}\n`);

  const gold = ['archive', 'fresh', 'seed', 'paraphrases'].flatMap((name) =>
    devSet(name)
      .filter((q) => q.lang === 'en')
      .map((q) => q.question),
  );
  const blindFile = new URL('./coverage/blind-english-questions.json', import.meta.url);
  const blind = (
    JSON.parse(readFileSync(blindFile, 'utf8')) as { questions: Array<{ question: string }> }
  ).questions.map((q) => q.question);
  for (const [name, questions] of [
    ['dev gold English questions', gold],
    ['blind questions (evals/coverage)', blind],
  ] as const) {
    const c = questionCoverage(questions);
    const worst = [...c.unknown].sort((a, b) => b[1] - a[1]);
    process.stdout.write(
      `${name}: n=${questions.length}, content words understood ${pct(c.share)}% of ${c.words}; ` +
        `not understood: ${worst
          .slice(0, list ? undefined : 25)
          .map(([w, n]) => (n > 1 ? `${w}×${n}` : w))
          .join(', ')}\n`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
