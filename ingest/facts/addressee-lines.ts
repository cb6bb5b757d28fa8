/**
 * @module ingest/facts/addressee-lines — clauses that only name a body in the letter's frame, not a task: the lines of
 * a `Kính gửi:` block (`- Sở Công Thương;`, `- Sở Tư pháp.`) and the issuing authority printed in capitals above a
 * decision's `Căn cứ` lines (`ỦY BAN NHÂN DÂN TỈNH LÀO CAI`), as NĐ 30/2020 lays out a Công văn and a Quyết định.
 */
import type { Clause } from '../../core/types.ts';
import { parseBodyList } from './body-mentions.ts';
import { contentStart, matchText } from './match-text.ts';

/** The addressee block's cue ending a clause, folded (`Kính gửi:`). */
const ADDRESSEE_CUE = /kinh gui\s*:?\s*$/;

/** True when the clause's words, after its marker, are only a list of bodies (`- Sở Công Thương;`). */
function onlyNames(clause: Clause): boolean {
  const mt = matchText(clause.text);
  const p = contentStart(mt);
  const list = parseBodyList(mt, p);
  if (!list.length) return false;
  return /^[\s;.,:]*$/.test(mt.text.slice(list[list.length - 1].end));
}

/** The printed name in capitals, no marker: a header line, not a heading (`2. SỞ TÀI CHÍNH` keeps its number). */
function capitalsLine(clause: Clause): boolean {
  const t = clause.text.trim();
  return /\s/.test(t) && t === t.toUpperCase() && /^\p{Lu}/u.test(t);
}

/**
 * Ids of the clauses that name a body only as the letter's addressee or its issuing authority.
 * @example addresseeLines(clauses) // Set { '…~p2', '…~p3' } for `Kính gửi:` `- Sở Công Thương;` `- Sở Tư pháp.`
 */
export function addresseeLines(clauses: readonly Clause[]): Set<string> {
  const out = new Set<string>();
  let inBlock = false;
  for (const clause of clauses) {
    const names = clause.kind !== 'article' && onlyNames(clause);
    if (names && (inBlock || (clause.kind === 'paragraph' && capitalsLine(clause)))) out.add(clause.id);
    inBlock = (inBlock && names) || ADDRESSEE_CUE.test(matchText(clause.text).text);
  }
  return out;
}
