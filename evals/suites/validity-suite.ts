/**
 * @module evals/suites/validity-suite
 * Relations that change a document's force (amends, replaces, repeals, guides, basis) and effective
 * dates, as extracted into the store, against the blind validity gold, by split. Recall is over the
 * gold's statements; precision over what was extracted from the gold's documents, counting a
 * relation the gold writer did not list as wrong (so it is a floor).
 */
import type { ExtractedDate, ExtractedRelation } from '../../lineage/validity/list-extracted.ts';
import type { EffectiveGold, RelationGold } from '../load-archive-gold.ts';
import type { Split } from '../split.ts';
import { folded } from '../text-forms.ts';

export interface ValidityReport {
  relations: Record<Split, { recall: number; n: number; precision: number; extracted: number }>;
  dates: Record<Split, { accuracy: number; n: number }>;
  missed: Array<{ source: string; relation: string; target: string }>;
  /** Status of each changed document as of `STATUS_AS_OF`, against what the gold's relations imply. */
  statuses?: Record<Split, { accuracy: number; n: number }>;
  /** Dev misses only: held-back ones are counted, never listed, so nobody tunes on them. */
  statusMisses?: Array<{ target: string; want: string; got: string | null }>;
  /**
   * Misses by class (`want amended, got replaced` → how many), both splits: a held-back class says which kind
   * of change the store gets wrong without naming a document.
   */
  statusMissClasses?: Record<Split, Record<string, number>>;
}

/** A date after every gold source's effective date, fixed so the figure does not move with the calendar. */
export const STATUS_AS_OF = '2026-12-01';

/** Which status ends up shown when several changes meet (as `lineage/validity/derive-status.ts` orders them). */
const STATUS_RANK = ['replaced', 'repealed', 'partly_repealed', 'amended'] as const;
type ImpliedStatus = (typeof STATUS_RANK)[number];

function impliedBy(g: RelationGold): ImpliedStatus | null {
  if (g.relation === 'replaces') return g.targetPart === null ? 'replaced' : 'amended';
  if (g.relation === 'repeals') return g.targetPart === null ? 'repealed' : 'partly_repealed';
  if (g.relation === 'amends') return 'amended';
  return null; // guides, basis: no change of force
}

/**
 * The status each changed document must have, from the blind relations gold alone: the strongest change
 * the gold lists against it. The split is its changing document's (held back wins when both).
 */
export function expectedStatuses(
  relations: readonly RelationGold[],
): Array<{ target: string; split: Split; status: ImpliedStatus }> {
  const byTarget = new Map<string, { target: string; split: Split; status: ImpliedStatus }>();
  for (const g of relations) {
    const status = impliedBy(g);
    if (!status) continue;
    const key = targetForm(g.target);
    const seen = byTarget.get(key);
    const split: Split = seen?.split === 'heldback' || g.split === 'heldback' ? 'heldback' : 'dev';
    const best = !seen || STATUS_RANK.indexOf(status) < STATUS_RANK.indexOf(seen.status) ? status : seen.status;
    byTarget.set(key, { target: seen?.target ?? g.target, split, status: best });
  }
  return [...byTarget.values()];
}

/** Status accuracy by split: `statusOf` gives what the store derives for a target (null: unknown to it). */
export async function scoreStatuses(
  relations: readonly RelationGold[],
  statusOf: (target: string) => Promise<string | null>,
): Promise<Pick<ValidityReport, 'statuses' | 'statusMisses' | 'statusMissClasses'>> {
  const statuses = {} as NonNullable<ValidityReport['statuses']>;
  const statusMisses: NonNullable<ValidityReport['statusMisses']> = [];
  const statusMissClasses: NonNullable<ValidityReport['statusMissClasses']> = { dev: {}, heldback: {} };
  const expected = expectedStatuses(relations);
  for (const split of ['dev', 'heldback'] as const) {
    const wanted = expected.filter((e) => e.split === split);
    let right = 0;
    for (const e of wanted) {
      const got = await statusOf(e.target);
      if (got === e.status) {
        right++;
        continue;
      }
      const missClass = statusMissClass(e.status, got);
      statusMissClasses[split][missClass] = (statusMissClasses[split][missClass] ?? 0) + 1;
      if (split === 'dev') statusMisses.push({ target: e.target, want: e.status, got });
    }
    statuses[split] = { accuracy: wanted.length ? right / wanted.length : Number.NaN, n: wanted.length };
  }
  return { statuses, statusMisses, statusMissClasses };
}

