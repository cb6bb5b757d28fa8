/** @module evals/metrics/ingestion — one stored document against its ingestion gold: metadata, clause tree, references, facts. */

import type { ParsedDocument } from '../../core/types.ts';
import type { DocumentGold } from '../load-gold.ts';
import { type MatchCount, scoreReferences, scoreResponsibilities, scoreTargets } from './ingestion-facts.ts';
import { type FieldVerdict, scoreMetadata } from './ingestion-metadata.ts';
import { type SetAgreement, scoreClauseTree } from './ingestion-structure.ts';

export * from './clause-keys.ts';
export * from './ingestion-facts.ts';
export * from './ingestion-metadata.ts';
export * from './ingestion-structure.ts';

export interface DocumentScores {
  file: string;
  metadata: FieldVerdict[];
  tree: SetAgreement;
  references: { document: MatchCount; clause: MatchCount };
  responsibilities: { all: MatchCount; named: MatchCount; generic: MatchCount; inherited: MatchCount };
  targets: MatchCount & { deadlineCorrect: number };
}

/** Every ingestion score of one document. */
export function scoreDocument(file: string, gold: DocumentGold, doc: ParsedDocument): DocumentScores {
  return {
    file,
    metadata: scoreMetadata(gold.metadata, doc.metadata),
    tree: scoreClauseTree(gold.clauses, doc.clauses),
    references: scoreReferences(gold.references, doc.references, doc.clauses),
    responsibilities: scoreResponsibilities(gold.responsibilities, doc.responsibilities, doc.clauses),
    targets: scoreTargets(gold.targets, doc.targets, doc.clauses),
  };
}
