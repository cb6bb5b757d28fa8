/**
 * @module ingest/facts/generic-units — a class of units a letter addresses together without naming them
 * (`các cơ quan, đơn vị có liên quan`, `các phòng chuyên môn`): the partners of most `phối hợp với` in the
 * genre, written all in lowercase, so no head of the lexicon finds them (nouns and qualifiers in body-lexicon.json).
 */
import { GENERIC_UNITS, UNIT_WORDS } from './body-lexicon.ts';
import { type BodyMention, printedMention } from './body-mentions.ts';
import type { MatchText } from './match-text.ts';

const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const NOUN = `(?:${alternatives(GENERIC_UNITS.nouns)})`;
/** `… trên địa bàn tỉnh`: up to four words of what the units do, then the area and its unit. */
const AREA = `(?:[a-z]+ ){0,4}${GENERIC_UNITS.area}(?: (?:${alternatives(UNIT_WORDS.map(([form]) => form))}))?`;
const CLASS = new RegExp(
  `^cac ${NOUN}(?:,? (?:va )?${NOUN})* (?:${alternatives(GENERIC_UNITS.qualifiers)}|${AREA})(?![a-z0-9])`,
);

/**
 * The class of units named at `i` of the match text, or null: a collective at the document's level (a letter
 * addresses its own peers), named as printed.
 * @example genericUnits(matchText('các cơ quan, đơn vị có liên quan tổ chức …'), 0) // `Các cơ quan, đơn vị có liên quan`
 */
export function genericUnits(mt: MatchText, i: number): BodyMention | null {
  const m = CLASS.exec(mt.text.slice(i));
  if (!m) return null;
  const end = i + m[0].length;
  return printedMention(mt, i, end, 'collective');
}
