/**
 * @module ingest/facts/representatives — who stands for a body in a Biên bản or a working session: its `Thành phần`
 * lists each party as `1. Đại diện Sở Công Thương Lào Cai` with its people below (`- Ông. Vũ Việt Linh - Chuyên viên
 * …;`, `Bà: Trịnh Thị Thu Huyền - Phó giám đốc`), the layout NĐ 30/2020 gives the minutes of a meeting or an
 * inspection. The people are stored as the leads of the party's heading — who represents a body is a person —
 * each fact pointing at the line that names the person.
 */
import type { Body, Clause, Responsibility } from '../../core/types.ts';
import type { BodyContext } from './bodies.ts';

/** The party's heading: `Đại diện` and a name, nothing else (`2. Đại diện UBND xã Yên Thành`, `- Đại diện …:`). */
const PARTY_HEADING = /^\s*(?:(?:\d+|[IVX]+|[a-zđ])[.)]\s*|[-–+]\s*)?Đại diện\s+\p{Lu}[^\n;]{1,100}?:?\s*$/u;

/** A member line: `Ông`/`Bà`/`Đồng chí` (`.` or `:` after it, as typed), then the name in capitals. */
const MEMBER_LINE =
  /^\s*(?:[-–+•]\s*)?(?:\d+[.)]\s*)?(?:Ông|Bà|Đồng chí|Đ\/c)\s*[.:]?\s*((?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*)/u;

/**
 * The people each `Đại diện X` heading lists, as leads of the heading (their span in the member line).
 * @example representatives(clauses, context) // [{ clauseId: '…~1', body: { name: 'Vũ Việt Linh' }, sourceClauseId: '…~1-b1', … }]
 */
export function representatives(clauses: readonly Clause[], context: BodyContext): Responsibility[] {
  const headings = new Map(
    clauses.filter((c) => PARTY_HEADING.test(c.text.normalize('NFC'))).map((c) => [c.id, c] as const),
  );
  const out: Responsibility[] = [];
  for (const member of clauses) {
    const heading = member.parentId ? headings.get(member.parentId) : undefined;
    const m = heading && member.text === member.text.normalize('NFC') ? MEMBER_LINE.exec(member.text) : null;
    if (!heading || !m) continue;
    const name = m[1].trim();
    const start = member.span.start + m.index + m[0].length - m[1].length;
    const body: Body = { name, level: context.level, place: context.place };
    out.push({
      clauseId: heading.id,
      role: 'lead',
      body,
      bodyText: name,
      inherited: false,
      sourceClauseId: member.id,
      span: { start, end: start + name.length },
    });
  }
  return out;
}
