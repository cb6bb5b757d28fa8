import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding, TCVN3_TABLE, VNI_TABLE } from './legacy-encodings.ts';

const PARAGRAPH =
  'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền tập trung thực hiện tốt các nhiệm vụ sau: ' +
  'Đẩy mạnh tuyên truyền về bảo vệ môi trường, nâng cao nhận thức của cán bộ, đảng viên và nhân dân; ' +
  'kiểm tra, giám sát việc thực hiện nghị quyết, kịp thời chấn chỉnh những thiếu sót.';

const ENGLISH =
  'The Standing Committee asks all levels to focus on the following tasks: promote communication about ' +
  'environmental protection, raise awareness among officials and citizens, and review progress each quarter.';

/** The 134 accented Vietnamese letters, built from Unicode composition rather than from the tables under test. */
const ALL_LETTERS: string[] = (() => {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
  const lower = bases.flatMap((b) => tones.map((t) => (b + t).normalize('NFC'))).filter((l) => !/^[a-z]$/.test(l));
  lower.push('đ');
  return [...lower, ...lower.map((l) => l.toUpperCase())];
})();

/** Encoder, the inverse of the TCVN3 table: toned capitals go to their lowercase byte, as in `.VnTimeH` text. */
function toTcvn3(text: string): string {
  const inverse = new Map([...TCVN3_TABLE].map(([byte, letter]) => [letter, byte]));
  return [...text]
    .map((ch) => {
      const byte = inverse.get(ch) ?? inverse.get(ch.toLowerCase());
      if (byte !== undefined) return String.fromCharCode(byte);
      if (ch.charCodeAt(0) > 0x7f) throw new Error(`no TCVN3 byte for ${ch}`);
      return ch;
    })
    .join('');
}

/** Encoder, the inverse of the VNI table. */
function toVni(text: string): string {
  const inverse = new Map([...VNI_TABLE].map(([seq, letter]) => [letter, seq]));
  return [...text]
    .map((ch) => {
      const seq = inverse.get(ch);
      if (seq !== undefined) return seq;
      if (ch.charCodeAt(0) > 0x7f) throw new Error(`no VNI sequence for ${ch}`);
      return ch;
    })
    .join('');
}

/** Windows-1258 as a latin1 string: base letters from the code page, the tone as a combining byte. */
function toWindows1258(text: string): string {
  const decoded = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byteOf = new Map([...decoded].map((ch, i) => [ch, i]));
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return [...text]
    .flatMap((ch) => {
      const nfd = ch.normalize('NFD');
      return [nfd.replace(tones, '').normalize('NFC'), ...(nfd.match(tones) ?? [])];
    })
    .map((part) => String.fromCharCode(byteOf.get(part) ?? Number.NaN))
    .join('');
}

/** What a loader that reads the bytes as windows-1252 (WHATWG `latin1`) would hand over. */
const asWindows1252 = (latin1: string): string => new TextDecoder('windows-1252').decode(Buffer.from(latin1, 'latin1'));

describe('tables', () => {
  it('VNI covers the 134 accented letters, each once', () => {
    expect(new Set(VNI_TABLE.values())).toEqual(new Set(ALL_LETTERS));
    expect(VNI_TABLE.size).toBe(134);
  });

  it('TCVN3 covers the 67 lowercase letters and the seven capitals it has a byte for', () => {
    const lower = ALL_LETTERS.filter((l) => l === l.toLowerCase());
    expect(lower).toHaveLength(67);
    expect(new Set(TCVN3_TABLE.values())).toEqual(new Set([...lower, ...'ĂÂÊÔƠƯĐ']));
    expect([...TCVN3_TABLE.keys()].every((byte) => byte >= 0xa1 && byte <= 0xfe)).toBe(true);
  });

  // Spot checks from outside the tables: glibc's TCVN5712-1 (same lowercase bytes as VN3) and VNI-Windows keyboards.
  it.each([
    ['tcvn3', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9], 'àảãáạ'],
    ['tcvn3', [0xbe, 0xc6, 0xca, 0xcb, 0xd5, 0xd6], 'ắặấậếệ'],
    ['tcvn3', [0xdc, 0xdd, 0xde, 0xe2, 0xe3, 0xe8, 0xe9], 'ĩíịõóốộ'],
    ['tcvn3', [0xed, 0xee, 0xf2, 0xf3, 0xf8, 0xf9, 0xfd, 0xfe], 'ớợũúứựýỵ'],
    ['tcvn3', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae], 'ĂÂÊÔƠƯĐăâêôơưđ'],
    ['vni', [...Buffer.from('aù aø aû aõ aï', 'latin1')], 'á à ả ã ạ'],
    ['vni', [...Buffer.from('aê aé aë aâ aá aä', 'latin1')], 'ă ắ ặ â ấ ậ'],
    ['vni', [...Buffer.from('ô ôù ö öï ñ æ ó ò î', 'latin1')], 'ơ ớ ư ự đ ỉ ĩ ị ỵ'],
    ['vni', [...Buffer.from('AÙ EÄ OÂ ÔÕ ÖÏ Ñ Æ Î', 'latin1')], 'Á Ệ Ô Ỡ Ự Đ Ỉ Ỵ'],
  ] as const)('%s bytes %j → %s', (enc, bytes, expected) => {
    expect(convertLegacy(Buffer.from(bytes).toString('latin1'), enc)).toBe(expected);
  });
});

