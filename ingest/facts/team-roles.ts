/**
 * @module ingest/facts/team-roles — the leader of a team a Quyết định thành lập sets up: its member list reads
 * `1. Ông: Hoàng Văn Thuân - Phó Giám đốc Sở Công Thương, Trưởng đoàn;` (the genre of decisions forming an
 * inspection team, working group or board), so the member marked `Trưởng đoàn`, `Tổ trưởng`, `Trưởng ban`
 * leads the team's work. The person is stored as the lead: who leads an inspection is a person, not a body.
 */
import type { Body } from '../../core/types.ts';
import type { BodyContext } from './bodies.ts';
import type { StatedRole } from './clause-roles.ts';

/** `Ông:`/`Bà:`/`Đồng chí` then the name, a dash or comma, the post, and the leader's title closing the line. */
const LEADER_LINE =
  /^\s*(?:\d+[.)]\s*)?(?:Ông|Bà|Đồng chí|Đ\/c)\s*:?\s*((?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*)\s*[-–—,]\s*[^\n]*?[,;–-]\s*(Trưởng đoàn|Tổ trưởng|Trưởng tổ|Trưởng ban|Trưởng nhóm)\s*[;.]?\s*$/u;

/**
 * The lead a member line states, or none.
 * @example leaderOfTeam('1. Ông: Hoàng Văn Thuân - Phó Giám đốc Sở Công Thương, Trưởng đoàn;', 0, context)
 * // [{ role: 'lead', body: { name: 'Hoàng Văn Thuân', … }, bodyText: 'Hoàng Văn Thuân', … }]
 */
export function leaderOfTeam(text: string, offset: number, context: BodyContext): StatedRole[] {
  const line = text.normalize('NFC');
  if (line !== text) return [];
  const m = LEADER_LINE.exec(line);
  if (!m) return [];
  const name = m[1].trim();
  const start = line.indexOf(name);
  const body: Body = { name, level: context.level, place: context.place };
  return [{ role: 'lead', body, bodyText: name, span: { start: offset + start, end: offset + start + name.length } }];
}
