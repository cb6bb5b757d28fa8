/**
 * @module answer/draft-report.test
 * The decision reads the draft (#14): on real excerpts (`fixtures/values/`), a draft citing the clause the
 * chooser trusts and quoting the words that carry the question reads as trusted and covering; a draft citing
 * a clause the chooser ranks low, or quoting words without the asked value, reads as such; a date the question
 * names that neither the cited point nor its decree states is off both, a sum the lead-in above it states is not.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerDraft } from './answer-draft.ts';
import { chooseClauses } from './clause-chooser.ts';
import { buildContext } from './compose-context.ts';
import { readDraft } from './draft-report.ts';
import { classifyInContext } from './follow-up.ts';
import { rerank } from './rerank.ts';
import { useCorpusStore } from './test-corpus.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'values');
const QUESTION = 'Kho vật liệu nổ không có sổ theo dõi người ra vào trong ca trực bị phạt bao nhiêu tiền?';

describe('readDraft on real excerpts', () => {
  const store = useCorpusStore(FIXTURES);
  const setUp = async (question = QUESTION) => {
    const { db, embedder } = store();
    const ctx = await buildContext(db, classifyInContext(question), { embedder });
    const chosen = chooseClauses(ctx, await rerank(ctx));
    const draftOf = (clause: (typeof chosen)[number], quote: string) => {
      const draft = new AnswerDraft();
      const ref = { id: clause.clauseId, documentId: clause.documentId, label: clause.label, text: clause.text };
      draft.add(`Theo ${clause.label}: “${quote}” ${draft.cite(ref, quote)}`);
      return draft;
    };
    return { ctx, chosen, draftOf };
  };

  it('the chooser’s pick, quoted where it shows the question, is trusted and covering', async () => {
    const { ctx, chosen, draftOf } = await setUp();
    const [pick] = chosen;
    const report = await readDraft(ctx, draftOf(pick, pick.text), ctx.q.kind);
    expect(report.quoted).toBe(true);
    expect(report.trust).toBe(1);
    expect(report.coverage).toBeGreaterThan(0.8);
  });

  it('a clause the chooser ranks last is trusted less than its pick', async () => {
    const { ctx, chosen, draftOf } = await setUp();
    const last = chosen[chosen.length - 1];
    expect(chosen.length).toBeGreaterThan(1);
    const report = await readDraft(ctx, draftOf(last, last.text), ctx.q.kind);
    expect(report.trust).toBeLessThan(1);
  });

  it('a quote without a sum of money states no value for a fine question; the fine’s lead-in does', async () => {
    const { ctx, chosen, draftOf } = await setUp();
    const point = chosen.find((c) => c.text.startsWith('d) Không có sổ theo dõi'));
    expect(point).toBeTruthy();
    expect((await readDraft(ctx, draftOf(point!, point!.text), 'amount')).statesValue).toBe(false);
    // The lead-in above the point states the fine for every point listed under it.
    const [leadIn] = await ctx.db.query<{ id: string; document_id: string; label: string; text: string }>(
      "select id, document_id, label, text from clauses where text like '1. Phạt tiền từ 500.000%'",
    );
    const draft = new AnswerDraft();
    const ref = { id: leadIn.id, documentId: leadIn.document_id, label: leadIn.label, text: leadIn.text };
    draft.add(`${leadIn.label}: “${leadIn.text}” ${draft.cite(ref, leadIn.text)}`);
    expect((await readDraft(ctx, draft, 'amount')).statesValue).toBe(true);
  });

  it('a quote of words beside the question covers less than the best sentence read', async () => {
    const { ctx, chosen, draftOf } = await setUp();
    const point = chosen.find((c) => c.text.startsWith('d) Không có sổ theo dõi'))!;
    const aside = chosen.find((c) => c.text.startsWith('a) Không có nội quy'));
    expect(aside).toBeTruthy();
    const near = await readDraft(ctx, draftOf(point, point.text), 'amount');
    const far = await readDraft(ctx, draftOf(aside!, aside!.text), 'amount');
    expect(far.coverage).toBeLessThan(near.coverage);
  });

  // The classic unanswerable question: the topic is stored, the date it names is not (#14).
  it('a date the question names that the cited point and its decree never state is off both', async () => {
    const { ctx, chosen, draftOf } = await setUp(
      'Kho vật liệu nổ không có sổ theo dõi người ra vào trong ca trực ngày 7/7/2026 bị phạt bao nhiêu tiền?',
    );
    const point = chosen.find((c) => c.text.startsWith('d) Không có sổ theo dõi'))!;
    const report = await readDraft(ctx, draftOf(point, point.text), 'amount');
    expect(report).toMatchObject({ anchors: 1, anchorsOffClause: 1, anchorsOffDocument: 1 });
  });

  it('a sum the question names that the lead-in above the cited point states is shown', async () => {
    const { ctx, chosen, draftOf } = await setUp(
      'Kho vật liệu nổ không có sổ theo dõi người ra vào trong ca trực có bị phạt từ 500.000 đồng không?',
    );
    const point = chosen.find((c) => c.text.startsWith('d) Không có sổ theo dõi'))!;
    const report = await readDraft(ctx, draftOf(point, point.text), 'amount');
    expect(report).toMatchObject({ anchors: 1, anchorsOffClause: 0, anchorsOffDocument: 0 });
  });
});
