/**
 * @module evals/bench/source-units
 * The real documents cut into reusable pieces for the synthetic corpus: numbered items with
 * everything under them (markers stripped, so they can be renumbered), section headings, opening
 * paragraphs and titles, each with the year and places of the document it came from.
 */
import type { Clause, ClauseKind } from '../../core/types.ts';
import { parseDocument } from '../../ingest/parse-document.ts';

export interface SourceText {
  name: string;
  text: string;
}

/** One line of an item, marker removed; `level` 0 = the item, 1 = sub-item, 2 = point. */
export interface UnitLine {
  kind: ClauseKind;
  level: number;
  body: string;
}

export interface ItemUnit {
  source: string;
  year: number;
  lines: UnitLine[];
}

export interface SourcePool {
  items: ItemUnit[];
  headings: string[];
  openings: Array<{ text: string; year: number }>;
  titles: Array<{ text: string; year: number }>;
}

const NUMBERED_MARKER = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-–:]?\s+/u;
const BULLET_MARKER = /^\s*[-+•*–]\s*/u;

/** A clause's text without its printed marker (`3.4. Xây dựng` → `Xây dựng`). */
export function stripMarker(clause: Pick<Clause, 'kind' | 'text'>): string {
  const text = clause.text.replace(/\s*\n\s*/g, ' ').trim();
  if (clause.kind === 'bullet') return text.replace(BULLET_MARKER, '');
  if (clause.kind === 'section' || clause.kind === 'item' || clause.kind === 'subitem' || clause.kind === 'point')
    return text.replace(NUMBERED_MARKER, '');
  return text;
}

const LEVEL: Partial<Record<ClauseKind, number>> = { item: 0, subitem: 1, point: 2 };

/** Parses the real documents and keeps their reusable pieces. */
export function buildSourcePool(sources: readonly SourceText[]): SourcePool {
  const pool: SourcePool = { items: [], headings: [], openings: [], titles: [] };
  for (const source of sources) {
    const parsed = parseDocument(source.text, { documentId: 'src', sourceName: source.name });
    const year = Number(parsed.metadata.date?.slice(0, 4) ?? '2024') || 2024;
    if (parsed.metadata.title) pool.titles.push({ text: parsed.metadata.title.replace(/\s+/g, ' '), year });
    const children = new Map<string | null, Clause[]>();
    for (const c of parsed.clauses) {
      const list = children.get(c.parentId) ?? [];
      list.push(c);
      children.set(c.parentId, list);
    }
    const collect = (clause: Clause, level: number, lines: UnitLine[]) => {
      const own = LEVEL[clause.kind] ?? level + 1;
      const body = stripMarker(clause);
      if (body.length > 0) lines.push({ kind: clause.kind, level: own, body });
      for (const child of children.get(clause.id) ?? []) collect(child, own, lines);
    };
    for (const c of parsed.clauses) {
      if (c.kind === 'section') {
        const heading = (c.heading ?? stripMarker(c)).replace(/\s+/g, ' ').trim();
        if (heading.length > 0 && heading.length < 200) pool.headings.push(heading);
      } else if (c.kind === 'item') {
        const lines: UnitLine[] = [];
        collect(c, 0, lines);
        if (lines.length > 0) pool.items.push({ source: source.name, year, lines });
      } else if (c.kind === 'paragraph' && c.parentId === null && c.text.length > 80) {
        pool.openings.push({ text: c.text.replace(/\s+/g, ' ').trim(), year });
      }
    }
  }
  return pool;
}
