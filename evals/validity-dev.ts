/**
 * @module evals/validity-dev
 * Quick loop for validity work: loads and parses each DEV document of the two validity golds (no store),
 * then scores relations per kind against the complete fresh gold, relation recall against the first
 * gold, and effective dates against both. Held-back documents are never loaded or printed.
 * `--status` also scores the status of each changed document (as of `STATUS_AS_OF`) in the dev store, which
 * holds what the store's last ingest parsed (rebuild it with `eval:dev -- --reingest` after a parser change), with
 * the misses by class.
 * Usage: `npm run validity:dev -- [--half 0|1] [--only substring] [--misses] [--status]`
 * (`--half`: one of the two halves of the dev documents, see `devHalf`: develop on one, check on the other)
 */
import { join } from 'node:path';
import type { ParsedDocument } from '../core/types.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { loadFile } from '../ingest/load/index.ts';
import {
  type ExtractedCitation,
  type ExtractedDate,
  type ExtractedRelation,
  extractedDate,
} from '../lineage/validity/list-extracted.ts';
import { ARCHIVE_COPY_DIR, loadFreshValidityGold, loadValidityGold } from './load-archive-gold.ts';
import { keyValidity } from '../lineage/validity/index.ts';
import { devStoreDir } from './dev-options.ts';
import { OCR_CACHE, openPipeline } from './pipeline.ts';
import { devHalf } from './split.ts';
import { scoreRelationKinds, storedRows } from './suites/relation-kinds-suite.ts';
import { formatMissClasses, STATUS_AS_OF, scoreStatuses, scoreValidity } from './suites/validity-suite.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const half = arg('--half');
const only = arg('--only');
const keep = (source: string, split: string) =>
  split === 'dev' && (half === undefined || String(devHalf(source)) === half) && (!only || source.includes(only));

const fresh = loadFreshValidityGold();
const first = loadValidityGold();
const freshGold = {
  documents: Object.fromEntries(Object.entries(fresh.documents ?? {}).filter(([s, d]) => keep(s, d.split))),
  relations: fresh.relations.filter((r) => keep(r.source, r.split)),
  effectiveDates: fresh.effectiveDates.filter((d) => keep(d.source, d.split)),
};
const firstGold = {
  relations: first.relations.filter((r) => keep(r.source, r.split)),
  effectiveDates: first.effectiveDates.filter((d) => keep(d.source, d.split)),
};
const sources = [
  ...new Set([
    ...Object.keys(freshGold.documents),
    ...firstGold.relations.map((r) => r.source),
    ...firstGold.effectiveDates.map((d) => d.source),
  ]),
];

const relations: ExtractedRelation[] = [];
const citations: ExtractedCitation[] = [];
const dates: ExtractedDate[] = [];
for (const source of sources) {
  let doc: ParsedDocument;
  try {
    const loaded = await loadFile(join(ARCHIVE_COPY_DIR, source), { ocr: { cacheDir: OCR_CACHE } });
    doc = parseDocument(loaded.text, { documentId: source, sourceName: loaded.sourceName, sidecar: loaded.sidecar });
  } catch (err) {
    console.log('failed', source, String(err));
    continue;
  }
  const symbolOf = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
  for (const r of doc.references)
    citations.push({
      sourceDocumentId: source,
      relation: r.relation,
      targetKey: r.target.key,
      targetSymbol: r.target.symbol,
    });
  for (const l of (doc.validity?.links ?? []).filter((x) => x.sourceKey === null))
    relations.push({
      sourceDocumentId: source,
      relation: l.relation,
      targetKey: l.targetKey,
      targetSymbol: l.targetKey ? (symbolOf.get(l.targetKey) ?? null) : null,
      targetDocumentId: null,
      targetPart: l.targetPart,
      clauseId: l.clauseId,
      quote: l.quote,
      date: l.date,
    });
  for (const d of doc.validity?.dates ?? []) dates.push(extractedDate(source, d));
}

const same = (source: string) => source;
const kinds = scoreRelationKinds(freshGold, storedRows(relations, citations), same);
const pct = (x: number) => (Number.isNaN(x) ? '  -  ' : (x * 100).toFixed(1).padStart(5));
if (args.includes('--misses')) {
  for (const m of kinds.missed) console.log(`missed   ${m.relation.padEnd(10)} ${m.target.padEnd(22)} ${m.source}`);
  for (const u of kinds.unlisted) console.log(`unlisted ${u.relation.padEnd(10)} ${u.target.padEnd(22)} ${u.source}`);
}
console.log(
  `fresh gold, dev${half === undefined ? '' : ` half ${half}`}: ${Object.keys(freshGold.documents).length} documents`,
);
for (const [relation, f] of Object.entries(kinds.bySplit.dev))
  if (f.n || f.extracted)
    console.log(
      `  ${relation.padEnd(10)} recall ${pct(f.recall)} (n ${f.n})  precision ${pct(f.precision)} (${f.extracted})`,
    );
const all = Object.values(kinds.bySplit.dev);
const n = all.reduce((s, f) => s + f.n, 0);
const found = all.reduce((s, f) => s + (f.n ? f.recall * f.n : 0), 0);
const made = all.reduce((s, f) => s + f.extracted, 0);
const right = all.reduce((s, f) => s + (f.extracted ? f.precision * f.extracted : 0), 0);
console.log(`  all        recall ${pct(found / n)} (n ${n})  precision ${pct(right / made)} (${made})`);
const freshDates = scoreValidity(
  { relations: [], effectiveDates: freshGold.effectiveDates },
  { relations, dates },
  same,
);
const firstScore = scoreValidity(firstGold, { relations, dates }, same);
if (args.includes('--misses'))
  for (const m of firstScore.missed) console.log(`first-gold missed ${m.relation} ${m.target} ${m.source}`);
console.log(
  `fresh dates ${pct(freshDates.dates.dev.accuracy)} (n ${freshDates.dates.dev.n});  first gold: relations recall ` +
    `${pct(firstScore.relations.dev.recall)} (n ${firstScore.relations.dev.n}), dates ${pct(firstScore.dates.dev.accuracy)} (n ${firstScore.dates.dev.n})`,
);

if (args.includes('--status')) {
  const pipeline = await openPipeline(devStoreDir());
  const statusOf = async (target: string) =>
    (await keyValidity(pipeline.db, target, STATUS_AS_OF))?.validity.status ?? null;
  for (const [name, gold] of [
    ['fresh', freshGold],
    ['first', firstGold],
  ] as const) {
    const report = await scoreStatuses(gold.relations, statusOf);
    const dev = report.statuses?.dev;
    console.log(
      `${name} gold status (dev store, as of ${STATUS_AS_OF}): ${dev ? pct(dev.accuracy) : '  -  '} (n ${dev?.n ?? 0}); ` +
        `misses by class: ${formatMissClasses(report.statusMissClasses?.dev)}`,
    );
    if (args.includes('--misses'))
      for (const m of report.statusMisses ?? []) console.log(`  status ${m.target}: want ${m.want}, got ${m.got}`);
  }
  await pipeline.close();
}
