/**
 * @module evals/report/compare-runs
 * Quality figures against the previous run: a run's headline figures as a flat `name → number`
 * map, saved in a small committed file; the next run reads it back and prints what moved.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatTable } from './format-table.ts';

/** What is kept of a run: when, on what, its headline figures and target verdicts. */
export interface RunSummary {
  kind: 'eval' | 'bench';
  finishedAt: string;
  /** Headline figures: shares in 0..1 (names without a unit), times in ms (`…Ms`), rates per second (`…PerS`). */
  figures: Record<string, number | null>;
  targets: Array<{ name: string; value: number | null; threshold: string; pass: boolean }>;
  notes?: string[];
  [extra: string]: unknown;
}

export function readSummary(path: string): RunSummary | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RunSummary;
  } catch {
    return null;
  }
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export interface FigureDelta {
  name: string;
  before: number | null;
  after: number | null;
  delta: number | null;
}

/** Figures of `after` beside those of `before`, for every name in either. */
export function compareFigures(before: RunSummary | null, after: RunSummary): FigureDelta[] {
  const names = new Set([...Object.keys(before?.figures ?? {}), ...Object.keys(after.figures)]);
  return [...names].sort().map((name) => {
    const b = before?.figures[name] ?? null;
    const a = after.figures[name] ?? null;
    return { name, before: b, after: a, delta: a !== null && b !== null ? a - b : null };
  });
}

const isShare = (name: string) => !/(Ms|PerS|Bytes|Mb|Count|N)$/.test(name) && !isScore(name);
/** Scores in 0..1 shown as decimals (MRR). */
const isScore = (name: string) => /mrr/i.test(name);

function show(name: string, x: number | null): string {
  if (x === null || Number.isNaN(x)) return '–';
  if (isShare(name)) return `${(x * 100).toFixed(1)}%`;
  if (isScore(name)) return x.toFixed(3);
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
}

function showDelta(name: string, d: number): string {
  const sign = d >= 0 ? '+' : '';
  if (isShare(name)) return `${sign}${(d * 100).toFixed(1)} pt`;
  if (isScore(name)) return `${sign}${d.toFixed(3)}`;
  if (Number.isInteger(d)) return `${sign}${d}`;
  return `${sign}${Math.abs(d) >= 100 ? d.toFixed(0) : d.toFixed(2)}`;
}

/** A table of the figures that changed (or all, with `all`), with the previous run's date in the title. */
export function formatDeltas(before: RunSummary | null, after: RunSummary, options: { all?: boolean } = {}): string {
  if (!before) return 'No previous run to compare against (first run): figures saved for the next one.';
  const rows = compareFigures(before, after)
    .filter((d) => options.all || d.delta === null || Math.abs(d.delta) > 1e-9)
    .map((d) => {
      const delta = d.delta === null ? (d.before === null ? 'new' : 'gone') : showDelta(d.name, d.delta);
      return [d.name, show(d.name, d.before), show(d.name, d.after), delta];
    });
  if (rows.length === 0) return `No figure moved since the previous run (${before.finishedAt}).`;
  return `Against the previous run (${before.finishedAt}):\n${formatTable(['figure', 'before', 'now', 'change'], rows)}`;
}
