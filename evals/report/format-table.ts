/** @module evals/report/format-table — plain-text tables for the console: padded columns, percentages, ratios, deltas. */

/**
 * Renders rows under a header, columns padded to their widest cell; numbers right-aligned.
 * @example console.log(formatTable(['metric', 'value'], [['R@5', '91.7%']]))
 */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i > 0 && /^[-+]?[\d.–×%]/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Display width, counting combining marks as zero. */
function width(text: string): number {
  return text.normalize('NFC').replace(/\p{M}/gu, '').length;
}

/** `0.9167` → `91.7%`; NaN → `–`. */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

/** `a / b` as `1.23×`; `–` when undefined or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || Number.isNaN(a) || Number.isNaN(b) || b === 0)
    return '–';
  return `${(a / b).toFixed(2)}×`;
}

/** Percentage points between two shares: `+3.2 pt`. */
export function points(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return '–';
  const d = (a - b) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)} pt`;
}

/** Milliseconds for display: `0.84 ms`, `12.3 ms`, `4.2 s`. */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  return x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
}
