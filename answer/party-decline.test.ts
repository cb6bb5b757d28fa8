/**
 * @module answer/party-decline.test
 * A value asked about a party the cited documents never name is not answered by them (#14): on real excerpts
 * (`fixtures/parties/`: a dangerous-goods licence issued to one company), the licence's term asked for the
 * company it names is answered; asked for another company, or for a vehicle plate it does not list, it declines.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose.ts';
import { classifyInContext } from './follow-up.ts';
import { useCorpusStore } from './test-corpus.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'parties');

describe('a value asked about a party the cited documents never name', () => {
  const store = useCorpusStore(FIXTURES);
  const ask = async (question: string) => {
    const { db, embedder } = store();
    return (await composeAnswer(db, classifyInContext(question), { embedder })).answer;
  };

  it('the licence’s term asked for the company it names is answered', async () => {
    const answer = await ask(
      'Giấy phép vận chuyển hàng hóa nguy hiểm của Công ty TNHH Thái Thịnh có thời hạn bao lâu?',
    );
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('24 tháng');
  });

  it('the same term asked for a company no cited document names declines', async () => {
    const answer = await ask(
      'Giấy phép vận chuyển hàng hóa nguy hiểm của Công ty TNHH Hoàng Long có thời hạn bao lâu?',
    );
    expect(answer.abstained).toBe(true);
    expect(answer.meta.reason).toBe('not named in the cited documents: hoang long');
    expect(answer.meta.declinedBy).toBe('party');
  });

  it.each([
    ['21A-113.04', false],
    ['24C-555.66', true],
  ])('the term asked for the company’s tanker plated %s: declines %s', async (plate, declines) => {
    const answer = await ask(
      `Giấy phép vận chuyển hàng hóa nguy hiểm cho xe xi téc biển số ${plate} của Công ty TNHH Thái Thịnh có thời hạn bao lâu?`,
    );
    expect(answer.abstained).toBe(declines);
  });
});
