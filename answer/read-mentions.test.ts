/** @module answer/read-mentions.test — documents named by a type code typed as a word (`nd 26/2026`), as questions without diacritics abbreviate them. */
import { describe, expect, it } from 'vitest';
import { foldedText } from './folded-text.ts';
import { readMentions } from './read-mentions.ts';

describe('readMentions: type codes as words', () => {
  it.each([
    ['nd 26/2026 thay nd nao nam 2017 ve hoa chat', [['nd 26/2026', 'ND', '26']]],
    ['tt37/2020/tt-bct hieu luc ngay nao', [['tt37/2020', 'TT', '37']]],
    ['kl 02 danh gia 10 nam nghi quyet so may', [['kl 02', 'KL', '02']]],
    [
      'cv 1032 gan kl 81 voi ke hoach so may',
      [
        ['cv 1032', 'CV', '1032'],
        ['kl 81', 'KL', '81'],
      ],
    ],
    // Not a code, or a code without a number: no mention.
    ['ct xanh sach can tho nhac nq chinh phu nao', []],
    ['chi tieu thu gom rac dat 95% den 2025', []],
    ['Which resolution is the basis of the “Green and Clean Cần Thơ” programme 2022–2025?', []],
    // A printed symbol stays one mention.
    ['Kết luận 81-KL/TW', [['Kết luận 81-KL/TW', 'KL', '81']]],
  ])('%s', (question, expected) => {
    expect(readMentions(foldedText(question)).map((m) => [m.mention, m.type, m.number])).toEqual(expected);
  });
});
