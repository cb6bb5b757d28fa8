/** @module core/text/legacy-encodings — detects and converts Vietnamese text in the 8-bit font encodings TCVN3 (ABC, `.VnTime`) and VNI-Windows, as read through a latin1 or windows-1252 decode. */

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * The 12 Vietnamese vowels in six tones each, in the order every grid below follows:
 * no tone, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng (dot below).
 * With `đ` these are the 67 lowercase letters (66 accented vowels + đ) beside the six plain ASCII vowels.
 */
const VOWELS: Record<string, string> = {
  a: 'a à ả ã á ạ',
  ă: 'ă ằ ẳ ẵ ắ ặ',
  â: 'â ầ ẩ ẫ ấ ậ',
  e: 'e è ẻ ẽ é ẹ',
  ê: 'ê ề ể ễ ế ệ',
  i: 'i ì ỉ ĩ í ị',
  o: 'o ò ỏ õ ó ọ',
  ô: 'ô ồ ổ ỗ ố ộ',
  ơ: 'ơ ờ ở ỡ ớ ợ',
  u: 'u ù ủ ũ ú ụ',
  ư: 'ư ừ ử ữ ứ ự',
  y: 'y ỳ ỷ ỹ ý ỵ',
};

/**
 * TCVN 5712:1993 VN3, the ABC font encoding: one byte per lowercase letter, in the grid order above.
 * Capitals have their own byte only for Ă Â Ê Ô Ơ Ư Đ; toned capitals (Ấ, Ở ...) were drawn by the
 * all-caps `.VnTimeH` fonts from the lowercase bytes, so they decode as lowercase.
 */
const TCVN3_BYTES: Record<string, readonly number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TCVN3_OTHER: ReadonlyArray<readonly [number, string]> = [
  [0xae, 'đ'],
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
];

/**
 * VNI-Windows, lowercase, as latin1 text: a base letter followed by one mark byte, except the
 * i-family, ỵ, ơ (`ô`), ư (`ö`) and đ (`ñ`), which are single bytes. Capitals are the same
 * sequences in latin1 upper case (`aù` á, `AÙ` Á).
 */
const VNI_SEQUENCES: Record<string, string> = {
  a: 'a aø aû aõ aù aï',
  ă: 'aê aè aú aü aé aë',
  â: 'aâ aà aå aã aá aä',
  e: 'e eø eû eõ eù eï',
  ê: 'eâ eà eå eã eá eä',
  i: 'i ì æ ó í ò',
  o: 'o oø oû oõ où oï',
  ô: 'oâ oà oå oã oá oä',
  ơ: 'ô ôø ôû ôõ ôù ôï',
  u: 'u uø uû uõ uù uï',
  ư: 'ö öø öû öõ öù öï',
  y: 'y yø yû yõ yù î',
};

const words = (row: string): string[] => row.split(' ');

/** TCVN3 byte → letter, for the 74 bytes that carry a Vietnamese letter. */
export const TCVN3_TABLE: ReadonlyMap<number, string> = (() => {
  const table = new Map<number, string>();
  for (const [vowel, row] of Object.entries(VOWELS)) {
    words(row).forEach((letter, tone) => {
      const byte = TCVN3_BYTES[vowel][tone];
      if (byte >= 0x80) table.set(byte, letter);
    });
  }
  for (const [byte, letter] of TCVN3_OTHER) table.set(byte, letter);
  return table;
})();

/** VNI sequence (one or two latin1 characters) → letter, for all 134 accented letters, both cases. */
export const VNI_TABLE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  for (const [vowel, row] of Object.entries(VOWELS)) {
    const sequences = words(VNI_SEQUENCES[vowel]);
    words(row).forEach((letter, tone) => {
      const seq = sequences[tone];
      if (/^[a-z]$/.test(letter)) return; // plain ASCII vowel
      table.set(seq, letter); // `ì`, `í` map to themselves: VNI kept the latin1 letters
      table.set(seq.toUpperCase(), letter.toUpperCase());
    });
  }
  table.set('ñ', 'đ');
  table.set('Ñ', 'Đ');
  return table;
})();

/** windows-1252 bytes 0x80–0x9F (curly quotes, dashes ...); undefined slots stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/** The byte a character stood for under a latin1 or windows-1252 decode, or -1 if it cannot have come from one. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : (CP1252_BYTE.get(ch) ?? -1);
}

/** A C1 control left by a latin1 decode, read as the windows-1252 punctuation it was in the file. */
function windowsChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? CP1252_HIGH[code - 0x80] : ch;
}

// ---------------------------------------------------------------------------------------------
// Detection

/** Letters only Unicode Vietnamese has (plus combining tone marks and the PDF ư/Ư stand-ins). */
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯưƢƣ\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/gu;
const LETTER = /\p{L}/gu;
const TOKEN = /[A-Za-z\u00A1-\u00FF]+/g;
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_LOWER = /[a-z]/;

