/**
 * @module evals/ablation
 * `RANK_ABLATE=…` for `rank:dev`: switches named hand-made signals off, to measure what each pays on the dev halves.
 * Comma-separated names:
 *   field:<field>   an asked field of search/data/asked-fields.json (`field:place`) — its labels are never asked
 *   bridge:<phrase> a question-bridge family by its heading phrase (`bridge:địa điểm`) — never added to the query
 *   feature:<name>  a learned-ranking feature (`feature:path_coverage`) — its weight zeroed in the stored model
 *                   (no refit; `npm run rank:ablate` refits without it)
 * The data lists are cut in place, so this module must be imported before the search modules that read them
 * (`rank-dev.ts` imports it first); the document-first steps have their own switches there (RANK_DOCFIRST, …).
 */
import { foldedForm } from '../core/text/vietnamese.ts';
import askedFields from '../search/data/asked-fields.json' with { type: 'json' };
import { QUESTION_BRIDGES } from '../search/data/question-bridges.ts';
import type { RankModel } from '../search/learned-ranking.ts';

const names = (process.env.RANK_ABLATE ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const named = (kind: string) => names.filter((n) => n.startsWith(`${kind}:`)).map((n) => n.slice(kind.length + 1));

/** The asking phrases (folded) of the lists cut: a question holding none ranks as without the ablation. */
const cutAsks: string[] = [];
for (const field of named('field')) {
  const at = askedFields.fields.findIndex((f) => f.field === field);
  if (at < 0) throw new Error(`RANK_ABLATE: no asked field ${field}`);
  cutAsks.push(...askedFields.fields[at].asked, ...askedFields.fields[at].labels);
  askedFields.fields.splice(at, 1);
}
for (const phrase of named('bridge')) {
  const bridges = QUESTION_BRIDGES as unknown as Array<{ asks: readonly string[]; headings: readonly string[] }>;
  const at = bridges.findIndex((b) => b.headings.includes(phrase));
  if (at < 0) throw new Error(`RANK_ABLATE: no question bridge to ${phrase}`);
  cutAsks.push(...bridges[at].asks);
  bridges.splice(at, 1);
}

/**
 * Whether a cut list could fire on the question (some asking phrase of it, as a whole word): `rank:dev --fired`
 * runs only those, the other questions rank as without the ablation. True for every question when a feature is off.
 */
export function mayFire(question: string): boolean {
  if (ablatedFeatures.length > 0) return true;
  const folded = ` ${foldedForm(question)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  return cutAsks.some((a) => folded.includes(` ${a} `));
}

/** The features `RANK_ABLATE` switches off. */
export const ablatedFeatures: readonly string[] = named('feature');

/** The model with the ablated features' weights zeroed (the model itself when none are). */
export function ablatedModel(model: RankModel): RankModel {
  if (ablatedFeatures.length === 0) return model;
  for (const f of ablatedFeatures) if (!model.features.includes(f)) throw new Error(`RANK_ABLATE: no feature ${f}`);
  return { ...model, weights: model.weights.map((w, j) => (ablatedFeatures.includes(model.features[j]) ? 0 : w)) };
}
