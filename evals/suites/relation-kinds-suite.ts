/**
 * @module evals/suites/relation-kinds-suite
 * Precision and recall per relation and split against a COMPLETE relations gold (every relation its
 * documents state, `gold/archive-validity-fresh.json`): recall over the gold's (document, relation,
 * target) rows; precision over what the store holds from the gold's documents — validity links and
 * stored references alike — so a relation the text does not state counts as false. A `cites` row is
 * right when the gold names that target in that document under any relation (the mention was read;
 * the stronger relation is scored in its own row).
 */
import type { ExtractedCitation, ExtractedRelation } from '../../lineage/validity/list-extracted.ts';
import { GOLD_RELATIONS, type GoldRelation, type RelationGold } from '../load-archive-gold.ts';
import type { Split } from '../split.ts';
import { matchesTarget } from './validity-suite.ts';

export interface RelationKindFigures {
  recall: number;
  n: number;
  precision: number;
  extracted: number;
}

export interface RelationKindsReport {
  bySplit: Record<Split, Record<GoldRelation, RelationKindFigures>>;
  /** Dev only (held-back rows are counted, never listed). */
  missed: Array<{ source: string; relation: GoldRelation; target: string }>;
  /** Dev only: stored relations the complete gold does not list. */
  unlisted: Array<{ source: string; relation: string; target: string }>;
}

/** A gold row names the stored target by its number, or by the title the text gives it. */
const names = (g: RelationGold, row: Row) =>
  matchesTarget(g.target, row.names) || (g.targetName !== undefined && matchesTarget(g.targetName, row.names));

interface Row {
  documentId: string;
  relation: string;
  names: Array<string | null>;
  shown: string;
}

/** The store's relations as rows: validity links (not self-references) and references, one per document, relation and target. */
export function storedRows(relations: readonly ExtractedRelation[], citations: readonly ExtractedCitation[]): Row[] {
  const rows = new Map<string, Row>();
  for (const r of relations)
    if (r.targetKey)
      rows.set(`${r.sourceDocumentId} ${r.relation} ${r.targetKey}`, {
        documentId: r.sourceDocumentId,
        relation: r.relation,
        names: [r.targetSymbol, r.targetKey],
        shown: r.targetSymbol ?? r.targetKey,
      });
  for (const c of citations)
    rows.set(`${c.sourceDocumentId} ${c.relation} ${c.targetKey}`, {
      documentId: c.sourceDocumentId,
      relation: c.relation,
      names: [c.targetSymbol, c.targetKey],
      shown: c.targetSymbol ?? c.targetKey,
    });
  return [...rows.values()];
}

export function scoreRelationKinds(
  gold: { relations: readonly RelationGold[]; documents?: Record<string, { split: Split; complete: boolean }> },
  stored: readonly Row[],
  documentOf: (source: string) => string | undefined,
): RelationKindsReport {
  const bySplit = {} as RelationKindsReport['bySplit'];
  const missed: RelationKindsReport['missed'] = [];
  const unlisted: RelationKindsReport['unlisted'] = [];
  const complete = Object.entries(gold.documents ?? {}).filter(([, d]) => d.complete);
  for (const split of ['dev', 'heldback'] as const) {
    const sources = new Map<string, string>();
    for (const [source, d] of complete) {
      const id = documentOf(source);
      if (d.split === split && id) sources.set(id, source);
    }
    const wantedAll = gold.relations.filter((g) => g.split === split);
    const ofDoc = (id: string) => wantedAll.filter((g) => documentOf(g.source) === id);
    bySplit[split] = {} as Record<GoldRelation, RelationKindFigures>;
    for (const relation of GOLD_RELATIONS) {
      const wanted = wantedAll.filter((g) => g.relation === relation);
      let found = 0;
      for (const g of wanted) {
        const id = documentOf(g.source);
        if (stored.some((s) => s.documentId === id && s.relation === relation && names(g, s))) found++;
        else if (split === 'dev') missed.push({ source: g.source, relation, target: g.target });
      }
      const made = stored.filter((s) => s.relation === relation && sources.has(s.documentId));
      let right = 0;
      for (const s of made) {
        const listed = ofDoc(s.documentId).some(
          (g) => (relation === 'cites' || g.relation === relation) && names(g, s),
        );
        if (listed) right++;
        else if (split === 'dev') unlisted.push({ source: sources.get(s.documentId) ?? '', relation, target: s.shown });
      }
      bySplit[split][relation] = {
        recall: wanted.length ? found / wanted.length : Number.NaN,
        n: wanted.length,
        precision: made.length ? right / made.length : Number.NaN,
        extracted: made.length,
      };
    }
  }
  return { bySplit, missed, unlisted };
}
