/**
 * @module evals/metrics/ingestion-structure
 * Clause-tree agreement: the gold's sections, items (under their section, or `root`) and sub-items
 * (under their item) against the stored tree, as sets of `kind:parent/marker` entries.
 */
import type { Clause } from '../../core/types.ts';
import type { GoldClauses } from '../load-gold.ts';

export interface SetAgreement {
  expected: number;
  actual: number;
  matched: number;
  recall: number;
  precision: number;
  missing: string[];
  extra: string[];
}

/** Entries the gold expects: `section:I`, `item:II/3`, `item:root/1`, `subitem:3/3.4`. */
export function expectedTree(gold: GoldClauses): Set<string> {
  const out = new Set<string>();
  for (const s of gold.sections) out.add(`section:${s}`);
  for (const [parent, items] of Object.entries(gold.items)) for (const m of items) out.add(`item:${parent}/${m}`);
  for (const [parent, subs] of Object.entries(gold.subItems)) for (const m of subs) out.add(`subitem:${parent}/${m}`);
  return out;
}

/** The same entries read from stored clauses. */
export function actualTree(clauses: readonly Clause[]): Set<string> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (const c of clauses) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (c.kind === 'section') out.add(`section:${c.marker}`);
    else if (c.kind === 'item') out.add(`item:${parent?.kind === 'section' ? parent.marker : 'root'}/${c.marker}`);
    else if (c.kind === 'subitem') out.add(`subitem:${parent?.kind === 'item' ? parent.marker : '?'}/${c.marker}`);
  }
  return out;
}

/** Recall and precision of `actual` against `expected` (1 when a side is empty and the other too). */
export function setAgreement(expected: ReadonlySet<string>, actual: ReadonlySet<string>): SetAgreement {
  const missing = [...expected].filter((e) => !actual.has(e));
  const extra = [...actual].filter((a) => !expected.has(a));
  const matched = expected.size - missing.length;
  return {
    expected: expected.size,
    actual: actual.size,
    matched,
    recall: expected.size === 0 ? 1 : matched / expected.size,
    precision: actual.size === 0 ? (expected.size === 0 ? 1 : 0) : (actual.size - extra.length) / actual.size,
    missing,
    extra,
  };
}

export function scoreClauseTree(gold: GoldClauses, clauses: readonly Clause[]): SetAgreement {
  return setAgreement(expectedTree(gold), actualTree(clauses));
}
