/** @module evals/report/eval-tables — the console tables of `npm run eval`: vankien beside the baselines, ingestion, targets, failures. */

import { type EvalResult, SYSTEM_LABELS, SYSTEMS } from '../eval-result.ts';
import { KINDS, LANGS } from '../load-gold.ts';
import type { Causes } from '../suites/diagnose.ts';
import type { RunSummary } from './compare-runs.ts';
import { formatTable, ms, pct, points, ratio } from './format-table.ts';

export function retrievalTables(r: EvalResult): string {
  const s = r.retrieval.scores;
  const overall = formatTable(
    ['system', 'R@1', 'R@5', 'R@10', 'MRR@10', 'R@5 ratio vs LangChain', 'R@5 ratio vs BM25'],
    SYSTEMS.map((name) => [
      SYSTEM_LABELS[name],
      pct(s[name]?.all?.recall1),
      pct(s[name]?.all?.recall5),
      pct(s[name]?.all?.recall10),
      (s[name]?.all?.mrr10 ?? Number.NaN).toFixed(3),
      ratio(s[name]?.all?.recall5, s.langchain?.all?.recall5),
      ratio(s[name]?.all?.recall5, s.bm25?.all?.recall5),
    ]),
  );
  const groups = ['all', ...LANGS, ...KINDS.filter((k) => k !== 'out-of-corpus').map((k) => `kind:${k}`)];
  const byGroup = formatTable(
    ['group', 'n', ...SYSTEMS.map((n) => SYSTEM_LABELS[n]), 'fused − LangChain', 'fused / BM25'],
    groups
      .filter((g) => (s.fused?.[g]?.n ?? 0) > 0)
      .map((g) => [
        g,
        String(s.fused?.[g]?.n ?? 0),
        ...SYSTEMS.map((n) => pct(s[n]?.[g]?.recall5)),
        points(s.fused?.[g]?.recall5, s.langchain?.[g]?.recall5),
        ratio(s.fused?.[g]?.recall5, s.bm25?.[g]?.recall5),
      ]),
  );
  const mrrByGroup = formatTable(
    ['group', ...SYSTEMS.map((n) => SYSTEM_LABELS[n])],
    groups
      .filter((g) => (s.fused?.[g]?.n ?? 0) > 0)
      .map((g) => [g, ...SYSTEMS.map((n) => (s[n]?.[g]?.mrr10 ?? Number.NaN).toFixed(3))]),
  );
  return [
    `Retrieval over ${s.fused?.all?.n ?? 0} questions with evidence (hit = passage contains a gold quote, NFC)`,
    overall,
    '',
    'Recall@5 by language and kind',
    byGroup,
    '',
    'MRR@10 by language and kind',
    mrrByGroup,
  ].join('\n');
}

export function answerTable(r: EvalResult): string {
  const a = r.answers.scores;
  if (!a) return `Answers: not run (${r.answers.skipped ?? 'answerer unavailable'})`;
  const lc = r.answers.baselines.langchain;
  const bm = r.answers.baselines.bm25;
  const row = (
    name: string,
    v: number | undefined,
    l: number | undefined,
    b: number | undefined,
    quoted: number | undefined = undefined,
  ) => [name, pct(v), quoted === undefined ? '' : pct(quoted), pct(l), pct(b), ratio(v, l), ratio(v, b)];
  const rows = [
    row(`citation hit (n=${a.citationHitN})`, a.citationHit, lc.citationHit, bm.citationHit),
    row('cited clauses holding evidence', a.citationPrecision, undefined, undefined),
    ...Object.entries(a.shortAnswer).map(([kind, s]) =>
      row(
        `short answer: ${kind} (n=${s.n})`,
        s.strict,
        lc.shortAnswer[kind]?.lenient,
        bm.shortAnswer[kind]?.lenient,
        s.lenient,
      ),
    ),
    row(
      `abstains on out-of-corpus (n=${a.abstention.outOfCorpus})`,
      a.abstention.recall,
      lc.abstention.recall,
      bm.abstention.recall,
    ),
    row('abstention precision', a.abstention.precision, lc.abstention.precision, bm.abstention.precision),
    row(
      `abstains on answerable (n=${a.abstention.answerable})`,
      a.abstention.answerableAbstainRate,
      lc.abstention.answerableAbstainRate,
      bm.abstention.answerableAbstainRate,
    ),
  ];
  rows.push(['citations failing verification', `${a.failedVerifications} of ${a.citations}`, '', '–', '–', '', '']);
  rows.push([
    'answer latency p50 / p95',
    `${ms(r.answers.latencyMs?.p50)} / ${ms(r.answers.latencyMs?.p95)}`,
    '',
    '',
    '',
    '',
    '',
  ]);
  return [
    'Answers — vankien: the /api/ask answerer in-process; short answer stated in its own words (content: the quote is the answer);',
    '“quotes count” also credits a short answer found only inside its quotes. Baselines: the top passage is the answer',
    '(short answer anywhere in it; they never abstain).',
    formatTable(['metric', 'vankien', 'vankien (quotes count)', 'LangChain', 'BM25', 'vs LangChain', 'vs BM25'], rows),
  ].join('\n');
}

