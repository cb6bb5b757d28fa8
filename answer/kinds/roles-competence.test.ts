/**
 * @module answer/kinds/roles-competence.test
 * A "who issues it" question on a decree that states the competence once (Nghị định 139/2025/NĐ-CP, a real dev
 * archive file: `Thẩm quyền cấp … Giấy phép bán lẻ sản phẩm thuốc lá … do Ủy ban nhân dân cấp xã thực hiện`) while
 * the clauses a search finds for the licence in a crowded store are its conditions and files, which name nobody:
 * the lead comes from the clause of the same document that names one for the topic.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerDraft } from '../answer-draft.ts';
import { classifyQuestion } from '../classify.ts';
import { responsibilitiesOf } from '../clause-facts.ts';
import { buildContext } from '../compose-context.ts';
import { useCorpusStore } from '../test-corpus.ts';
import { answerRoles } from './roles.ts';

describe('a lead stated elsewhere in the document the search found', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, '..', 'fixtures', 'competence'));

  it.each([
    'Thương nhân muốn xin giấy phép bán lẻ thuốc lá thì cơ quan nào cấp?',
    'Which authority grants a retail licence for tobacco products now?',
  ])('%s', async (question) => {
    const { db, embedder } = store();
    const ctx = await buildContext(db, classifyQuestion(question), { embedder });
    // What the search of a crowded store keeps: only the licence's clauses that name no lead.
    const facts = await responsibilitiesOf(
      db,
      ctx.retrieved.map((r) => r.clauseId),
    );
    ctx.retrieved = ctx.retrieved.filter((r) => !(facts.get(r.clauseId) ?? []).some((f) => f.role === 'lead'));
    expect(ctx.retrieved.length).toBeGreaterThan(0);
    const draft = await answerRoles(ctx);
    expect(draft instanceof AnswerDraft ? draft.text : null).toMatch(/^Ủy ban nhân dân (?:cấp )?xã/u);
  });
});
