/**
 * @module evals/ablation
 * `RANK_ABLATE=…` for `rank:dev`: switches named hand-made signals off, to measure what each pays on the dev halves.
 * Comma-separated names:
 *   field:<field>   an asked field of search/data/asked-fields.json (`field:place`) — its labels are never asked
 *   bridge:<phrase> a question-bridge family by its heading phrase (`bridge:địa điểm`) — never added to the query
 *   feature:<name>  a learned-ranking feature (`feature:path_coverage`) — its weight zeroed in the stored model
 *                   (no refit; `npm run rank:ablate` refits without it)
 * Read into a search option (`SearchOptions.ablate`): the data lists themselves are never changed, so nothing depends
 * on import order; the document-first steps have their own switches in `rank-dev.ts` (RANK_DOCFIRST, …).
 */
import { foldedForm } from '../core/text/vietnamese.ts';
import type { SearchAblation } from '../search/hybrid-search.ts';
import askedFields from '../search/data/asked-fields.json' with { type: 'json' };
import { QUESTION_BRIDGES } from '../search/data/question-bridges.ts';
import type { RankModel } from '../search/learned-ranking.ts';

/** What a `RANK_ABLATE` value switches off, checked against the lists; throws on a name no list holds. */
export function parseAblation(value: string): { search: SearchAblation; features: string[]; asks: string[] } {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const named = (kind: string) => names.filter((n) => n.startsWith(`${kind}:`)).map((n) => n.slice(kind.length + 1));
  // The asking phrases (folded) of the lists cut: a question holding none ranks as without the ablation.
  const asks: string[] = [];
  for (const field of named('field')) {
    const entry = askedFields.fields.find((f) => f.field === field);
    if (!entry) throw new Error(`RANK_ABLATE: no asked field ${field}`);
    asks.push(...entry.asked, ...entry.labels);
  }
  for (const phrase of named('bridge')) {
    const bridge = QUESTION_BRIDGES.find((b) => b.headings.includes(phrase));
    if (!bridge) throw new Error(`RANK_ABLATE: no question bridge to ${phrase}`);
    asks.push(...bridge.asks);
  }
  return { search: { fields: named('field'), bridges: named('bridge') }, features: named('feature'), asks };
}

const ablation = parseAblation(process.env.RANK_ABLATE ?? '');

/** The search option `RANK_ABLATE` names (`rank-dev.ts` passes it to every search). */
export const searchAblation: SearchAblation = ablation.search;

/**
 * Whether a cut list could fire on the question (some asking phrase of it, as a whole word): `rank:dev --fired`
 * runs only those, the other questions rank as without the ablation. True for every question when a feature is off.
 */
export function mayFire(question: string): boolean {
  if (ablatedFeatures.length > 0) return true;
  const cutAsks = ablation.asks;
  const folded = ` ${foldedForm(question)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  return cutAsks.some((a) => folded.includes(` ${a} `));
}

/** The features `RANK_ABLATE` switches off. */
export const ablatedFeatures: readonly string[] = ablation.features;

/** The model with the ablated features' weights zeroed (the model itself when none are). */
export function ablatedModel(model: RankModel): RankModel {
  if (ablatedFeatures.length === 0) return model;
  for (const f of ablatedFeatures) if (!model.features.includes(f)) throw new Error(`RANK_ABLATE: no feature ${f}`);
  return { ...model, weights: model.weights.map((w, j) => (ablatedFeatures.includes(model.features[j]) ? 0 : w)) };
}
