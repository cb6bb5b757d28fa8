/**
 * @module ingest/facts/labelled-roles — roles given as labelled lines (`Đơn vị chủ trì: Phòng Quản lý Công nghiệp;
 * Đơn vị phối hợp: Phòng Quản lý Năng lượng`), the way a Kế hoạch assigns a group of tasks, in prose or in the
 * `Cơ quan chủ trì` / `Cơ quan phối hợp` columns of its task table.
 */
import type { Clause, ResponsibilityRole } from '../../core/types.ts';
import type { BodyContext } from './bodies.ts';
import { bodyFromMention } from './bodies.ts';
import { parseBodyList } from './body-mentions.ts';
import type { StatedRole } from './clause-roles.ts';
import { matchText } from './match-text.ts';

/** `Đơn vị chủ trì:`, `Cơ quan phối hợp:`, `Đầu mối:` — folded, at the start of a line or after `;`. */
const LABEL = /(?:^|[\n;]\s*)(?:(?:don vi|co quan|bo phan|to chuc)\s+)?(chu tri|phoi hop|dau moi)\s*:\s*/g;

const ROLE_OF: Record<string, ResponsibilityRole> = { 'chu tri': 'lead', 'dau moi': 'lead', 'phoi hop': 'coordinate' };

/** The roles labelled in a clause's text. `offset` is the clause's start in the document. */
export function labelledRoles(text: string, offset: number, context: BodyContext): StatedRole[] {
  const mt = matchText(text);
  const out: StatedRole[] = [];
  for (const m of mt.text.matchAll(LABEL)) {
    for (const body of parseBodyList(mt, m.index + m[0].length)) {
      const start = mt.toSource(body.start);
      const end = mt.toSource(body.end);
      out.push({
        role: ROLE_OF[m[1]],
        body: bodyFromMention(body, context),
        bodyText: text.slice(start, end),
        span: { start: offset + start, end: offset + end },
      });
    }
  }
  return out;
}

/**
 * The clause a labelled line assigns: the clause itself when the label stands inside its first line
 * (`1. Rà soát …; đơn vị chủ trì: X`), else — a line of its own, or a line closing the last task of a
 * group — the group above it, whose tasks all take the roles.
 */
export function labelledOwner(clause: Clause, parent: Clause | undefined, hasChildren: boolean): string {
  if (hasChildren || !parent) return clause.id;
  const firstLine = clause.text.split('\n')[0];
  const inFirstLine = labelledAt(firstLine);
  return inFirstLine !== null && inFirstLine > 0 ? clause.id : parent.id;
}

/** Where the first label stands in a text, or null. */
function labelledAt(text: string): number | null {
  const m = new RegExp(LABEL.source).exec(matchText(text).text);
  return m ? m.index + m[0].search(/\S/) : null;
}
