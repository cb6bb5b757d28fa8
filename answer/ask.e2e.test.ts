/**
 * @module answer/ask.e2e.test
 * Each kind of question end to end on the real corpus (PGlite in memory): the answer, its
 * language, its citations (each verified against the store), abstentions, follow-ups, and the
 * generative mode with fake chat models.
 */
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';
import type { Answer, HistoryTurn } from './types.ts';
import { verifyCitations } from './verify-citations.ts';

describe('ask on the corpus', () => {
  const store = useCorpusStore();
  const run = async (question: string, history?: HistoryTurn[], chat?: FakeListChatModel): Promise<Answer> => {
    const { db, embedder } = store();
    const answer = await ask(db, { question, history }, { embedder, chat });
    expect((await verifyCitations(db, answer.citations)).rejected).toEqual([]);
    return answer;
  };
  const cited = (a: Answer) => a.citations.map((c) => c.clauseId);

  describe('lead', () => {
    it('reads an inherited lead and quotes both the task and the lead-in', async () => {
      const a = await run('Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu đoạn chảy qua thành phố Cần Thơ?');
      expect(a).toMatchObject({ kind: 'lead', abstained: false, meta: { mode: 'compose', lang: 'vi' } });
      // The verb is the text's (`… lãnh đạo Ủy ban nhân dân thành phố chỉ đạo …`), not the question's `chủ trì`.
      expect(a.answer).toMatch(/^Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo\./);
      expect(a.answer).not.toMatch(/\[\d+\][^.\n]/);
      expect(cited(a)).toEqual(['can-tho-cong-van-2024-ket-luan-81~3-3.4', 'can-tho-cong-van-2024-ket-luan-81~3']);
      expect(a.citations[0].quote).toContain('khai thác cát trên sông Hậu đoạn chảy qua thành phố Cần Thơ');
      expect(a.citations[0].label).toBe('1032-CV/TU, mục 3.4');
    });

    it('answers in English words with Vietnamese quotes', async () => {
      const a = await run(
        'Which body leads the oversight of sand mining on the Hậu River where it flows through Cần Thơ?',
      );
      expect(a.meta.lang).toBe('en');
      expect(a.answer).toMatch(/^Ban cán sự đảng Ủy ban nhân dân thành phố leads/);
      expect(a.answer).toContain('Named in the lead-in of');
      expect(a.citations[0].quote).toContain('khai thác cát');
    });

    it('reads a question typed without diacritics', async () => {
      const a = await run('ai chu tri huong dan tuyen truyen ket luan 81 o can tho');
      expect(a.answer).toMatch(/^Ban Tuyên giáo Thành ủy chủ trì/);
      expect(cited(a)).toContain('can-tho-cong-van-2024-ket-luan-81~5');
    });
  });

  it('coordinate: the partners of the lead, not the lead named in the question', async () => {
    const a = await run(
      'Đảng ủy Công an thành phố phối hợp với cơ quan nào để theo dõi thực hiện Chỉ thị về bảo vệ môi trường ở Cần Thơ?',
    );
    expect(a.kind).toBe('coordinate');
    // The class the clause adds (`và các cơ quan có liên quan`) is a partner too.
    expect(a.answer).toMatch(/^Phối hợp: Đảng ủy Ủy ban nhân dân thành phố(?: và [Cc]ác cơ quan có liên quan)?\./);
  });

  it('report: who reports, and to whom', async () => {
    const a = await run('Việc thực hiện công văn triển khai Kết luận số 02-KL/TW được báo cáo hằng năm về đâu?');
    expect(a.kind).toBe('report');
    expect(a.answer).toContain('Báo cáo về: Ban Thường vụ Tỉnh ủy và Trung ương');
    expect(a.citations[0].quote).toContain('hàng năm báo cáo tình hình thực hiện');
  });

  it('target: value, deadline and the words that state it', async () => {
    const a = await run('chi tieu thu gom rac ho gia dinh nong thon can tho den 2025');
    expect(a.kind).toBe('target');
    expect(a.answer).toContain('đạt 95%');
    expect(a.answer).toContain('2025');
    expect(a.citations[0].quote).toContain('ở nông thôn đạt 95%');
  });

  describe('lineage', () => {
    it('down: which stored document implements a cited one', async () => {
      const a = await run(
        'Văn bản nào của Thành ủy Cần Thơ quán triệt, triển khai thực hiện Kết luận số 81-KL/TW của Bộ Chính trị?',
      );
      expect(a.kind).toBe('lineage');
      expect(a.answer).toMatch(/^Công văn 1032-CV\/TU/);
    });

    it('down, asked in the passive: the programme that gives effect to a resolution', async () => {
      const a = await run('Nghị quyết 59-NQ/TW được cụ thể hóa bằng văn bản nào?');
      expect(a.answer).toMatch(/^Chương trình 27-CTr\/TU .*triển khai thực hiện Nghị quyết 59-NQ\/TW/);
      expect(a.citations[0]).toMatchObject({ clauseId: 'can-tho-chuong-trinh-2021-xanh-va-sach~p1' });
      expect(a.citations[0].quote).toContain('59-NQ/TW');
    });

    it('down from a document named in English and only cited, named as the lineage page names it', async () => {
      const a = await run('Which documents implement Conclusion 81?');
      expect(a.abstained).toBe(false);
      expect(a.answer).toMatch(/^Letter 1032-CV\/TU .*implements Conclusion 81-KL\/TW/);
      expect(a.citations[0].quote).toContain('81-KL/TW');
    });

    it('up: every document a programme implements, each with its citing clause', async () => {
      const a = await run('Chương trình 27-CTr/TU thực hiện văn bản nào?');
      for (const symbol of ['59-NQ/TW', '120/NQ-CP', '524/QĐ-TTg']) {
        expect(a.answer).toContain(symbol);
        expect(a.citations.some((c) => c.quote.includes(symbol))).toBe(true);
      }
    });

    it('up: what a document rests on, narrowed by type and issuer', async () => {
      const a = await run(
        'Chương trình “Cần Thơ xanh và sạch” nêu nghị quyết nào của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long?',
      );
      expect(a.answer).toContain('120/NQ-CP');
      expect(a.answer).not.toContain('59-NQ/TW');
    });

    it('up from a document known only from citations', async () => {
      const a = await run('Kết luận số 02-KL/TW của Ban Bí thư khóa XII tổng kết 10 năm thực hiện nghị quyết nào?');
      expect(a.answer).toContain('41-NQ/TW');
      expect(a.citations[0].quote).toContain('41-NQ/TW');
    });

    it('abstains when no document from the place asked about implements it', async () => {
      const a = await run('Tỉnh ủy Sóc Trăng ban hành văn bản nào để triển khai Kết luận số 81-KL/TW?');
      expect(a).toMatchObject({ abstained: true, citations: [] });
      expect(a.answer).toContain('Sóc Trăng');
    });
  });

  describe('metadata', () => {
    it('signer, from the signing block', async () => {
      const a = await run('Ai ký Công văn 1032-CV/TU của Thành ủy Cần Thơ?');
      expect(a.answer).toContain('Người ký: Phạm Văn Hiếu');
      expect(a.citations[0]).toMatchObject({
        clauseId: 'can-tho-cong-van-2024-ket-luan-81~signature',
        quote: 'Phạm Văn Hiếu',
      });
    });

    it('date and place, from the place–date line', async () => {
      const a = await run('Where and when was the provincial Party letter implementing Conclusion 02-KL/TW issued?');
      expect(a.answer).toContain('Date of issue: 13 June 2016');
      expect(a.answer).toContain('Place of issue: Đồng Xoài');
      expect(a.citations[0].quote).toBe('Đồng Xoài, ngày 13 tháng 6 năm 2016');
    });

    it('a symbol inferred from citations says so and quotes the citing document', async () => {
      const a = await run('chuong trinh can tho xanh va sach so may ban hanh ngay nao');
      expect(a.answer).toContain('27-CTr/TU (không in trên văn bản');
      expect(a.citations.some((c) => c.quote.includes('27-CTr/TU'))).toBe(true);
    });
  });

  it('content: the sentence that answers, quoted', async () => {
    const a = await run(
      'Which toxic chemical does the Cần Thơ environmental protection directive single out for strict control?',
    );
    expect(a.kind).toBe('content');
    expect(a.citations[0].quote).toContain('Xyanua');
  });

  describe('abstention', () => {
    it.each([
      ['Hà Nội đặt mục tiêu giảm phát thải khí nhà kính bao nhiêu phần trăm đến năm 2030?', /Hà Nội/],
      ['xe may vuot den do bi phat bao nhieu tien', /Không tìm thấy/],
      ['How much is the household health insurance contribution in 2025?', /do not answer/],
      ['thue suat thue tndn pho thong la bao nhieu', /Không tìm thấy/],
      ['Ai ký Nghị định 100/2019/NĐ-CP?', /không có Nghị định 100\/2019\/NĐ-CP|100\/2019\/NĐ-CP/],
    ])('%s', async (question, message) => {
      const a = await run(question);
      expect(a.abstained).toBe(true);
      expect(a.citations).toEqual([]);
      expect(a.answer).toMatch(message);
    });
  });

  describe('follow-ups', () => {
    const lead: HistoryTurn[] = [
      {
        role: 'user',
        content: 'Ai chủ trì theo dõi, đôn đốc việc thực hiện Chỉ thị về bảo vệ môi trường của Thành ủy Cần Thơ?',
      },
      { role: 'assistant', content: 'Đảng ủy Công an thành phố chủ trì.' },
    ];

    it('"còn ai phối hợp?" keeps the topic of the lead question', async () => {
      const a = await run('còn ai phối hợp?', lead);
      expect(a.kind).toBe('coordinate');
      expect(a.answer).toMatch(/^Phối hợp: Đảng ủy Ủy ban nhân dân thành phố/);
      expect(cited(a)).toContain('can-tho-chi-thi-bao-ve-moi-truong~7');
    });

    it('"còn ai phối hợp?" after a real answer stays on the clauses that answer quoted (#14 class 7)', async () => {
      const question = 'Ai chủ trì kiểm soát khai thác cát trên sông Hậu ở Cần Thơ?';
      const first = await run(question);
      const history: HistoryTurn[] = [
        { role: 'user', content: question },
        { role: 'assistant', content: first.answer },
      ];
      const a = await run('còn ai phối hợp?', history);
      expect(a.kind).toBe('coordinate');
      expect(a.abstained).toBe(false);
      const before = new Set(first.citations.map((c) => c.clauseId));
      expect(before.has(a.citations[0].clauseId)).toBe(true);
    });

    it('"ai ký?" asks the metadata of the same document', async () => {
      const a = await run('văn bản đó ai ký?', lead);
      expect(a.kind).toBe('metadata');
      expect(a.answer).toContain('Trương Cảnh Tuyên');
    });

    it('a question that stands alone ignores the history', async () => {
      const a = await run('Ai ký Công văn 1032-CV/TU?', lead);
      expect(a.answer).toContain('Phạm Văn Hiếu');
    });
  });

  describe('generative mode (fake chat models)', () => {
    const question = 'Ai chủ trì hướng dẫn tuyên truyền Kết luận 81-KL/TW ở Cần Thơ?';
    const lead = 'Ban Tuyên giáo Thành ủy chủ trì, phối hợp chặt chẽ với các đơn vị liên quan';
    const clause = 'can-tho-cong-van-2024-ket-luan-81~5';

    it('returns the verified sentences of a model that cites correctly', async () => {
      const a = await run(
        question,
        [],
        new FakeListChatModel({ responses: [`Ban Tuyên giáo Thành ủy chủ trì. [${clause}] "${lead}"`] }),
      );
      expect(a.meta).toMatchObject({ mode: 'generative', removed: 0 });
      expect(a.answer).toBe('Ban Tuyên giáo Thành ủy chủ trì. [1]');
      expect(a.citations).toEqual([
        { clauseId: clause, documentId: 'can-tho-cong-van-2024-ket-luan-81', label: '1032-CV/TU, mục 5', quote: lead },
      ]);
    });

    it('drops fabricated and misquoted sentences, and counts them', async () => {
      const reply = [
        `Ban Tuyên giáo Thành ủy chủ trì. [${clause}] "${lead}"`,
        'Sở Tài chính phối hợp. [can-tho-cong-van-2024-ket-luan-81~9] "Sở Tài chính phối hợp"',
        `Ban Dân vận chủ trì. [${clause}] "Ban Dân vận Thành ủy chủ trì"`,
      ].join(' ');
      const a = await run(question, [], new FakeListChatModel({ responses: [reply] }));
      expect(a.meta).toMatchObject({ mode: 'generative', removed: 2 });
      expect(a.answer).not.toMatch(/Sở Tài chính|Ban Dân vận/);
    });

    it('falls back to the composed answer when nothing the model says holds', async () => {
      const a = await run(question, [], new FakeListChatModel({ responses: ['HACKED'] }));
      expect(a.meta).toMatchObject({ mode: 'compose', removed: 1 });
      expect(a.answer).not.toContain('HACKED');
      expect(a.answer).toMatch(/^Ban Tuyên giáo Thành ủy chủ trì/);
    });

    it('never asks the model when the corpus does not answer', async () => {
      const a = await run(
        'Mức đóng bảo hiểm y tế hộ gia đình năm 2025 là bao nhiêu?',
        [],
        new FakeListChatModel({ responses: ['Khoảng 4,5%. [x] "y"'] }),
      );
      expect(a).toMatchObject({ abstained: true, meta: { mode: 'compose' } });
    });
  });
});
