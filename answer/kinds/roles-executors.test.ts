/**
 * @module answer/kinds/roles-executors.test
 * Who carries a decision out: a Sở's Quyết định (QĐ 3770, a real fresh-dev archive file) names them in its closing
 * article (`Các ông (bà) Chánh Văn phòng, … căn cứ Quyết định thi hành`, NĐ 30/2020); the answer says they execute
 * it, not that they lead a task.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerDraft } from '../answer-draft.ts';
import { classifyQuestion } from '../classify.ts';
import { buildContext } from '../compose-context.ts';
import { useCorpusStore } from '../test-corpus.ts';
import { answerRoles } from './roles.ts';

describe('the executors of a decision', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, '..', 'fixtures', 'executors'));

  it('are answered from the closing article, as executing it', async () => {
    const { db, embedder } = store();
    const question =
      'Ai chịu trách nhiệm thi hành quyết định công nhận kết quả huấn luyện cho người quản lý VLNCN của Công ty VLXD Miền Bắc?';
    const draft = await answerRoles(await buildContext(db, classifyQuestion(question), { embedder }));
    expect(draft instanceof AnswerDraft ? draft.text : null).toMatch(
      /^Chánh Văn phòng, Trưởng phòng Quản lý công nghiệp - Sở Công Thương và ông Đặng Văn Thức chịu trách nhiệm thi hành\./u,
    );
  });
});
