/**
 * @module app/mcp-stdio
 * `npm run mcp`: the knowledge base as an MCP server over stdio, for a desktop assistant or an IDE
 * that starts it as a child process. It serves the store the configuration names (VANKIEN_DATA or
 * DATABASE_URL) as it is — ingest with `npm run ingest` first. Standard output carries the protocol;
 * messages for people go to standard error.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createChatModel } from '../answer/chat-model.ts';
import { loadConfig } from '../core/config.ts';
import { openServices } from './services.ts';
import { createMcpServer } from '../tools/mcp-server.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await openServices(config);
  const server = createMcpServer({ db: services.db, embedder: services.embedder, chat: createChatModel(config) });
  await server.connect(new StdioServerTransport());
  console.error(`vankien MCP server on stdio (store: ${services.db.kind})`);
  const stop = async () => {
    await server.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdin.on('close', stop);
}

main().catch((err) => {
  console.error(`vankien MCP server failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