export function ingestionTable(r: EvalResult): string {
  const i = r.ingestion;
  const rows: string[][] = [
    ['metadata fields (all)', pct(i.metadata.accuracy), ''],
    ...Object.entries(i.metadata.byField).map(([f, v]) => [`  ${f}`, pct(v), '']),
    ['clause tree (sections/items/sub-items)', pct(i.tree.recall), pct(i.tree.precision)],
    [
      'references by document (symbol/name + relation)',
      pct(i.references.document.recall),
      pct(i.references.document.precision),
    ],
    ['references by clause', pct(i.references.clause.recall), pct(i.references.clause.precision)],
    ['responsibilities (all)', pct(i.responsibilities.all.recall), pct(i.responsibilities.all.precision)],
    ['  named bodies', pct(i.responsibilities.named.recall), ''],
    ['  generic bodies', pct(i.responsibilities.generic.recall), ''],
    ['  inherited', pct(i.responsibilities.inherited.recall), ''],
    ['targets (clause + value + unit)', pct(i.targets.recall), pct(i.targets.precision)],
    ['  deadline of matched targets', pct(i.targets.deadlineAccuracy), ''],
  ];
  return [
    `Ingestion against gold (${i.documents} documents${i.missingDocuments.length ? `, missing: ${i.missingDocuments.join(', ')}` : ''})`,
    formatTable(['measure', 'recall / accuracy', 'precision'], rows),
  ].join('\n');
}

export function targetsTable(targets: RunSummary['targets']): string {
  return [
    'Targets',
    formatTable(
      ['target', 'value', 'threshold', 'verdict'],
      targets.map((t) => [
        t.name,
        // The threshold's unit is the value's: points, a share, or a plain count or milliseconds.
        t.value === null
          ? '–'
          : t.threshold.includes('pt')
            ? points(t.value, 0)
            : t.threshold.includes('%')
              ? pct(t.value)
              : String(Math.round(t.value)),
        t.threshold,
        t.pass ? 'pass' : 'MISS',
      ]),
    ),
  ].join('\n');
}

export function causesText(title: string, causes: Causes): string {
  const entries = Object.entries(causes).sort((a, b) => b[1].length - a[1].length);
  if (entries.length === 0) return `${title}: none`;
  return [
    title,
    ...entries.flatMap(([cause, lines]) => [`  ${cause} (${lines.length})`, ...lines.map((l) => `    - ${l}`)]),
  ].join('\n');
}

export function ingestionMisses(r: EvalResult): string {
  const i = r.ingestion;
  const block = (name: string, lines: string[]) =>
    lines.length === 0 ? [] : [`  ${name} (${lines.length})`, ...lines.map((l) => `    - ${l}`)];
  const lines = [
    ...block('metadata fields wrong', i.metadata.wrong),
    ...block('clause tree entries missing', i.tree.missing),
    ...block('clause tree entries extra', i.tree.extra),
    ...block('references missed (by document)', i.references.document.misses),
    ...block('references missed (by clause)', i.references.clause.misses),
    ...block('responsibilities missed', i.responsibilities.all.misses),
    ...block('targets missed', i.targets.misses),
  ];
  return lines.length === 0
    ? 'Ingestion misses: none'
    : ['Ingestion misses (for the ingest owners)', ...lines].join('\n');
}
