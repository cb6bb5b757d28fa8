/**
 * @module ingest/references/validity/vn-date
 * Dates as legal texts write them, read from folded text: `ngày 01 tháng 01 năm 2026`,
 * `ngày 1/7/2025`, `01-01-2026`; and day arithmetic for `sau 45 ngày kể từ ngày ký`.
 */

const WRITTEN = /^\s*(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const NUMERIC = /^\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** A valid ISO date from day, month, year, or null. */
function iso(d: number, m: number, y: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The date at the start of `folded` and how many characters it took, or null.
 * @example dateAt('ngay 01 thang 7 nam 2025, tru') // { iso: '2025-07-01', length: 24 }
 */
export function dateAt(folded: string): { iso: string; length: number } | null {
  const m = WRITTEN.exec(folded) ?? NUMERIC.exec(folded);
  if (!m) return null;
  const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return value ? { iso: value, length: m[0].length } : null;
}

/** The first date in `folded` after a `ngày`, or null. */
export function firstDate(folded: string): { iso: string; index: number } | null {
  const re = /\bngay\s+\d/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const d = dateAt(folded.slice(m.index));
    if (d) return { iso: d.iso, index: m.index };
  }
  return null;
}

/** `iso` moved by `days` (may be negative). @example addDays('2027-03-01', -1) // '2027-02-28' */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True for a full `YYYY-MM-DD` that names a real day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && iso(Number(m[3]), Number(m[2]), Number(m[1])) === value;
}