/** How much text detection reads; a document's first 200k characters say enough. */
const SAMPLE_CHARS = 200_000;
/** Share of word tokens that must carry an encoding's characteristic sequence. */
const MIN_SHARE = 0.15;
const MIN_TOKENS = 2;

/**
 * TCVN3 evidence in one token: a letter byte that is a symbol in latin1 (`¸ ¶ ª « ¬ ­ ®` ...)
 * inside a word, or one from the latin1 capital range (`Ë Ö Ý` ...) right beside an ASCII
 * lowercase letter (`nhËn`, `chÝnh`). Ordinary European text has neither.
 */
function isTcvn3Token(token: string): boolean {
  if (!ASCII_LETTER.test(token)) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (!TCVN3_TABLE.has(code)) continue;
    if (code < 0xc0 || code === 0xd7 || code === 0xf7) return true;
    if (code <= 0xde && (ASCII_LOWER.test(token[i - 1] ?? '') || ASCII_LOWER.test(token[i + 1] ?? ''))) return true;
  }
  return false;
}

/** VNI pairs that also occur in ordinary Vietnamese (`hoà`, `hoá`, `khoè`): not evidence. */
const VNI_WEAK_PAIR = /^[oO][àáãÀÁÃ]$/;

/** VNI evidence in one token: a base vowel followed by a mark byte that forms a letter (`aø`, `öï`, `EÂ`). */
function isVniToken(token: string): boolean {
  for (let i = 0; i + 1 < token.length; i++) {
    const pair = token.slice(i, i + 2);
    if (VNI_TABLE.has(pair) && !VNI_WEAK_PAIR.test(pair)) return true;
  }
  return false;
}

/**
 * Windows-1258 evidence: a tone mark byte (`Ì ì Ò Þ ò` in latin1) right after a vowel (`vuò`, `câÌu`).
 * Such text would otherwise pass for TCVN3, whose letters sit on the same bytes.
 */
const WINDOWS_1258_TONE = /[aeiouyâêôãõýAEIOUYÂÊÔÃÕÝ][\u00CC\u00EC\u00D2\u00DE\u00F2]/;

/**
 * Which legacy encoding `text` is in, or null. `text` is the file decoded as latin1 (or windows-1252).
 * Scores the share of words carrying each encoding's characteristic byte sequences; text with
 * Unicode Vietnamese letters, in another script, or in windows-1258 (tones as combining bytes) is not.
 * @example detectLegacyEncoding('Ban Th\u00adêng vô TØnh ñy') // 'tcvn3'
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  const unicodeVietnamese = sample.match(UNICODE_VIETNAMESE)?.length ?? 0;
  if (unicodeVietnamese > 0.02 * letters) return null;
  let foreign = 0;
  for (const ch of sample) if (byteOf(ch) < 0 && /\p{L}/u.test(ch)) foreign++;
  if (foreign > 0.05 * letters) return null;

  let tokens = 0;
  let tcvn3 = 0;
  let vni = 0;
  let windows1258 = 0;
  for (const [token] of sample.matchAll(TOKEN)) {
    if (!ASCII_LETTER.test(token)) continue;
    tokens++;
    if (isTcvn3Token(token)) tcvn3++;
    if (isVniToken(token)) vni++;
    if (WINDOWS_1258_TONE.test(token)) windows1258++;
  }
  const best: LegacyEncoding = vni > tcvn3 ? 'vni' : 'tcvn3';
  const hits = Math.max(vni, tcvn3);
  if (hits < MIN_TOKENS || hits < MIN_SHARE * tokens || windows1258 >= hits) return null;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Conversion

/** Letters that TCVN3 only has in lowercase: their case is a guess, made by `restoreCapitals`. */
const TCVN3_CASELESS = new Set(
  [...TCVN3_TABLE].filter(([byte, letter]) => byte >= 0xb5 && letter !== letter.toUpperCase()).map(([byte]) => byte),
);

function convertTcvn3(text: string): string {
  const out: string[] = [];
  const caseless: number[] = [];
  for (const ch of text) {
    const byte = byteOf(ch);
    const letter = byte >= 0xa1 ? TCVN3_TABLE.get(byte) : undefined;
    if (letter === undefined) {
      out.push(windowsChar(ch));
      continue;
    }
    if (TCVN3_CASELESS.has(byte)) caseless.push(out.length);
    out.push(letter);
  }
  if (caseless.length > 0) restoreCapitals(out, caseless);
  return out.join('');
}

const VIETNAMESE_CAPITALS = new Set('ĂÂÊÔƠƯĐ');
/**
 * What stands before the first word of a sentence: a blank line, a numbered item at the start of a
 * line (`4.`, `II-`), or the end of the previous sentence, then maybe an opening quote. A single
 * line break is not enough (text wrapped by hand goes on in lowercase), nor are `-`, `+`, `a)` items.
 */
