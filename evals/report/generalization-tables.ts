/**
 * @module evals/report/generalization-tables
 * The tables that say whether vankien generalizes: per question set and store, dev beside held back;
 * archive metadata per field and split.
 */
import type { ArchiveStoreResult } from '../eval-result.ts';
import { ARCHIVE_FIELDS, type ArchiveMetadataReport } from '../suites/archive-metadata-suite.ts';
import { DECLINE_COUNTED, MISS_STAGES, type SetFigures } from '../suites/generalization-suite.ts';
import { GOLD_RELATIONS } from '../load-archive-gold.ts';
import { formatMissClasses, STATUS_AS_OF } from '../suites/validity-suite.ts';
import { formatTable, pct } from './format-table.ts';

export function generalizationTable(sets: readonly SetFigures[]): string {
  const rows = sets.map((s) => [
    s.set,
    s.store,
    String(s.questions),
    pct(s.recall5),
    pct(s.recall5En),
    pct(s.rightFact),
    pct(s.rightFactLenient),
    s.leadN ? `${pct(s.leadBody)} (${s.leadN})` : '–',
    s.unanswerable ? `${pct(s.abstainsWhenShould)} (${s.unanswerable})` : '–',
    pct(s.abstainsWhenShouldNot),
    String(s.failedVerifications),
    `${Math.round(s.askP50)} / ${Math.round(s.askP95)}`,
  ]);
  return [
    'Generalization: question sets by store (held-back documents: nothing was tuned on them)',
    formatTable(
      [
        'set',
        'store',
        'n',
        'R@5',
        'R@5 en',
        'fact (own words)',
        'fact (with quotes)',
        'lead body',
        'abstains when it should',
        'abstains when it should not',
        'failed citations',
        'ask p50/p95 ms',
      ],
      rows,
    ),
    '',
    'Right-fact misses by the stage that lost them (counts only; an unanswerable question answered counts last)',
    formatTable(
      ['set', 'store', ...MISS_STAGES],
      sets.map((s) => [s.set, s.store, ...MISS_STAGES.map((m) => String(s.missStages[m]))]),
    ),
    '',
    'Declines by the mechanism that made them (counts: answerable questions declined / unanswerable questions declined)',
    formatTable(
      ['set', 'store', ...DECLINE_COUNTED],
      sets.map((s) => [
        s.set,
        s.store,
        ...DECLINE_COUNTED.map((m) => `${s.declinesBy?.answerable[m] ?? 0} / ${s.declinesBy?.unanswerable[m] ?? 0}`),
      ]),
    ),
  ].join('\n');
}

export function archiveStoreTable(store: ArchiveStoreResult): string {
  const { metadata, freshMetadata, thirdMetadata } = store;
  const missing = [metadata, freshMetadata, thirdMetadata].flatMap((r) => r?.missing ?? []);
  const outcomes = Object.entries(store.outcomes)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const rowsOf = (report: ArchiveMetadataReport, prefix: string) =>
    (['dev', 'heldback'] as const).map((split) => [
      `${prefix}${split === 'dev' ? 'dev' : 'held back'} (${report.documents[split]})`,
      ...ARCHIVE_FIELDS.map((f) => pct(report.accuracy[split][f])),
    ]);
  const rows = [
    ...rowsOf(metadata, ''),
    ...(freshMetadata ? rowsOf(freshMetadata, 'fresh, ') : []),
    ...(thirdMetadata ? rowsOf(thirdMetadata, 'third, ') : []),
  ];
  return [
    `Archive store: ${store.files} files (${outcomes}), ${store.clauses} clauses, ingested in ${(store.ingestMs / 1000).toFixed(1)} s`,
    '',
    'Archive metadata against the blind gold, by split',
    formatTable(['split', ...ARCHIVE_FIELDS], rows),
    '',
    `Retrieval channels on the archive questions (LSA trained and re-embedded in ${(store.channels.lsaBuildMs / 1000).toFixed(1)} s)`,
    formatTable(
      ['system', 'split', 'n', 'R@5', 'MRR@10'],
      store.channels.figures.map((f) => [f.system, f.split, String(f.n), pct(f.recall5), f.mrr10.toFixed(3)]),
    ),
    '',
    'Validity against the blind gold (precision counts relations the gold did not list as wrong: a floor)',
    formatTable(
      ['split', 'relations recall', 'relations precision', 'effective dates', 'status of changed documents'],
      (['dev', 'heldback'] as const).map((split) => {
        const r = store.validity.relations[split];
        const d = store.validity.dates[split];
        const st = store.validity.statuses?.[split];
        return [
          split,
          `${pct(r.recall)} (${r.n})`,
          `${pct(r.precision)} (${r.extracted})`,
          `${pct(d.accuracy)} (${d.n})`,
          st ? `${pct(st.accuracy)} (${st.n})` : '–',
        ];
      }),
    ),
    ...(store.freshValidity
      ? [
          '',
          'Validity, fresh dev / held back: every relation the 22 fresh documents state (a complete gold: precision is real)',
          formatTable(
            ['relation', 'dev recall', 'dev precision', 'held back recall', 'held back precision'],
            GOLD_RELATIONS.filter((k) =>
              (['dev', 'heldback'] as const).some((s) => {
                const v = store.freshValidity?.relations[s][k];
                return v && (v.n > 0 || v.extracted > 0);
              }),
            ).map((k) => {
              const dev = store.freshValidity?.relations.dev[k];
              const held = store.freshValidity?.relations.heldback[k];
              const cell = (v: typeof dev, f: 'recall' | 'precision') =>
                v ? `${pct(v[f])} (${f === 'recall' ? v.n : v.extracted})` : '–';
              return [k, cell(dev, 'recall'), cell(dev, 'precision'), cell(held, 'recall'), cell(held, 'precision')];
            }),
          ),
          `Fresh effective dates: dev ${pct(store.freshValidity.dates.dev.accuracy)} (${store.freshValidity.dates.dev.n}), held back ${pct(store.freshValidity.dates.heldback.accuracy)} (${store.freshValidity.dates.heldback.n}); status of changed documents: dev ${store.freshValidity.statuses ? pct(store.freshValidity.statuses.dev.accuracy) : '–'}, held back ${store.freshValidity.statuses ? pct(store.freshValidity.statuses.heldback.accuracy) : '–'}`,
        ]
      : []),
    ...(store.freshValidity?.statusMissClasses
      ? [
          `Fresh status misses by class (want, got; counts only): dev ${formatMissClasses(store.freshValidity.statusMissClasses.dev)}; held back ${formatMissClasses(store.freshValidity.statusMissClasses.heldback)}`,
        ]
      : []),
    ...(store.validity.statusMissClasses
      ? [
          `Status misses by class (want, got; counts only): dev ${formatMissClasses(store.validity.statusMissClasses.dev)}; held back ${formatMissClasses(store.validity.statusMissClasses.heldback)}`,
        ]
      : []),
    ...(store.validity.statusMisses?.length
      ? [
          `Status misses, dev (as of ${STATUS_AS_OF}): ${store.validity.statusMisses
            .map((m) => `${m.target} want ${m.want}, got ${m.got ?? 'nothing'}`)
            .join('; ')}`,
        ]
      : []),
    ...(missing.length
      ? ['', `Gold documents not stored: ${missing.map((m) => `${m.file} (${m.reason})`).join('; ')}`]
      : []),
  ].join('\n');
}
