/**
 * @module answer/understanding.test
 * Behaviours of question understanding on a small store of three documents in the genre's shape
 * (`fixtures/understanding/`): a body named only in a heading leads, paraphrased kinds are answered
 * as their kind, an unanswerable amount abstains, lineage goes down, follow-ups stay on the document.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';
import { verifyCitations } from './verify-citations.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'understanding');

describe('answers on a small store', () => {
  const store = useCorpusStore(FIXTURES);
  const answer = async (question: string, history?: Array<{ role: 'user' | 'assistant'; content: string }>) => {
    const { db, embedder } = store();
    const a = await ask(db, { question, history }, { embedder });
    const { rejected } = await verifyCitations(db, a.citations);
    expect(rejected).toEqual([]);
    return a;
  };

  it.each([
    ['Cơ quan nào hướng dẫn thủ tục cấp phép khai thác cát lòng sông?', 'Sở Tài nguyên và Môi trường'],
    ['bo nao huong dan thu tuc cap phep khai thac cat long song', 'Sở Tài nguyên và Môi trường'],
    ['Đơn vị nào chịu trách nhiệm kiểm tra việc kinh doanh cát, sỏi?', 'Sở Công Thương'],
  ])('names the body of the heading above the task: %s', async (question, body) => {
    const a = await answer(question);
    expect(a.kind).toBe('lead');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain(body);
  });

  it('answers a deadline with the date for the task, not the document date', async () => {
    const a = await answer('Hạn chót báo cáo kết quả kiểm tra kinh doanh cát là ngày nào?');
    expect(a.kind).toBe('deadline');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('15 tháng 12');
  });

  it.each([
    'Mức phạt khai thác cát trái phép là bao nhiêu?',
    'What is the price of river sand per tonne?',
    'Trữ lượng cát lòng sông còn bao nhiêu tấn?',
  ])('abstains when no clause states a value of the asked type: %s', async (question) => {
    const a = await answer(question);
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
  });

  it('lists every document below a stored one for "văn bản nào thực hiện X"', async () => {
    const a = await answer('Văn bản nào thực hiện Nghị quyết 12-NQ/TU?');
    expect(a.kind).toBe('lineage');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('45/KH-UBND');
    expect(a.answer).toContain('88-CV/HU');
  });

  it('asks upward for "X thực hiện văn bản nào"', async () => {
    const a = await answer('Kế hoạch 45/KH-UBND thực hiện văn bản nào?');
    expect(a.answer).toContain('12-NQ/TU');
    expect(a.answer).not.toContain('88-CV/HU');
  });

  it('keeps a follow-up on the document of the earlier answer', async () => {
    const first = 'Ai kiểm tra bến bãi tập kết cát?';
    const earlier = await answer(first);
    const a = await answer('còn ai phối hợp?', [
      { role: 'user', content: first },
      { role: 'assistant', content: earlier.answer },
    ]);
    expect(a.kind).toBe('coordinate');
    expect(a.answer).toContain('Công an tỉnh');
    expect(new Set(a.citations.map((c) => c.documentId))).toEqual(new Set(earlier.citations.map((c) => c.documentId)));
  });

  it('says it cannot follow a follow-up asked first', async () => {
    const a = await answer('còn ai phối hợp?');
    expect(a.abstained).toBe(true);
    expect(a.meta.declinedBy).toBe('follow-up');
  });

  it('names the words it did not understand, and does not answer on generic words', async () => {
    const a = await answer('Who handles desalination at Agent Orange sites?');
    expect(a.abstained).toBe(true);
    expect(a.meta.declinedBy).toBe('rule');
    expect(a.answer).toMatch(/desalination/);
  });
});
