/** @module ingest/facts/body-lexicon — the words that name bodies: heads by kind, field names of departments, administrative units (data in body-lexicon.json). Folded forms. */
import lexicon from './body-lexicon.json' with { type: 'json' };

/**
 * How a head combines with what follows it:
 * - `organ`: a State, Front or court body, qualified by a unit (`Ủy ban nhân dân tỉnh`);
 * - `department`: a body of a committee, followed by its owner (`Ban Tuyên giáo Tỉnh ủy`);
 * - `committee`: a Party committee (`Tỉnh ủy`), owner of departments;
 * - `party-group`: a Party group inside another body (`Ban cán sự đảng Ủy ban nhân dân tỉnh`);
 * - `collective`: a class of bodies addressed together (`các tổ chức chính trị - xã hội`).
 */
export type HeadKind = 'organ' | 'department' | 'committee' | 'party-group' | 'collective';

/** Administrative units as they qualify a body (`... tỉnh`, `... thành phố`), canonical spelling. */
export type Unit = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn' | 'Trung ương';

export interface BodyHead {
  /** Canonical spelling. Collectives are named in the plural (`Các cơ quan báo chí`). */
  name: string;
  /** Folded forms (see `foldedForm`) that name it. */
  forms: readonly string[];
  kind: HeadKind;
  /** Unit the head itself fixes: `Tỉnh ủy` → tỉnh, `Bộ Chính trị` → Trung ương. */
  unit?: Unit;
  /** The text must capitalize its first letter: `Sở`, `Bộ`, `Công an` (not `cơ sở`, `cán bộ`, `công an xã` as a force). */
  capital?: boolean;
  /** Followed by a field name (`Sở Tài chính`, `Bộ Tài nguyên và Môi trường`). */
  field?: boolean;
  /** A class spanning every level (`các cấp ủy đảng`): no level of its own. */
  allLevels?: boolean;
  /** Its name may go on wholly in lowercase (`Công ty cổ phần xi măng Hà Tiên`, `Ban Quản lý dự án đầu tư`). */
  lowercaseName?: boolean;
  /** Names a body only with its owner after it (`Văn phòng Tỉnh ủy`, not `văn phòng` alone). */
  ownerRequired?: boolean;
}

/** One entry of `body-lexicon.json`: a head and where it comes from. */
interface LexiconEntry extends BodyHead {
  source: string;
}

export const BODY_HEADS: readonly BodyHead[] = (lexicon.heads as LexiconEntry[]).map(({ source: _, ...head }) => head);

/** Fields of Sở and Bộ, canonical spelling (abbreviations are expanded before matching). */
export const FIELD_NAMES: readonly string[] = lexicon.fields.map((f) => f.name);

/** Units that qualify a body, folded form → canonical. `cấp tỉnh` and `của tỉnh` are read as `tỉnh`. */
export const UNIT_WORDS: ReadonlyArray<readonly [folded: string, unit: Unit]> = lexicon.units.map(
  (u) => [u.folded, u.unit as Unit] as const,
);

/** Folded syllables that end a body name written in mixed case (`Cục Hóa chất hướng dẫn …` stops before `hướng`). */
export const NAME_STOPS: ReadonlySet<string> = new Set(lexicon.nameStops.words.map((w) => w.normalize('NFC')));
/** Stop syllables that also stand inside names: a name read on to its lead verb may hold them. */
export const IN_NAME_STOPS: ReadonlySet<string> = new Set(lexicon.nameStops.inNames.map((w) => w.normalize('NFC')));

/** Nouns and closing qualifiers of a class of units addressed together (`các cơ quan, đơn vị có liên quan`), folded. */
export const GENERIC_UNITS: { nouns: readonly string[]; qualifiers: readonly string[]; area: string } =
  lexicon.genericUnits;