describe('round trip', () => {
  it.each([
    ['tcvn3', toTcvn3],
    ['vni', toVni],
  ] as const)('%s: a policy paragraph is detected and converted back', (enc, encode) => {
    const legacy = encode(PARAGRAPH);
    expect(legacy).not.toBe(PARAGRAPH);
    expect(detectLegacyEncoding(legacy)).toBe(enc);
    expect(convertLegacy(legacy, enc)).toBe(PARAGRAPH);
  });

  it.each([
    ['tcvn3', toTcvn3],
    ['vni', toVni],
  ] as const)('%s: the same through a windows-1252 decode', (enc, encode) => {
    const legacy = asWindows1252(encode(PARAGRAPH));
    expect(detectLegacyEncoding(legacy)).toBe(enc);
    expect(convertLegacy(legacy, enc)).toBe(PARAGRAPH);
  });

  it('vni: every one of the 134 letters comes back', () => {
    const text = ALL_LETTERS.join(' ');
    expect(convertLegacy(toVni(text), 'vni')).toBe(text);
  });

  it('tcvn3: every lowercase letter comes back, toned capitals come back lowercase when alone', () => {
    const lower = ALL_LETTERS.filter((l) => l === l.toLowerCase()).join(' ');
    expect(convertLegacy(toTcvn3(lower), 'tcvn3')).toBe(lower);
    expect(convertLegacy(toTcvn3('Ấp Ủy'), 'tcvn3')).toBe('ấp ủy');
  });
});

describe('tcvn3 capitals', () => {
  it.each([
    ['a heading typed in capitals', 'BAN THƯỜNG VỤ TỈNH ỦY'],
    ['capital words inside a sentence', 'Nghị quyết của ĐẢNG BỘ TỈNH đã nêu'],
    ['title case stays as it is', 'Đẩy mạnh ấp ủy'],
    ['a sentence start', 'Kết quả đã rõ rệt. Ý thức của người dân được nâng lên.'],
    ['a paragraph start', 'Tỉnh ủy chỉ đạo:\n\nỦy ban nhân dân tỉnh chủ trì.'],
    ['a numbered item', 'Nhiệm vụ:\n4. Ủy ban Mặt trận Tổ quốc tỉnh'],
    ['text wrapped by hand goes on in lowercase', 'phát triển bền vững;\náp dụng các biện pháp'],
    ['an acronym does not make its neighbour capital', 'Bộ Chính trị (khóa IX) "Về bảo vệ môi trường"'],
    ['a symbol line is not a heading', 'Số 1032-CV/TU'],
  ])('%s', (_label, text) => {
    expect(convertLegacy(toTcvn3(text), 'tcvn3')).toBe(text);
  });

  it('a capital in the middle of a sentence cannot be told: it comes back lowercase', () => {
    expect(convertLegacy(toTcvn3('lãnh đạo Ủy ban nhân dân'), 'tcvn3')).toBe('lãnh đạo ủy ban nhân dân');
  });
});

describe('conversion details', () => {
  it.each([
    ['tcvn3', '\u0093§iÒu 1\u0094 \u0096 nhiÖm vô', '“Điều 1” – nhiệm vụ'],
    ['vni', '\u0093Ñieàu 1\u0094 \u0096 nhieäm vuï', '“Điều 1” – nhiệm vụ'],
    ['vni', 'Aù Ñaûng', 'Á Đảng'],
  ] as const)('%s %j → %j', (enc, input, expected) => {
    expect(convertLegacy(input, enc)).toBe(expected);
  });
});

describe('detectLegacyEncoding', () => {
  it.each([
    ['UTF-8 Vietnamese', PARAGRAPH],
    ['UTF-8 Vietnamese in capitals', PARAGRAPH.toUpperCase()],
    ['Vietnamese with only latin1 letters', 'Tôi là sinh viên, hoà hoá. Chào các anh chị, xin mời vào.'],
    ['English', ENGLISH],
    ['French', 'Le comité a décidé de créer une commission spéciale où les élèves étudièrent à côté du château.'],
    ['German', 'Die Straße für schöne Bücher öffnet über die Brücke; Müller und Söhne kämen später.'],
    ['Spanish', 'El niño pequeño comió en España con la señora; año tras año, mañana será otro día.'],
    ['Windows-1258 Vietnamese', toWindows1258(PARAGRAPH)],
    ['Windows-1258 Vietnamese in capitals', toWindows1258(PARAGRAPH.toUpperCase())],
    ['Russian', 'Постоянный комитет провинции требует выполнить следующие задачи'],
    ['empty', ''],
    ['digits only', '2024 – 2025'],
  ])('null for %s', (_label, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each([
    ['tcvn3', 'vni', 'lowercase', toTcvn3(PARAGRAPH)],
    ['vni', 'tcvn3', 'lowercase', toVni(PARAGRAPH)],
    ['tcvn3', 'vni', 'capitals', toTcvn3(PARAGRAPH.toUpperCase())],
    ['vni', 'tcvn3', 'capitals', toVni(PARAGRAPH.toUpperCase())],
  ] as const)('tells %s from %s (%s)', (enc, _other, _case, text) => {
    expect(detectLegacyEncoding(text)).toBe(enc);
  });

  it('reads a mostly-English TCVN3 file with a Vietnamese quote', () => {
    expect(detectLegacyEncoding(`${ENGLISH} ${toTcvn3(PARAGRAPH)}`)).toBe('tcvn3');
  });
});
