/** @module ingest/facts/bodies — one canonical name, level and place per body, whatever the spelling or abbreviation. */
import { canonicalTones } from '../../core/text/vietnamese.ts';
import type { Body } from '../../core/types.ts';
import { BODY_ABBREVIATIONS, BODY_SPELLING_VARIANTS } from './body-aliases.ts';
import type { Unit } from './body-lexicon.ts';
import { type BodyMention, parseBodyAt } from './body-mentions.ts';
import { expandAbbreviations, matchText } from './match-text.ts';

/** What the document says about where its bodies sit. */
export interface BodyContext {
  /** The document's place (`Cần Thơ`): the place of every non-central body it names without one. */
  place: string | null;
  /** The document's own level: the level of bodies named without a unit (`Sở Tài chính`). */
  level: Body['level'];
  /**
   * The unit the document governs. Under a `tỉnh`, a `thành phố` (and its `Thành ủy`) is a district-level
   * city; in a city's own documents it is the document's level.
   */
  homeUnit?: Unit | null;
  /** The document's issuer as printed (`Sở Công Thương`): the writer, whose own acts it narrates are no task. */
  issuer?: string | null;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** `Ban cán sự đảng Ủy ban nhân dân thành phố`, `Ban Tuyên giáo Tỉnh ủy`, `Các huyện ủy`, `Sở Tài chính`. */
function nameOf(m: BodyMention): string {
  const { head } = m;
  if (m.inner) return `${head.name} ${nameOf(m.inner)}`;
  let name = m.plural ? `Các ${lowerFirst(head.name)}` : head.name;
  if (m.field) name += ` ${canonicalTones(m.field)}`;
  if (m.owner) name += ` ${nameOf(m.owner)}`;
  if (m.unitClass) name += ` các ${m.unitClass}`;
  else if (m.unit && !head.unit) name += ` ${m.unit}`;
  return name;
}

function unitLevel(unit: Unit, context: BodyContext): Body['level'] {
  switch (unit) {
    case 'Trung ương':
      return 'central';
    case 'tỉnh':
      return 'province';
    case 'thành phố':
      return context.homeUnit === 'tỉnh' ? 'district' : (context.level ?? 'province');
    case 'huyện':
    case 'quận':
    case 'thị xã':
      return 'district';
    default:
      return 'commune';
  }
}

function levelOf(m: BodyMention, context: BodyContext): Body['level'] {
  if (m.inner) return levelOf(m.inner, context);
  if (m.owner) return levelOf(m.owner, context);
  const unit = m.head.unit ?? m.unit;
  if (unit) return unitLevel(unit, context);
  return m.head.allLevels ? null : context.level;
}

function placeOf(m: BodyMention): string | null {
  return m.place ?? (m.inner && placeOf(m.inner)) ?? (m.owner && placeOf(m.owner)) ?? null;
}

/** The canonical body a parsed mention names. */
export function bodyFromMention(m: BodyMention, context: BodyContext): Body {
  const level = levelOf(m, context);
  const place = placeOf(m) ?? (level === 'central' ? null : context.place);
  return { name: nameOf(m), level, place: level === 'central' ? null : place && canonicalTones(place) };
}

const VARIANTS = new Map(BODY_SPELLING_VARIANTS);

/**
 * The canonical body named by `text`.
 * @example canonicalBody('BCS Đảng UBND tỉnh', { place: 'Bình Phước', level: 'province' })
 * // { name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', level: 'province', place: 'Bình Phước' }
 */
export function canonicalBody(text: string, context: BodyContext): Body {
  const mt = matchText(text);
  const start = mt.text.search(/[a-z]/);
  const m = start < 0 ? null : parseBodyAt(mt, start);
  if (m) return bodyFromMention(m, context);
  let name = canonicalTones(expandAbbreviations(text.trim()).text);
  for (const [variant, canonical] of VARIANTS) name = name.split(variant).join(canonical);
  return { name, level: context.level, place: context.place };
}

/** Known abbreviations and variant spellings with their full forms, for query expansion. */
export function bodyAliases(): Array<[abbr: string, full: string]> {
  return [...BODY_ABBREVIATIONS, ...BODY_SPELLING_VARIANTS].map(([abbr, full]) => [abbr, full]);
}
