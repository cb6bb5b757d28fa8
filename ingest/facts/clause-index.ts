/** @module ingest/facts/clause-index — parents, lead-ins and headings of a clause tree, for facts that a clause inherits. */
import type { Clause } from '../../core/types.ts';

export interface ClauseIndex {
  parentOf(c: Clause): Clause | null;
  /**
   * The paragraph that introduces a list the clause belongs to: the nearest earlier sibling that
   * ends with `:` (`... cụ thể như sau:` before the bullets of `Mục tiêu cụ thể`), or null.
   */
  leadInOf(c: Clause): Clause | null;
}

/** True when the clause announces what follows it (`... các nhiệm vụ trọng tâm sau:`). */
export function isLeadIn(c: Clause): boolean {
  return /:\s*$/.test(c.text);
}

export function indexClauses(clauses: readonly Clause[]): ClauseIndex {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const children = new Map<string | null, Clause[]>();
  for (const c of clauses) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  return {
    parentOf: (c) => (c.parentId ? (byId.get(c.parentId) ?? null) : null),
    leadInOf: (c) => {
      const siblings = children.get(c.parentId) ?? [];
      const at = siblings.indexOf(c);
      for (let i = at - 1; i >= 0; i--) {
        const s = siblings[i];
        if (s.kind === 'paragraph' && isLeadIn(s)) return s;
        if (s.kind !== 'bullet' && s.kind !== 'point' && s.kind !== 'subitem') return null;
      }
      return null;
    },
  };
}
