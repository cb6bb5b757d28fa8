/**
 * @module evals/suites/ingestion-suite
 * The stored documents against the ingestion gold, summed over documents: metadata accuracy per
 * field, clause-tree agreement, reference recall/precision, responsibility and target recall.
 */
import type { ParsedDocument } from '../../core/types.ts';
import type { DocumentGold } from '../load-gold.ts';
import {
  addCounts,
  type DocumentScores,
  emptyCount,
  METADATA_FIELDS,
  type MatchCount,
  precisionOf,
  recallOf,
  scoreDocument,
} from '../metrics/index.ts';

export interface IngestionReport {
  documents: number;
  /** Files of the gold the store did not hold. */
  missingDocuments: string[];
  metadata: { accuracy: number; byField: Record<string, number>; wrong: string[] };
  tree: { recall: number; precision: number; exactDocuments: number; missing: string[]; extra: string[] };
  references: { document: Totals; clause: Totals };
  responsibilities: { all: Totals; named: Totals; generic: Totals; inherited: Totals };
  targets: Totals & { deadlineAccuracy: number };
  perDocument: DocumentScores[];
}

export interface Totals {
  expected: number;
  found: number;
  recall: number;
  precision: number;
  misses: string[];
}

function totals(c: MatchCount): Totals {
  return { expected: c.expected, found: c.found, recall: recallOf(c), precision: precisionOf(c), misses: c.misses };
}

function sum(list: readonly MatchCount[]): MatchCount {
  return list.reduce(addCounts, emptyCount());
}

/** Scores every gold document found by `load` (its stored, parsed form). */
export async function runIngestionSuite(
  gold: ReadonlyMap<string, DocumentGold>,
  load: (file: string) => Promise<ParsedDocument | null>,
): Promise<IngestionReport> {
  const perDocument: DocumentScores[] = [];
  const missingDocuments: string[] = [];
  for (const [file, g] of gold) {
    const doc = await load(file);
    if (!doc) missingDocuments.push(file);
    else perDocument.push(scoreDocument(file, g, doc));
  }
  const verdicts = perDocument.flatMap((d) => d.metadata.map((v) => ({ ...v, file: d.file })));
  const byField = Object.fromEntries(
    METADATA_FIELDS.map((f) => {
      const vs = verdicts.filter((v) => v.field === f);
      return [f, vs.length === 0 ? Number.NaN : vs.filter((v) => v.correct).length / vs.length];
    }),
  );
  const trees = perDocument.map((d) => d.tree);
  const treeExpected = trees.reduce((a, t) => a + t.expected, 0);
  const treeActual = trees.reduce((a, t) => a + t.actual, 0);
  const treeMatched = trees.reduce((a, t) => a + t.matched, 0);
  const targetCounts = perDocument.map((d) => d.targets);
  const targetSum = sum(targetCounts);
  const deadlineCorrect = targetCounts.reduce((a, t) => a + t.deadlineCorrect, 0);
  return {
    documents: perDocument.length,
    missingDocuments,
    metadata: {
      accuracy: verdicts.length === 0 ? Number.NaN : verdicts.filter((v) => v.correct).length / verdicts.length,
      byField,
      wrong: verdicts
        .filter((v) => !v.correct)
        .map((v) => `${v.file}: ${v.field} expected ${JSON.stringify(v.expected)}, got ${JSON.stringify(v.actual)}`),
    },
    tree: {
      recall: treeExpected === 0 ? Number.NaN : treeMatched / treeExpected,
      precision: treeActual === 0 ? Number.NaN : treeMatched / treeActual,
      exactDocuments: trees.filter((t) => t.missing.length === 0 && t.extra.length === 0).length,
      missing: perDocument.flatMap((d) => d.tree.missing.map((m) => `${d.file}: ${m}`)),
      extra: perDocument.flatMap((d) => d.tree.extra.map((m) => `${d.file}: ${m}`)),
    },
    references: {
      document: totals(sum(perDocument.map((d) => withFile(d.file, d.references.document)))),
      clause: totals(sum(perDocument.map((d) => withFile(d.file, d.references.clause)))),
    },
    responsibilities: {
      all: totals(sum(perDocument.map((d) => withFile(d.file, d.responsibilities.all)))),
      named: totals(sum(perDocument.map((d) => withFile(d.file, d.responsibilities.named)))),
      generic: totals(sum(perDocument.map((d) => withFile(d.file, d.responsibilities.generic)))),
      inherited: totals(sum(perDocument.map((d) => withFile(d.file, d.responsibilities.inherited)))),
    },
    targets: {
      ...totals(sum(perDocument.map((d) => withFile(d.file, d.targets)))),
      deadlineAccuracy: targetSum.found === 0 ? Number.NaN : deadlineCorrect / targetSum.found,
    },
    perDocument,
  };
}

function withFile(file: string, c: MatchCount): MatchCount {
  return { ...c, misses: c.misses.map((m) => `${file}: ${m}`) };
}
