/** @module ingest/facts/timeframes — the deadline (`đến năm 2025`) or period (`giai đoạn 2022 - 2025`) a text sets. */
import { DEADLINE_PHRASE, PERIOD_KEYWORDS, PERIOD_PHRASE, QUOTED } from '../../core/patterns.ts';
import { foldedForm } from '../../core/text/vietnamese.ts';

export interface Timeframe {
  /** Year due: the `đến năm` year, else the end of the period. */
  deadline: number;
  period: { from: number; to: number } | null;
}

const plausible = (y: number) => y >= 1945 && y <= 2200;

/**
 * The first deadline and the best-ranked period a text states outside quoted titles, ignoring years before
 * `notBefore` (the document's own year: `đến năm 2015` in a 2017 review is history). Vision
 * horizons (`tầm nhìn đến năm 2045`) are not deadlines.
 * @example findTimeframe('giai đoạn 2022 - 2025') // { deadline: 2025, period: { from: 2022, to: 2025 } }
 */
export function findTimeframe(text: string, notBefore: number | null = null): Timeframe | null {
  const t = foldedForm(text).replace(QUOTED, (q) => ' '.repeat(q.length));
  const floor = notBefore ?? 0;
  let deadline: number | null = null;
  for (const m of t.matchAll(DEADLINE_PHRASE)) {
    const year = Number(m[1]);
    if (plausible(year) && year >= floor) {
      deadline = year;
      break;
    }
  }
  let period: Timeframe['period'] = null;
  let rank = Number.POSITIVE_INFINITY;
  for (const m of t.matchAll(PERIOD_PHRASE)) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    const r = PERIOD_KEYWORDS.indexOf(m[1]);
    if (plausible(from) && plausible(to) && from < to && to >= floor && r < rank) {
      period = { from, to };
      rank = r;
    }
  }
  const due = deadline ?? period?.to ?? null;
  return due === null ? null : { deadline: due, period };
}
