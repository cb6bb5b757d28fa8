/**
 * @module tools/agent.test
 * The knowledge-base tools through LangChain, and the agent mode with a fake tool-calling model:
 * it calls the tools, cites what a tool returned, and a made-up citation is caught.
 */
import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../answer/test-store.ts';
import { verifyCitations } from '../answer/verify-citations.ts';
import { agentAnswer, askWithAgent } from './agent.ts';
import { KB_TOOLS } from './kb-tools.ts';
import { langchainTools } from './langchain-tools.ts';

describe('LangChain tools', () => {
  const store = useTestStore();

  it('has one LangChain tool per knowledge-base tool, with its name and schema', () => {
    const tools = langchainTools({ db: store().db });
    expect(tools.map((t) => t.name)).toEqual(KB_TOOLS.map((t) => t.name));
    expect(tools.every((t) => t.description.length > 40)).toBe(true);
  });

  it('search_clauses returns clause ids, labels and texts from the store', async () => {
    const search = langchainTools({ db: store().db }).find((t) => t.name === 'search_clauses')!;
    const out = JSON.parse(String(await search.invoke({ query: 'tỷ lệ che phủ rừng', k: 3 })));
    expect(out.results.length).toBeGreaterThan(0);
    const ids = new Set(store().clauses.map((c) => c.id));
    expect(out.results.some((r: { clauseId: string }) => ids.has(r.clauseId))).toBe(true);
  });

  it('get_clause on an unknown id answers with an error the model can read', async () => {
    const get = langchainTools({ db: store().db }).find((t) => t.name === 'get_clause')!;
    const out = JSON.parse(String(await get.invoke({ clauseId: 'nope~1' })));
    expect(out.error).toMatch(/no clause with id "nope~1"/);
  });
});

describe('agentAnswer', () => {
  const store = useTestStore();

  /** The model's last step: cite the first clause the search tool returned, and add a fabricated one. */
  const citeFromTool = (messages: BaseMessage[]) => {
    const toolResult = messages.filter((m) => m instanceof ToolMessage).pop();
    const { results } = JSON.parse(String(toolResult?.content));
    const first = results[0] as { clauseId: string; text: string };
    const quote = first.text.slice(0, 40);
    return new AIMessage(
      `Văn bản nêu rõ nội dung này. [${first.clauseId}] "${quote}" ` +
        'Bộ Chính trị chủ trì. [doc-a~XIV-9] "Bộ Chính trị chủ trì thực hiện"',
    );
  };

  it('calls the tools, keeps the citation that holds and removes the made-up one', async () => {
    const { db } = store();
    const model = fakeModel()
      .respondWithTools([{ name: 'search_clauses', args: { query: 'che phủ rừng', k: 3 } }])
      .respond(citeFromTool);
    const r = await agentAnswer({ db }, model, 'Ai chủ trì nâng tỷ lệ che phủ rừng?');
    expect(r.toolCalls).toEqual(['search_clauses']);
    expect(r.removed).toBe(1);
    expect(r.citations).toHaveLength(1);
    expect(r.answer).toMatch(/^Văn bản nêu rõ nội dung này\. \[1\]$/);
    expect((await verifyCitations(db, r.citations)).rejected).toEqual([]);
  });

  it('says no answer when the model says the tools do not answer', async () => {
    const model = fakeModel().respond(new AIMessage('NO_ANSWER'));
    const r = await agentAnswer({ db: store().db }, model, 'Giá cát mỗi khối là bao nhiêu?');
    expect(r.noAnswer).toBe(true);
    expect(r.citations).toEqual([]);
  });
});

describe('askWithAgent (POST /api/ask in agent mode)', () => {
  const store = useTestStore();

  it('answers in agent mode when the agent keeps a verified sentence', async () => {
    const { db, clauses } = store();
    const item = clauses.find((c) => c.text.includes('chủ trì'))!;
    const model = fakeModel().respond(
      new AIMessage(`Ủy ban nhân dân thành phố chủ trì. [${item.id}] "Ủy ban nhân dân thành phố chủ trì thực hiện"`),
    );
    const a = await askWithAgent({ db }, model, { question: 'Ai chủ trì nâng tỷ lệ che phủ rừng?' });
    expect(a.meta.mode).toBe('agent');
    expect(a.citations.map((c) => c.clauseId)).toEqual([item.id]);
  });

  it('falls back to the composed answer when every agent citation is made up', async () => {
    const model = fakeModel().respond(
      new AIMessage('Bộ Chính trị chủ trì. [doc-a~XIV-9] "Bộ Chính trị chủ trì thực hiện"'),
    );
    const a = await askWithAgent({ db: store().db }, model, { question: 'Ai chủ trì nâng tỷ lệ che phủ rừng?' });
    expect(a.meta.mode).toBe('compose');
    expect(a.meta.removed).toBeGreaterThanOrEqual(1);
    expect(a.citations.every((c) => c.clauseId !== 'doc-a~XIV-9')).toBe(true);
  });
});
