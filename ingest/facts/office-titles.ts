/** @module ingest/facts/office-titles — titles of the heads of bodies (`Giám đốc`, `Chủ tịch`, `Thủ trưởng`) that stand before a body's name (data in office-titles.json). */
import data from './office-titles.json' with { type: 'json' };

const TITLES: readonly string[] = [...data.titles].sort((a, b) => b.length - a.length);

/**
 * Where the body after a head's title starts in folded text, or null when no title stands at `i`.
 * @example titleEnd('giam doc so cong thuong', 0) // 9
 */
export function titleEnd(folded: string, i: number): number | null {
  if (i > 0 && /[a-z0-9]/.test(folded[i - 1])) return null;
  for (const title of TITLES) {
    if (folded.startsWith(title, i) && folded[i + title.length] === ' ') return i + title.length + 1;
  }
  return null;
}
