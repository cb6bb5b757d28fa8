/** @module web/lib/validity-status — what a validity status means for display and filters (pure: no DOM, no strings). */

/** Statuses under which a document still applies: changed in part perhaps, but not ended and not pending. */
const STILL_IN_FORCE = new Set(['in_force', 'amended', 'partly_repealed']);

/** How a status looks: fine, changed, ended, pending or unknown (one CSS class each). */
const TONE = {
  in_force: 'ok',
  amended: 'changed',
  partly_repealed: 'changed',
  not_yet_in_force: 'pending',
  replaced: 'ended',
  repealed: 'ended',
  expired: 'ended',
  suspended: 'ended',
  unknown: 'unknown',
};

/**
 * True when a document or node with `status` still applies; a missing or unknown status is not
 * counted as in force (the filter promises documents known to apply).
 * @example stillInForce('amended') // true
 */
export function stillInForce(status) {
  return STILL_IN_FORCE.has(status);
}

/** The tone class of a status (`ok`, `changed`, `ended`, `pending`, `unknown`). */
export function statusTone(status) {
  return TONE[status] ?? 'unknown';
}

/**
 * Whether `status` passes a status filter: '' passes all, `current` passes what still applies,
 * any other value only itself.
 */
export function statusMatches(status, filter) {
  if (!filter) return true;
  if (filter === 'current') return stillInForce(status);
  return status === filter;
}

/**
 * Changes made by one clause in one way on one date, merged into one line with their parts listed:
 * a decree repealing "các Điều 6, 7, 8, 9" is one link, not four.
 * @example groupChanges([{ key: 'nd-26', clauseId: 'c', relation: 'repeals', date: null, part: 'Điều 6' }, { …, part: 'Điều 7' }])
 * // [{ key: 'nd-26', clauseId: 'c', relation: 'repeals', date: null, parts: ['Điều 6', 'Điều 7'], … }]
 */
export function groupChanges(changes) {
  const groups = new Map();
  for (const c of changes ?? []) {
    const id = JSON.stringify([c.key, c.clauseId, c.relation, c.date]);
    const g = groups.get(id) ?? { ...c, parts: [] };
    if (c.part && !g.parts.includes(c.part)) g.parts.push(c.part);
    groups.set(id, g);
  }
  return [...groups.values()];
}

/**
 * Where a change was read: the clause of the document that makes it, or, for a change another document reports
 * (`… được sửa đổi, bổ sung bởi Nghị định số …`, `reportedIn` set), that document's clause — `clauseId` is the
 * reporting document's, so a link to it must open that document, not the agent's.
 * @example changeSource({ key: 'nd-17-2020', reportedIn: 'nq-66-2026', reportedInSymbol: '66/2026/NQ-CP', clauseId: 'nq-66-2026~4', quote: '…' })
 * // { documentId: 'nq-66-2026', label: '66/2026/NQ-CP', clauseId: 'nq-66-2026~4', quote: '…', reported: true }
 */
export function changeSource(change) {
  const reported = typeof change.reportedIn === 'string' && change.reportedIn !== '';
  return {
    documentId: reported ? change.reportedIn : change.key,
    label: reported ? change.reportedInSymbol || change.reportedIn : change.symbol || change.key,
    clauseId: change.clauseId,
    quote: change.quote,
    reported,
  };
}
