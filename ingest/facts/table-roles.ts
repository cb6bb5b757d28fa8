/**
 * @module ingest/facts/table-roles — roles read from the columns of a task table (`| TT | Nhiệm vụ | Cơ quan chủ trì |
 * Cơ quan phối hợp | Thời gian hoàn thành |`), the way a Kế hoạch or its Phụ lục assigns tasks: the column's header
 * says the role, so whatever name stands in the cell is the body — bodies are an open class.
 */
import { foldedForm } from '../../core/text/vietnamese.ts';
import type { Clause, ResponsibilityRole } from '../../core/types.ts';
import { type BodyContext, canonicalBody } from './bodies.ts';
import type { StatedRole } from './clause-roles.ts';

/** Header words of a body column, folded, and the role they give (`chủ trì` before `thực hiện`: a table with both leads by the first). */
const COLUMN_ROLES: ReadonlyArray<[RegExp, ResponsibilityRole]> = [
  [/\bchu tri\b|\bdau moi\b/, 'lead'],
  [/\bphoi hop\b/, 'coordinate'],
  [/\b(?:co quan|don vi|bo phan|nguoi|to chuc)\b.*\bthuc hien\b|\bthuc hien\b.*\b(?:co quan|don vi|bo phan)\b/, 'lead'],
];

/** Cells of a `| a | b |` row, or null for any other text. */
function cellsOf(text: string): string[] | null {
  const t = text.trim();
  if (!/^\|.*\|$/u.test(t)) return null;
  return t
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
}

/** A column of officers (`Người thực hiện`, `Cán bộ phụ trách`): its cells are people, not bodies. */
const PERSON_COLUMN = /\b(?:nguoi|can bo|chuyen vien)\b/;

interface ColumnRole {
  role: ResponsibilityRole;
  person: boolean;
}

/** The role of each column of a header row, or null when no column names a body. */
function columnRoles(header: readonly string[]): Array<ColumnRole | null> | null {
  let leadSeen = false;
  const roles = header.map((cell) => {
    const f = foldedForm(cell);
    if (f.length > 60) return null;
    for (const [re, role] of COLUMN_ROLES) {
      if (!re.test(f)) continue;
      // `Đơn vị thực hiện` beside `Đơn vị chủ trì` is not a second lead.
      if (role === 'lead' && leadSeen) return null;
      if (role === 'lead') leadSeen = true;
      return { role, person: PERSON_COLUMN.test(f) };
    }
    return null;
  });
  return roles.some((r) => r !== null) ? roles : null;
}

/** Names in one cell: `Sở Tài chính; UBND các xã` → two bodies. */
const NAME_SEPARATOR = /\s*(?:[;,\n]|\s-\s|\bvà\b)\s*/u;

/**
 * The roles each table row states, keyed by the row's clause id. The header is the row's `heading` (legal texts)
 * or the last pipe row above it that names a body column.
 * @example tableRoles(clauses, context).get(rowId) // [{ role: 'lead', body: Sở Công Thương, … }]
 */
export function tableRoles(clauses: readonly Clause[], context: BodyContext): Map<string, StatedRole[]> {
  const out = new Map<string, StatedRole[]>();
  let header: Array<ColumnRole | null> | null = null;
  for (const clause of clauses) {
    const cells = cellsOf(clause.text);
    if (!cells) {
      if (clause.kind !== 'row') header = null;
      continue;
    }
    const own = clause.heading && /\|/.test(clause.heading) ? columnRoles(clause.heading.split('|')) : null;
    const asHeader = columnRoles(cells);
    if (asHeader && !own) {
      header = asHeader;
      continue;
    }
    const roles = own ?? header;
    if (!roles) continue;
    const stated: StatedRole[] = [];
    let from = 0;
    cells.forEach((cell, i) => {
      const at = clause.text.indexOf(cell, from);
      if (at >= 0) from = at + cell.length;
      const column = roles[i];
      if (!column || at < 0 || !/\p{L}/u.test(cell)) return;
      let offset = at;
      for (const name of cell.split(NAME_SEPARATOR)) {
        const start = clause.text.indexOf(name, offset);
        if (start < 0 || !/\p{Lu}/u.test(name.charAt(0))) continue;
        offset = start + name.length;
        stated.push({
          role: column.role,
          // A person's name is kept as written: body heads read into it (`Vũ` as `Vụ`) would rename the officer.
          body: column.person ? { name, level: context.level, place: context.place } : canonicalBody(name, context),
          bodyText: name,
          span: { start: clause.span.start + start, end: clause.span.start + start + name.length },
        });
      }
    });
    if (stated.length) out.set(clause.id, stated);
  }
  return out;
}
