/** @module ingest/facts/targets — numeric targets (chỉ tiêu) of a document, each with the deadline its sentence, lead-in, heading or title sets. */
import type { Clause, Target } from '../../core/types.ts';
import { indexClauses, isLeadIn } from './clause-index.ts';
import { targetsInText } from './clause-targets.ts';
import { findTimeframe, type Timeframe } from './timeframes.ts';

const SKIPPED_KINDS = new Set<Clause['kind']>(['preamble', 'closing', 'recipients', 'signature']);

/**
 * Targets of every clause of a document. Pure. A target whose own sentence sets no deadline takes
 * the nearest one above it (and the period above it ending that year keeps its period): the lead-in paragraph of its list (`... nhiệm kỳ 2015-2020, cụ thể như
 * sau:`), then each ancestor that is a heading or a lead-in, then the document title (`... đến năm
 * 2020`, `... giai đoạn 2022 - 2025`).
 * @example extractTargets(clauses, { place: 'Sóc Trăng', date: '2017-03-15', title: 'về bảo vệ môi trường ... đến năm 2020' })
 */
export function extractTargets(
  clauses: Clause[],
  context: { place: string | null; date: string | null; title: string | null },
): Target[] {
  const notBefore = context.date ? Number(context.date.slice(0, 4)) : null;
  const index = indexClauses(clauses);
  const cache = new Map<string, Timeframe | null>();
  const timeframeOf = (c: Clause) => {
    if (!cache.has(c.id)) cache.set(c.id, findTimeframe(c.text, notBefore));
    return cache.get(c.id) ?? null;
  };
  const inheritedTimeframe = (clause: Clause): Timeframe | null => {
    for (let c: Clause | null = clause; c; c = index.parentOf(c)) {
      const leadIn = index.leadInOf(c);
      const fromLeadIn = leadIn && timeframeOf(leadIn);
      if (fromLeadIn) return fromLeadIn;
      const parent = index.parentOf(c);
      const fromParent = parent && (parent.heading !== null || isLeadIn(parent)) ? timeframeOf(parent) : null;
      if (fromParent) return fromParent;
    }
    return context.title ? findTimeframe(context.title, notBefore) : null;
  };

  const out: Target[] = [];
  for (const clause of clauses) {
    if (SKIPPED_KINDS.has(clause.kind)) continue;
    for (const found of targetsInText(clause.text, clause.span.start, { place: context.place, notBefore })) {
      const above = found.deadline === null || found.period === null ? inheritedTimeframe(clause) : null;
      const deadline = found.deadline ?? above?.deadline ?? null;
      // A sentence's own `đến năm 2025` inside a programme `giai đoạn 2022 - 2025` keeps that period.
      const period = found.period ?? (above?.period && above.period.to === deadline ? above.period : null);
      out.push({ clauseId: clause.id, ...found, deadline, period });
    }
  }
  return out;
}
