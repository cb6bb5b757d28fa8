/**
 * @module tools/mcp-server
 * The knowledge-base tools as a Model Context Protocol server, for desktop assistants and IDEs:
 * the same definitions as the LangChain tools, served over stdio (`npm run mcp`) or streamable HTTP
 * (`/mcp` on the running API server).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { KB_TOOLS, type KbTool, type ToolDeps, ToolInputError } from './kb-tools.ts';

export const MCP_SERVER_INFO = { name: 'vankien', version: '0.1.0' } as const;

/**
 * One MCP server with every knowledge-base tool registered. A tool's result is JSON text (and the
 * same object as structured content); input naming nothing stored is a tool error the model reads.
 */
export function createMcpServer(deps: ToolDeps): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions:
      'Vietnamese Party and State documents, clause by clause. Cite a clause by its clauseId with an exact quote ' +
      'from its text; use ask for direct questions, search_clauses to explore, lineage for what implements what.',
  });
  for (const tool of KB_TOOLS as readonly KbTool[]) {
    server.registerTool(
      tool.name,
      { title: tool.title, description: tool.description, inputSchema: tool.input.shape },
      async (args: unknown) => {
        try {
          const result = (await tool.run(deps, tool.input.parse(args))) as Record<string, unknown>;
          return { content: [{ type: 'text' as const, text: JSON.stringify(result) }], structuredContent: result };
        } catch (err) {
          if (!(err instanceof ToolInputError)) throw err;
          return { content: [{ type: 'text' as const, text: err.message }], isError: true };
        }
      },
    );
  }
  return server;
}
