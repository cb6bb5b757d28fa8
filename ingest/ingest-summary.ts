/** @module ingest/ingest-summary — the report of a batch: every file seen counted once, and why each one not ingested was left out. */
import type { IngestOutcome, IngestStatus } from './ingest-files.ts';

const LABELS: Record<IngestStatus, string> = {
  ingested: 'ingested',
  unchanged: 'unchanged',
  duplicate: 'duplicates (stored once, every source recorded)',
  not_document: 'not documents (folder READMEs, *.meta.json sidecars, hidden files)',
  unsupported: 'unsupported type',
  failed: 'failed',
};

/** Counts per status, failures per error code, OCR pages: figures a summary and a test can read. */
export function tallyOutcomes(outcomes: readonly IngestOutcome[]) {
  const byStatus = Object.fromEntries(Object.keys(LABELS).map((s) => [s, 0])) as Record<IngestStatus, number>;
  const failures: Record<string, number> = {};
  let clauses = 0;
  let ocrPages = 0;
  let ocrCached = 0;
  for (const o of outcomes) {
    byStatus[o.status]++;
    if (o.status === 'failed') {
      const code = o.error?.code ?? 'unknown';
      failures[code] = (failures[code] ?? 0) + 1;
    }
    clauses += o.clauses ?? 0;
    ocrPages += o.ocr?.pages ?? 0;
    ocrCached += o.ocr?.cached ?? 0;
  }
  return { files: outcomes.length, byStatus, failures, clauses, ocrPages, ocrCached };
}

/**
 * The lines `npm run ingest` prints: the count line (which adds up to every file seen), OCR pages,
 * failures by reason, then one line per file not ingested with its reason, and warnings.
 * @example summarizeOutcomes(outcomes)[0] // '266 files seen: 230 ingested (70123 clauses), …'
 */
export function summarizeOutcomes(outcomes: readonly IngestOutcome[]): string[] {
  const t = tallyOutcomes(outcomes);
  const parts = (Object.keys(LABELS) as IngestStatus[])
    .filter((s) => t.byStatus[s] > 0 || s === 'ingested' || s === 'failed')
    .map((s) => `${t.byStatus[s]} ${LABELS[s]}${s === 'ingested' ? ` (${t.clauses} clauses)` : ''}`);
  const lines = [`${t.files} files seen: ${parts.join(', ')}`];
  if (t.ocrPages > 0) lines.push(`OCR: ${t.ocrPages} page(s), ${t.ocrCached} of them from the cache`);
  const codes = Object.entries(t.failures).sort((a, b) => b[1] - a[1]);
  if (codes.length > 0) lines.push(`failures by reason: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const o of outcomes) {
    if (o.status === 'duplicate') lines.push(`  duplicate ${o.file}: ${o.reason}`);
    else if (o.status === 'not_document') lines.push(`  not a document ${o.file}: ${o.reason}`);
    else if (o.status === 'unsupported') lines.push(`  unsupported ${o.file}: ${o.reason}`);
    else if (o.error) lines.push(`  FAILED ${o.file} [${o.error.code}]: ${o.error.message}`);
  }
  for (const o of outcomes) for (const w of o.warnings ?? []) lines.push(`  warning ${o.file}: ${w}`);
  return lines;
}
