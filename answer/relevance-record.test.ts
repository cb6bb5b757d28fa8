/**
 * @module answer/relevance-record.test
 * Words that name the document (its type, number, issuer, place, year) stand in the document's record,
 * not in the clause: the relevance check reads the record and the clause's headings, so a question that
 * names its document that way is not judged a weak match (nor declined by the abstain model).
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from './compose-context.ts';
import { classifyInContext } from './follow-up.ts';
import { abstainReason } from './abstain-model.ts';
import { assessRelevance } from './relevance.ts';
import { useCorpusStore } from './test-corpus.ts';

describe('coverage with the document record', () => {
  const store = useCorpusStore();

  it.each([
    // `nq 12 soc trang`: the resolution's type, number and province are in its record; the clause has the rest.
    'nq 12 soc trang nuoc sach nong thon bao nhieu phan tram',
  ])('%s', async (question) => {
    const { db, embedder } = store();
    const context = await buildContext(db, classifyInContext(question), { embedder });
    const report = await assessRelevance(context);
    expect(report.coverage).toBeGreaterThanOrEqual(0.5);
    expect(abstainReason(report, context.q.kind)).toBeNull();
  });

  it('reads a pair of the question in the document title (`xanh sach` of `Cần Thơ xanh - sạch`)', async () => {
    const { db, embedder } = store();
    const question = 'ai chi dao ubnd can tho lap ke hoach chuong trinh xanh sach';
    const report = await assessRelevance(await buildContext(db, classifyInContext(question), { embedder }));
    expect(report.strangePairs).not.toContain('xanh sach');
  });
});
