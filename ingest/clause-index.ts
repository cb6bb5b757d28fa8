/**
 * @module ingest/clause-index
 * What a document's save needs beside its parse: each clause's matching form and the lexical segment.
 * A parse worker builds it with the parse, so the main thread (which runs the store) only writes.
 */
import type { LexicalSegment } from '../core/store/index.ts';
import { matchForm } from '../core/text/vietnamese.ts';
import type { Clause } from '../core/types.ts';

/** A parsed document's clause index, as `saveDocument` takes it. */
export interface ClauseIndex {
  /** Clause id → matching form of its text. */
  normTexts: ReadonlyMap<string, string>;
  /** The lexical segment, when an indexer builds one. */
  lexicon?: LexicalSegment;
}

/** Builds a document's lexical segment (`ClauseIndexer.lexicon`). */
export type LexiconBuilder = (clauses: readonly Clause[]) => LexicalSegment;

/**
 * The clause index of a parsed document's clauses.
 * @example indexClauses(parsed.clauses, buildSegment).normTexts.get(parsed.clauses[0].id)
 */
export function indexClauses(clauses: readonly Clause[], lexicon?: LexiconBuilder): ClauseIndex {
  const normTexts = new Map(clauses.map((c) => [c.id, matchForm(c.text)]));
  return lexicon ? { normTexts, lexicon: lexicon(clauses) } : { normTexts };
}
