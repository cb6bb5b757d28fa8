import { describe, expect, it } from 'vitest';
import { englishDates } from './english-dates.ts';
import { translateEnglish } from './glossary.ts';
import { fieldTerms } from './tokenize.ts';

describe('englishDates', () => {
  it.each([
    ['Which provisions take effect early, on 1 January 2026?', '1 January 2026', 'ngày 01/01/2026'],
    ['How many blasters failed the explosives safety test of 29 April 2026?', '29 April 2026', 'ngày 29/4/2026'],
    ['When does the second round start, June 3, 2026?', 'June 3, 2026', 'ngày 03/6/2026'],
    ['Who attended the meeting on the 1st of July 2026?', '1st of July 2026', 'ngày 01 tháng 7 năm 2026'],
    ['Between 17 January and 30 June 2026, how many licences?', '17 January', 'ngày 17/01'],
    ['Who signed the July 2026 plan?', 'July 2026', 'tháng 7/2026'],
  ])('reads %s as the documents date it', (question, typed, rendering) => {
    const date = englishDates(question).find((d) => d.text === typed);
    expect(date?.renderings).toContain(rendering);
  });

  it('finds the day in a clause that dates it with slashes: the pair ngày + day', () => {
    // Real clause: the Construction Law 135/2025/QH15, closing article (evals/archive, dev split).
    const clause = fieldTerms(
      'các khoản 3, 4, 5 Điều 95 của Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.',
    );
    const rendered = englishDates('on 1 January 2026')[0].renderings.flatMap((r) => [...fieldTerms(r).folded.keys()]);
    expect(rendered.filter((t) => t.includes(' ') && clause.folded.has(t))).toContain('ngay 01');
  });

  it('reads no date into a number that is not a day, nor a modal may', () => {
    expect(englishDates('Which body may issue 45 licences in 2026?')).toEqual([]);
    expect(englishDates('How many litres may tanker 21A-113.04 carry per trip?')).toEqual([]);
  });

  it('adds the forms to the translation of the question', () => {
    const phrases = translateEnglish('Who signed on 29 April 2026?').expansions.map((e) => e.phrase);
    expect(phrases).toContain('ngày 29/04/2026');
  });
});
