/**
 * @module evals/report/eval-summary
 * A run's headline figures (flat, for the comparison with the previous run) and its verdict on
 * each quality target of the issue.
 */
import { type EvalResult, SYSTEMS } from '../eval-result.ts';
import { LANGS } from '../load-gold.ts';
import type { RunSummary } from './compare-runs.ts';

const num = (x: number | undefined | null): number | null =>
  x === undefined || x === null || Number.isNaN(x) ? null : x;

export function evalFigures(r: EvalResult): Record<string, number | null> {
  const f: Record<string, number | null> = {};
  for (const s of SYSTEMS) {
    const all = r.retrieval.scores[s]?.all;
    f[`retrieval.${s}.recall1`] = num(all?.recall1);
    f[`retrieval.${s}.recall5`] = num(all?.recall5);
    f[`retrieval.${s}.recall10`] = num(all?.recall10);
    f[`retrieval.${s}.mrr10`] = num(all?.mrr10);
    for (const lang of LANGS) f[`retrieval.${s}.${lang}.recall5`] = num(r.retrieval.scores[s]?.[lang]?.recall5);
  }
  const a = r.answers.scores;
  if (a) {
    f['answers.citationHit'] = num(a.citationHit);
    f['answers.citationPrecision'] = num(a.citationPrecision);
    for (const [kind, s] of Object.entries(a.shortAnswer)) f[`answers.short.${kind}`] = num(s.strict);
    f['answers.abstention.recall'] = num(a.abstention.recall);
    f['answers.abstention.precision'] = num(a.abstention.precision);
    f['answers.abstention.answerableRate'] = num(a.abstention.answerableAbstainRate);
    f['answers.failedVerificationsCount'] = a.failedVerifications;
    f['answers.p95Ms'] = num(r.answers.latencyMs?.p95);
  }
  const i = r.ingestion;
  f['ingestion.metadata'] = num(i.metadata.accuracy);
  for (const [field, v] of Object.entries(i.metadata.byField)) f[`ingestion.metadata.${field}`] = num(v);
  f['ingestion.tree.recall'] = num(i.tree.recall);
  f['ingestion.tree.precision'] = num(i.tree.precision);
  f['ingestion.references.recall'] = num(i.references.document.recall);
  f['ingestion.references.precision'] = num(i.references.document.precision);
  f['ingestion.references.clauseRecall'] = num(i.references.clause.recall);
  f['ingestion.references.clausePrecision'] = num(i.references.clause.precision);
  f['ingestion.responsibilities.recall'] = num(i.responsibilities.all.recall);
  f['ingestion.responsibilities.namedRecall'] = num(i.responsibilities.named.recall);
  f['ingestion.responsibilities.inheritedRecall'] = num(i.responsibilities.inherited.recall);
  f['ingestion.responsibilities.precision'] = num(i.responsibilities.all.precision);
  f['ingestion.targets.recall'] = num(i.targets.recall);
  f['ingestion.targets.precision'] = num(i.targets.precision);
  for (const g of r.generalization) {
    const key = `generalization.${g.store}.${g.set}`.replace(/[^a-z0-9.]+/gi, '-');
    f[`${key}.recall5`] = num(g.recall5);
    f[`${key}.recall5En`] = num(g.recall5En);
    f[`${key}.rightFact`] = num(g.rightFact);
    f[`${key}.leadBody`] = num(g.leadBody);
    f[`${key}.abstainsWhenShould`] = num(g.abstainsWhenShould);
    f[`${key}.abstainsWhenShouldNot`] = num(g.abstainsWhenShouldNot);
    f[`${key}.failedVerificationsCount`] = g.failedVerifications;
    f[`${key}.askP95Ms`] = num(g.askP95);
  }
  const archive = r.archiveStore;
  if (archive) {
    for (const [split, fields] of Object.entries(archive.metadata.accuracy))
      for (const [field, v] of Object.entries(fields)) f[`archive.metadata.${split}.${field}`] = num(v);
    for (const [split, fields] of Object.entries(archive.freshMetadata?.accuracy ?? {}))
      for (const [field, v] of Object.entries(fields)) f[`archive.freshMetadata.${split}.${field}`] = num(v);
    for (const [split, fields] of Object.entries(archive.thirdMetadata?.accuracy ?? {}))
      for (const [field, v] of Object.entries(fields)) f[`archive.thirdMetadata.${split}.${field}`] = num(v);
    for (const [split, v] of Object.entries(archive.validity.relations)) {
      f[`archive.validity.${split}.recall`] = num(v.recall);
      f[`archive.validity.${split}.precision`] = num(v.precision);
    }
    for (const [split, v] of Object.entries(archive.validity.dates))
      f[`archive.validity.${split}.dates`] = num(v.accuracy);
    for (const [split, v] of Object.entries(archive.validity.statuses ?? {}))
      f[`archive.validity.${split}.status`] = num(v.accuracy);
    for (const [split, kinds] of Object.entries(archive.freshValidity?.relations ?? {}))
      for (const [relation, v] of Object.entries(kinds))
        if (v.n || v.extracted) {
          f[`archive.freshValidity.${split}.${relation}.recall`] = num(v.recall);
          f[`archive.freshValidity.${split}.${relation}.precision`] = num(v.precision);
        }
    for (const [split, v] of Object.entries(archive.freshValidity?.dates ?? {}))
      f[`archive.freshValidity.${split}.dates`] = num(v.accuracy);
    for (const [split, v] of Object.entries(archive.freshValidity?.statuses ?? {}))
      f[`archive.freshValidity.${split}.status`] = num(v.accuracy);
    f['archive.clausesCount'] = archive.clauses;
    f['archive.ingestMs'] = Math.round(archive.ingestMs);
  }
  f['corpus.clausesCount'] = r.corpus.clauses;
  f['corpus.ingestMs'] = Math.round(r.corpus.ingestMs);
  return f;
}

