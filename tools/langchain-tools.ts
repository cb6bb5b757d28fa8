/**
 * @module tools/langchain-tools
 * The knowledge-base tools as LangChain `tool()`s, for an agent (`agent.ts`) or any LangChain app.
 * A tool answers with JSON text; input that names nothing stored gets a message the model can act on.
 */
import { tool } from '@langchain/core/tools';
import { KB_TOOLS, type KbTool, ToolInputError, type ToolDeps } from './kb-tools.ts';

/** Runs one tool and turns what the model asked wrong into text it can read. */
export async function runToolAsText(kb: KbTool, deps: ToolDeps, args: unknown): Promise<string> {
  try {
    return JSON.stringify(await kb.run(deps, kb.input.parse(args)));
  } catch (err) {
    if (err instanceof ToolInputError) return JSON.stringify({ error: err.message });
    throw err;
  }
}

/**
 * @example const tools = langchainTools({ db, embedder }); await tools[0].invoke({ query: 'khai thác cát' })
 */
export function langchainTools(deps: ToolDeps) {
  return KB_TOOLS.map((kb) =>
    tool(async (args: unknown) => runToolAsText(kb as unknown as KbTool, deps, args), {
      name: kb.name,
      description: kb.description,
      schema: kb.input,
    }),
  );
}