const SENTENCE_START = /(?:\n[ \t]*\n[ \t]*|\n[ \t]*(?:\d{1,3}|[IVXLC]{1,6})[.)-][ \t]*|[.!?…][”"')\]]?\s+)[“"'([]?$/u;

/**
 * Upper-cases lowercase-only TCVN3 letters where the context shows a capital, since the toned
 * capitals were drawn by `.VnTimeH` fonts from the lowercase bytes:
 * - in words of capitals (`TØNH` → `TỈNH`, `§¶NG` → `ĐẢNG`), and in the words without lowercase
 *   beside a run of them (`TØNH ñY` → `TỈNH ỦY`); acronyms alone (`IX`, `CV/TU`) do not count;
 * - at the start of a paragraph, a numbered item or a sentence (`4. ñy ban` → `4. Ủy ban`).
 * A capital in the middle of a sentence (`lãnh đạo Ủy ban`) cannot be told and stays lowercase.
 */
function restoreCapitals(chars: string[], caseless: number[]): void {
  const isCaseless = new Set(caseless);
  const kind = (i: number): 'upper' | 'lower' | 'caseless' | null => {
    if (isCaseless.has(i)) return 'caseless';
    const ch = chars[i];
    if (ch !== ch.toUpperCase()) return 'lower';
    if (ch !== ch.toLowerCase()) return 'upper';
    return null;
  };
  interface Word {
    from: number;
    to: number;
    upper: number;
    lower: number;
    vietnamese: boolean;
  }
  const words: Word[] = [];
  let word: Word | null = null;
  for (let i = 0; i <= chars.length; i++) {
    const k = i < chars.length ? kind(i) : null;
    if (k === null) {
      word = null;
      continue;
    }
    if (word === null) {
      word = { from: i, to: i, upper: 0, lower: 0, vietnamese: false };
      words.push(word);
    }
    word.to = i + 1;
    if (k === 'upper') word.upper++;
    if (k === 'lower') word.lower++;
    if (k === 'caseless' || VIETNAMESE_CAPITALS.has(chars[i])) word.vietnamese = true;
  }
  const upcase = (w: Word) => {
    for (let i = w.from; i < w.to; i++) if (isCaseless.has(i)) chars[i] = chars[i].toUpperCase();
  };
  const capital = words.map((w) => w.upper >= 2 && w.lower === 0);
  // A run of capitals spreads to its neighbours without lowercase, across spaces only.
  const spreads = words.map((w, i) => capital[i] && w.vietnamese);
  const adjacent = (a: Word, b: Word) => /^[ \t]+$/.test(chars.slice(a.to, b.from).join(''));
  for (let i = 1; i < words.length; i++) {
    if (spreads[i - 1] && words[i].lower === 0 && adjacent(words[i - 1], words[i])) spreads[i] = capital[i] = true;
  }
  for (let i = words.length - 2; i >= 0; i--) {
    if (spreads[i + 1] && words[i].lower === 0 && adjacent(words[i], words[i + 1])) spreads[i] = capital[i] = true;
  }
  words.forEach((w, i) => {
    if (capital[i]) upcase(w);
    else if (isCaseless.has(w.from) && SENTENCE_START.test(chars.slice(Math.max(0, w.from - 16), w.from).join(''))) {
      chars[w.from] = chars[w.from].toUpperCase();
    }
  });
}

/** Reads VNI left to right: a base letter and the mark byte after it make one letter; the rest map alone. */
function convertVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    if (next !== undefined) {
      // The mark's case follows the base letter in VNI, but files mixing them (`Aù`) read the same.
      const pair = VNI_TABLE.get(ch + next) ?? VNI_TABLE.get(ch + flipCase(next));
      if (pair !== undefined) {
        out += isUpper(ch) ? pair.toUpperCase() : pair.toLowerCase();
        i++;
        continue;
      }
    }
    out += VNI_TABLE.get(ch) ?? windowsChar(ch);
  }
  return out;
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();
const flipCase = (ch: string): string => (isUpper(ch) ? ch.toLowerCase() : ch.toUpperCase());

/**
 * Converts text in a legacy encoding, read through a latin1 or windows-1252 decode, to Unicode (NFC).
 * Bytes 0x80–0x9F become their windows-1252 punctuation. TCVN3 has no toned capitals: they come
 * back lowercase unless the surrounding letters show a run of capitals (see `restoreCapitals`).
 * @example convertLegacy('B¶o Th¾ng', 'tcvn3') // 'Bảo Thắng'
 * @example convertLegacy('Xin chaøo caùc baïn', 'vni') // 'Xin chào các bạn'
 */
export function convertLegacy(text: string, enc: LegacyEncoding): string {
  return enc === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
}