export function evalTargets(r: EvalResult): RunSummary['targets'] {
  const t: RunSummary['targets'] = [];
  const fused = r.retrieval.scores.fused;
  for (const lang of LANGS) {
    const v = num(fused?.[lang]?.recall5);
    t.push({ name: `fused Recall@5 (${lang})`, value: v, threshold: '≥ 90%', pass: v !== null && v >= 0.9 });
  }
  const gap = (num(fused?.all?.recall5) ?? 0) - (num(r.retrieval.scores.langchain?.all?.recall5) ?? 0);
  t.push({ name: 'fused Recall@5 − LangChain Recall@5', value: gap, threshold: '≥ 20 pt', pass: gap >= 0.2 - 1e-9 });
  const a = r.answers.scores;
  const check = (name: string, v: number | null | undefined, threshold: string, pass: (x: number) => boolean) => {
    const value = num(v);
    t.push({ name, value, threshold, pass: value !== null && pass(value) });
  };
  check('answer citation hit', a?.citationHit, '≥ 90%', (x) => x >= 0.9);
  check('lead short-answer accuracy', a?.shortAnswer.lead?.strict, '≥ 90%', (x) => x >= 0.9);
  check('abstains on out-of-corpus', a?.abstention.recall, '= 100%', (x) => x >= 1 - 1e-9);
  check('abstains on answerable', a?.abstention.answerableAbstainRate, '< 5%', (x) => x < 0.05);
  t.push({
    name: 'citations failing verification',
    value: a ? a.failedVerifications : null,
    threshold: '= 0',
    pass: a !== null && a.failedVerifications === 0,
  });
  // The targets on the held-back split with the archive loaded (the held-out suite asks the same).
  const heldBack = r.generalization.find((g) => g.store === 'seeds + archive' && g.set === 'archive, held back');
  const seedsInArchive = r.generalization.find((g) => g.store === 'seeds + archive' && g.set === 'seed questions');
  check('seed questions R@5 with the archive loaded', seedsInArchive?.recall5, '≥ 92%', (x) => x >= 0.92);
  check('held-back archive R@5', heldBack?.recall5, '≥ 92%', (x) => x >= 0.92);
  check('held-back archive R@5 (English)', heldBack?.recall5En, '≥ 85%', (x) => x >= 0.85);
  check('held-back right fact', heldBack?.rightFact, '≥ 85%', (x) => x >= 0.85);
  check('held-back right lead body', heldBack?.leadBody, '≥ 90%', (x) => x >= 0.9);
  check('held-back abstains when it should', heldBack?.abstainsWhenShould, '≥ 90%', (x) => x >= 0.9);
  check('held-back abstains when it should not', heldBack?.abstainsWhenShouldNot, '≤ 5%', (x) => x <= 0.05);
  check('ask p95 on seeds + archive (ms)', heldBack?.askP95, '≤ 300', (x) => x <= 300);
  for (const [field, v] of Object.entries(r.archiveStore?.metadata.accuracy.heldback ?? {}))
    check(`held-back archive metadata: ${field}`, v, '≥ 95%', (x) => x >= 0.95);
  return t;
}

export function evalSummary(r: EvalResult): RunSummary {
  return {
    kind: 'eval',
    finishedAt: r.finishedAt,
    durationMs: Math.round(r.durationMs),
    environment: r.environment,
    figures: evalFigures(r),
    targets: evalTargets(r),
  };
}