/** `want amended, got replaced`; a target the store does not know is `got nothing`. */
export function statusMissClass(want: string, got: string | null): string {
  return `want ${want}, got ${got ?? 'nothing'}`;
}

/** `want amended, got replaced ×2; want repealed, got nothing ×1`, most frequent first; `none` when empty. */
export function formatMissClasses(classes: Record<string, number> | undefined): string {
  const entries = Object.entries(classes ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length ? entries.map(([k, n]) => `${k} ×${n}`).join('; ') : 'none';
}

/** The number/year part of a target (`163/2013/NĐ-CP` → `163 2013 nd cp`), else its folded name. */
function targetForm(target: string | null): string {
  if (!target) return '';
  const symbol = /\d+\s*\/\s*\d{4}\s*\/\s*[\p{L}\d-]+/u.exec(target)?.[0];
  return folded(symbol ?? target);
}

/** Whether a gold target names the same document as one of an extracted target's names (symbol, node key). */
export function matchesTarget(gold: string, names: ReadonlyArray<string | null>): boolean {
  const want = targetForm(gold);
  return names.some((t) => {
    const got = targetForm(t);
    return got !== '' && (got.includes(want) || want.includes(got));
  });
}

function sameTarget(gold: string, extracted: ExtractedRelation): boolean {
  return matchesTarget(gold, [extracted.targetSymbol, extracted.targetKey]);
}

export function scoreValidity(
  gold: { relations: readonly RelationGold[]; effectiveDates: readonly EffectiveGold[] },
  extracted: { relations: readonly ExtractedRelation[]; dates: readonly ExtractedDate[] },
  documentOf: (source: string) => string | undefined,
): ValidityReport {
  const relations = {} as ValidityReport['relations'];
  const dates = {} as ValidityReport['dates'];
  const missed: ValidityReport['missed'] = [];
  for (const split of ['dev', 'heldback'] as const) {
    const wanted = gold.relations.filter((g) => g.split === split);
    let found = 0;
    for (const g of wanted) {
      const doc = documentOf(g.source);
      const hit = extracted.relations.some(
        (e) => e.sourceDocumentId === doc && e.relation === g.relation && sameTarget(g.target, e),
      );
      if (hit) found++;
      else missed.push({ source: g.source, relation: g.relation, target: g.target });
    }
    const docs = new Set(wanted.map((g) => documentOf(g.source)).filter(Boolean));
    const strong = extracted.relations.filter((e) => docs.has(e.sourceDocumentId) && e.relation !== 'basis');
    const right = strong.filter((e) =>
      wanted.some(
        (g) => documentOf(g.source) === e.sourceDocumentId && g.relation === e.relation && sameTarget(g.target, e),
      ),
    );
    relations[split] = {
      recall: wanted.length ? found / wanted.length : Number.NaN,
      n: wanted.length,
      precision: strong.length ? right.length / strong.length : Number.NaN,
      extracted: strong.length,
    };
    const wantedDates = gold.effectiveDates.filter((g) => g.split === split);
    const datesRight = wantedDates.filter((g) =>
      extracted.dates.some((d) => d.sourceDocumentId === documentOf(g.source) && d.effectiveFrom === g.effectiveFrom),
    ).length;
    dates[split] = {
      accuracy: wantedDates.length ? datesRight / wantedDates.length : Number.NaN,
      n: wantedDates.length,
    };
  }
  return { relations, dates, missed };
}
