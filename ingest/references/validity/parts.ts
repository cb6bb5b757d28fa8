/**
 * @module ingest/references/validity/parts
 * Named parts of a document as a citation writes them, smallest unit first (NĐ 34/2016 Điều 74,
 * Luật Ban hành VBQPPL): `điểm d khoản 2 Điều 38`, `khoản 1, khoản 2, khoản 3 Điều 8, khoản 5
 * Điều 16`, `Điều 8, 9`, `các khoản 3, 4, 5 Điều 95`, `Chương III`, `Phụ lục I`. Each part comes
 * out whole (`khoản 1 Điều 8`), so a status can be given to the article it names.
 */

type Level = 'diem' | 'khoan' | 'dieu' | 'muc' | 'chuong' | 'phu luc' | 'mau so';

const LEVEL_NAME: Record<Level, string> = {
  diem: 'điểm',
  khoan: 'khoản',
  dieu: 'Điều',
  muc: 'Mục',
  chuong: 'Chương',
  'phu luc': 'Phụ lục',
  'mau so': 'Mẫu số',
};
// A form (`Mẫu số 02`) is a part of the appendix that carries it (decrees' annexed forms), never an article's parent.
const RANK: Record<Level, number> = { diem: 0, khoan: 1, dieu: 2, muc: 3, chuong: 4, 'phu luc': 4, 'mau so': 0 };

const ID = String.raw`(?:\d+[a-z]?(?:\.\d+)*|[ivxlc]+\b|[a-z]\b)`;
const UNIT = new RegExp(
  String.raw`\b(?:cac\s+)?(diem|khoan|dieu|muc|chuong|phu luc|mau so)\s+(${ID}(?:\s*(?:,|va\b)\s*(?!(?:diem|khoan|dieu|muc|chuong|phu luc|mau so)\b)${ID})*)`,
  'g',
);

/** Levels numbered in Arabic figures only (NĐ 30/2020 Phụ lục I: `Điều 1.`, `1.` for a khoản; Roman is for Chương, Mục). */
const ARABIC_ONLY = new Set<Level>(['khoan', 'dieu']);

/**
 * Roman numerals and letters as printed: `III`, `đ` stays as the original text has it. A letter id must be printed as a
 * Latin letter: a folded syllable (`ở` → `o`, `à` → `a`) after the unit's word is prose (`Phụ lục ở …`), not an id. An
 * Arabic-only level printed with `I`/`l` is a scan's `1` (`Khoản I Điều 28`, `khoản l`).
 */
function idsOf(original: string, folded: string, at: number, level: Level): string[] {
  const out: string[] = [];
  const re = new RegExp(ID, 'g');
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (/^va$/.test(m[0])) continue;
    let id = original.slice(at + m.index, at + m.index + m[0].length);
    if (/^\p{L}$/u.test(id) && !/^[a-zA-ZđĐ]$/.test(id)) continue;
    if (ARABIC_ONLY.has(level) && /^[Il]+$/.test(id)) id = '1'.repeat(id.length);
    if (level === 'chuong' || level === 'phu luc' || level === 'muc') id = id.toUpperCase();
    out.push(id);
  }
  return out;
}

/**
 * Whole parts named in `original` (with `folded`, its folded form of the same length), in order.
 * Lower units wait for the unit above them (`điểm d` → `khoản 2` → `Điều 38`).
 * @example partsIn('khoản 1, khoản 2 Điều 8', 'khoan 1, khoan 2 dieu 8') // ['khoản 1 Điều 8', 'khoản 2 Điều 8']
 */
export function partsIn(original: string, folded: string): string[] {
  // `Bổ sung điểm o vào sau điểm n khoản 1 Điều 5`: the new part is placed in the anchor's article, which it does not change.
  const insert = /\bvao (?:sau|truoc|cuoi)\b/.exec(folded);
  if (insert) {
    const anchor = partsInOrder(original.slice(insert.index), folded.slice(insert.index))[0] ?? null;
    return partsInOrder(original.slice(0, insert.index), folded.slice(0, insert.index)).map((p) =>
      completePart(p, anchor),
    );
  }
  return partsInOrder(original, folded);
}

function partsInOrder(original: string, folded: string): string[] {
  const out: string[] = [];
  let pending: { text: string; rank: number }[] = [];
  const flush = () => {
    out.push(...pending.map((p) => p.text));
    pending = [];
  };
  let lastEnd = -1;
  for (let m = UNIT.exec(folded); m; m = UNIT.exec(folded)) {
    const level = m[1] as Level;
    const at = m.index + m[0].indexOf(m[2], m[1].length);
    const ids = idsOf(original, m[2], at, level);
    if (ids.length === 0) continue;
    const rank = RANK[level];
    const units = ids.map((id) => `${LEVEL_NAME[level]} ${id}`);
    const listed = lastEnd >= 0 && /^\s*(?:,|va)?\s*$/.test(folded.slice(lastEnd, m.index));
    lastEnd = m.index + m[0].length;
    // `khoản 1, khoản 2, khoản 3 Điều 8`: a list of one unit waits, whole, for the unit above.
    if (listed && pending.length > 0 && pending.every((p) => p.rank === rank) && rank < RANK.dieu) {
      pending.push(...units.map((text) => ({ text, rank })));
      continue;
    }
    if (pending.length > 0 && pending.every((p) => p.rank < rank) && units.length === 1) {
      pending = pending.map((p) => ({ text: `${p.text} ${units[0]}`, rank }));
      continue;
    }
    if (pending.length > 0 && pending.some((p) => p.rank >= rank)) flush();
    if (pending.length > 0) flush();
    pending = units.map((text) => ({ text, rank }));
  }
  UNIT.lastIndex = 0;
  flush();
  return out;
}

/** The rank of a part's top unit (`khoản 2 Điều 5` → Điều), for completing relative parts. */
function topLevel(part: string): number {
  const words = part.split(' ');
  const unit = words.length >= 2 ? words[words.length - 2].toLowerCase() : '';
  const found = (Object.keys(LEVEL_NAME) as Level[]).find((l) => LEVEL_NAME[l].toLowerCase().endsWith(unit));
  return found ? RANK[found] : 99;
}

/**
 * A part written relative to its context completed from it: `điểm b` under `khoản 1 Điều 17`
 * is `điểm b khoản 1 Điều 17`; a part that names its own article stays as it is.
 */
export function completePart(part: string, context: string | null): string {
  if (!context) return part;
  const rank = topLevel(part);
  const tail = context
    .split(/(?<=\S) (?=(?:khoản|Điều|Mục|Chương|Phụ lục) )/u)
    .filter((t) => topLevel(t.trim()) > rank);
  return tail.length > 0 ? `${part} ${tail.map((t) => t.trim()).join(' ')}` : part;
}

/** The article number a part falls in (`khoản 2 Điều 38` → `38`), or null. */
export function articleOf(part: string): string | null {
  return /(?<![\p{L}\d])Điều (\d+[a-z]?)(?![\p{L}\d])/u.exec(part)?.[1] ?? null;
}
