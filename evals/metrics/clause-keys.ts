/**
 * @module evals/metrics/clause-keys
 * Where a stored clause stands, in the gold's terms: the markers of its numbered ancestors and
 * itself joined by `/` (`IV/1`, `3/3.4`, `I/2/2.2`), or `preamble` (header and opening paragraphs
 * before the first numbered part), or `closing`. Bullets and unnumbered paragraphs take the key of
 * the numbered clause they sit in.
 */
import type { Clause } from '../../core/types.ts';

const NUMBERED = new Set(['section', 'item', 'subitem', 'point']);
const CLOSING = new Set(['closing', 'recipients', 'signature']);

/** Gold path → key: `['3', '3.4']` → `3/3.4`, `['preamble']` → `preamble`. */
export function goldKey(path: readonly string[]): string {
  return path.join('/');
}

/** Key of every clause of one document, by clause id. */
export function clauseKeys(clauses: readonly Clause[]): Map<string, string> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const firstNumbered = Math.min(...clauses.filter((c) => NUMBERED.has(c.kind)).map((c) => c.span.start), Infinity);
  const keys = new Map<string, string>();
  for (const clause of clauses) {
    const markers: string[] = [];
    let closing = false;
    for (let c: Clause | undefined = clause; c; c = c.parentId ? byId.get(c.parentId) : undefined) {
      if (NUMBERED.has(c.kind) && c.marker !== null) markers.unshift(c.marker);
      if (CLOSING.has(c.kind)) closing = true;
    }
    if (closing) keys.set(clause.id, 'closing');
    else if (markers.length > 0) keys.set(clause.id, markers.join('/'));
    else keys.set(clause.id, clause.span.start < firstNumbered ? 'preamble' : 'closing');
  }
  return keys;
}
