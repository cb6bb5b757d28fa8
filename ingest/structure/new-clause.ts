/**
 * @module ingest/structure/new-clause
 * What both clause-tree builders (the Party/administrative scheme and the legal one) share when a
 * clause is opened: its place among its siblings, and the clause record itself. Each builder keeps
 * its own anchors and labels.
 */
import type { Clause, ClauseKind } from '../../core/types.ts';

/** Siblings seen so far under each parent: a new clause's ordinal, and its rank among siblings of its kind. */
export class SiblingCounter {
  private readonly children = new Map<string | null, number>();
  private readonly ofKind = new Map<string, number>();

  /** `ordinal` counts from 0 over all siblings; `nth` from 1 over siblings of the same kind. */
  next(parent: Clause | null, kind: ClauseKind): { ordinal: number; nth: number } {
    const ordinal = this.children.get(parent?.id ?? null) ?? 0;
    this.children.set(parent?.id ?? null, ordinal + 1);
    const key = `${parent?.id ?? ''}\u0000${kind}`;
    const nth = (this.ofKind.get(key) ?? 0) + 1;
    this.ofKind.set(key, nth);
    return { ordinal, nth };
  }
}

/** A clause over `span` of the clean text, under `parent`, with an empty label for the builder to set. */
export function newClause(
  documentId: string,
  cleanText: string,
  c: {
    parent: Clause | null;
    kind: ClauseKind;
    marker: string | null;
    anchor: string;
    segment: string;
    ordinal: number;
    heading: string | null;
    span: { start: number; end: number };
  },
): Clause {
  return {
    id: `${documentId}~${c.anchor}`,
    documentId,
    parentId: c.parent?.id ?? null,
    kind: c.kind,
    marker: c.marker,
    anchor: c.anchor,
    path: [...(c.parent?.path ?? []), c.marker ?? c.segment],
    ordinal: c.ordinal,
    depth: c.parent ? c.parent.depth + 1 : 0,
    label: '',
    heading: c.heading,
    text: cleanText.slice(c.span.start, c.span.end),
    span: c.span,
  };
}
