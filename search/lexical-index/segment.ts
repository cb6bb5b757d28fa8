/**
 * @module search/lexical-index/segment
 * A document's clauses → its lexical segment: the terms of each clause per field with their
 * frequencies, stored as one row per document (a per-document vocabulary keeps it small) and read
 * back into the in-memory index. Pure: text in, text out.
 */
import type { LexicalSegment } from '../../core/store/lexical-repo.ts';
import type { Field } from '../query.ts';
import { fieldTerms } from '../tokenize.ts';
import { clauseShingles } from './boilerplate.ts';

/** Bump when tokenization or the encoding changes: segments of another version are rebuilt from the clause texts. */
export const SEGMENT_VERSION = 'vankien-lex-v4';

/** The clause fields a segment is built from. */
export interface SegmentClause {
  id: string;
  parentId: string | null;
  text: string;
}

/**
 * A decoded segment: a vocabulary per field, and per clause its parent (index in this segment, or −1),
 * its length in terms, and its terms per field as flat `[vocabulary index, frequency, ...]` pairs.
 */
export interface DecodedSegment {
  exact: string[];
  folded: string[];
  clauses: Array<[id: string, parent: number, length: number, exact: number[], folded: number[]]>;
  /** Per clause (same order), its sampled shingle hashes (`boilerplate.ts`). */
  shingles: number[][];
}

/**
 * Encodes a document's clauses (parents are looked up among them; a parent outside is dropped).
 * @example buildSegment([{ id: 'd~1', parentId: null, text: 'Khai thác cát' }]).version // 'vankien-lex-v4'
 */
export function buildSegment(clauses: readonly SegmentClause[]): LexicalSegment {
  const position = new Map(clauses.map((c, i) => [c.id, i]));
  const vocabulary = { exact: new Map<string, number>(), folded: new Map<string, number>() };
  const pairs = (field: Field, terms: ReadonlyMap<string, number>) => {
    const out: number[] = [];
    const vocab = vocabulary[field];
    for (const [term, tf] of terms) {
      let index = vocab.get(term);
      if (index === undefined) {
        index = vocab.size;
        vocab.set(term, index);
      }
      out.push(index, tf);
    }
    return out;
  };
  const encoded: DecodedSegment = { exact: [], folded: [], clauses: [], shingles: [] };
  for (const clause of clauses) {
    const ft = fieldTerms(clause.text);
    const parent = clause.parentId === null ? -1 : (position.get(clause.parentId) ?? -1);
    encoded.clauses.push([clause.id, parent, ft.exactLen, pairs('exact', ft.exact), pairs('folded', ft.folded)]);
    encoded.shingles.push(clauseShingles(clause.text));
  }
  encoded.exact = [...vocabulary.exact.keys()];
  encoded.folded = [...vocabulary.folded.keys()];
  return { version: SEGMENT_VERSION, payload: JSON.stringify(encoded) };
}

/** `buildSegment` under the name parse workers load it by (`ClauseIndexer.lexiconModule`). */
export const lexicon = buildSegment;

/** Decodes a segment of the current version; throws on another version or a damaged payload. */
export function decodeSegment(segment: LexicalSegment): DecodedSegment {
  if (segment.version !== SEGMENT_VERSION) {
    throw new Error(
      `lexical segment version ${segment.version} is not ${SEGMENT_VERSION}; rebuild it from the clauses`,
    );
  }
  const decoded = JSON.parse(segment.payload) as DecodedSegment;
  if (
    !Array.isArray(decoded.exact) ||
    !Array.isArray(decoded.folded) ||
    !Array.isArray(decoded.clauses) ||
    !Array.isArray(decoded.shingles)
  ) {
    throw new Error(
      'lexical segment payload is damaged (missing vocabularies or clauses); rebuild it from the clauses',
    );
  }
  return decoded;
}
