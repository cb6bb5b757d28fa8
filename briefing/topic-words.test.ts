/** @module briefing/topic-words.test — a topic's words learned from the seed corpus, and texts about the topic (sentences from the seeds). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTerms } from '../search/tokenize.ts';
import { topicRelevance, topicWords, wordsRequired } from './topic-words.ts';

/** Paragraph frequencies of the seed corpus, as the lexical index counts clauses. */
function corpusFrequency(): (term: string) => number {
  const df = new Map<string, number>();
  for (const f of readdirSync('corpus')) {
    for (const para of readFileSync(`corpus/${f}`, 'utf8').split(
      /\n\s*\n|\n(?=\s*(?:[-+]|\d+(?:\.\d+)*\.|[IVX]+[.-]) )/,
    )) {
      for (const t of fieldTerms(para).exact.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  return (t) => df.get(t) ?? 0;
}
const df = corpusFrequency();

describe('topicWords', () => {
  it.each([
    ['khai thác cát', ['khai thác', 'cát']],
    ['thu gom, xử lý chất thải rắn', ['thu gom', 'xử lý', 'chất thải', 'rắn']],
    ['tỷ lệ che phủ rừng', ['tỷ lệ', 'che phủ', 'rừng']],
    ['biến đổi khí hậu', ['biến đổi', 'khí hậu']],
    ['khai thac cat', ['khai thac', 'cat']],
  ])('%s → %j', (topic, words) => {
    expect(topicWords(topic, df).map((w) => w.syllables.join(' '))).toEqual(words);
  });

  it('pairs syllables two by two when the corpus knows neither', () => {
    expect(topicWords('khai thác cát').map((w) => w.syllables.join(' '))).toEqual(['khai thác', 'cát']);
  });

  it('asks for every word of a short topic, all but one of a longer', () => {
    expect([1, 2, 3, 4].map(wordsRequired)).toEqual([1, 2, 2, 3]);
  });
});

describe('topicRelevance', () => {
  it.each<[string, string, boolean]>([
    // Seed sentences: the sand-mining task, and a groundwater task that shares only the syllables `khai thác`.
    [
      'khai thác cát',
      'Kiểm soát chặt chẽ, hiệu quả hoạt động khai thác khoáng sản, đặc biệt là khai thác cát trên sông Hậu đoạn chảy qua thành phố Cần Thơ.',
      true,
    ],
    ['khai thác cát', 'hạn chế khai thác nước ngầm, bảo vệ các tầng chứa nước của thành phố', false],
    ['khai thác cát', 'khai thác, sử dụng hiệu quả, bảo đảm an ninh nguồn nước.', false],
    // Syllables of the word apart do not make the word.
    ['khai thác cát', 'triển khai thực hiện; thác nước; bãi cát', false],
    ['khai thac cat', 'đặc biệt là khai thác cát trên sông Hậu', true],
    [
      'thu gom, xử lý chất thải rắn',
      'Xây dựng các trạm trung chuyển chất thải rắn sinh hoạt; mở rộng phạm vi thu gom chất thải rắn sinh hoạt',
      true,
    ],
    ['thu gom, xử lý chất thải rắn', 'xử lý nước thải tập trung ở các đô thị', false],
  ])('%s ~ %s → %s', (topic, text, about) => {
    expect(topicRelevance(topic, df)(text) > 0).toBe(about);
  });
});
