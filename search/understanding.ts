/**
 * @module search/understanding
 * Which content words of a question the system understood: the one place that decides it, for the
 * search response (`notUnderstood`) and for the answer's abstention and its "words not understood" note.
 * A word is understood when the English glossary renders it (after stemming, derivation and hyphen
 * splitting: `explosives`, `sand-mining`), some clause uses it, or some document's header fields do
 * (a place only a header names). Function words are never content words, so they never count.
 */
import type { Db } from '../core/store/db.ts';
import { documentFields } from './document-fit.ts';
import { lexicalIndex } from './lexical-index/sync.ts';
import type { ContentWord } from './query.ts';

export interface Understanding {
  /** Content words understood, each once, as typed. */
  understood: string[];
  /** Content words nothing could read (`desalination`: the glossary lacks it and no clause says it), each once, as typed. */
  notUnderstood: string[];
}

/**
 * Splits content words into those the glossary, the index or the catalog knows and the rest. The search
 * calls it once per query; the answerer reuses the search's result rather than reading the question again.
 * @example (await understandWords(db, analyzeQuery('Who oversees desalination?').contentWords)).notUnderstood // ['desalination']: no glossary entry, no clause
 */
export async function understandWords(db: Db, words: readonly ContentWord[]): Promise<Understanding> {
  const index = await lexicalIndex(db);
  const fields = await documentFields(db);
  const understood = new Set<string>();
  const notUnderstood = new Set<string>();
  for (const w of words) {
    const known = w.via === 'glossary' || index.df('folded', w.folded) > 0 || fields.df.has(w.folded);
    (known ? understood : notUnderstood).add(w.word);
  }
  return { understood: [...understood], notUnderstood: [...notUnderstood] };
}
