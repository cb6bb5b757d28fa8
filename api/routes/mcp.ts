/**
 * @module api/routes/mcp
 * `/mcp`: the knowledge-base tools over MCP's streamable HTTP transport, stateless (a fresh server
 * and transport per request, so any API process can answer). Open to loopback clients; from any
 * other address it needs the API token, like the write routes.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import { createMcpServer } from '../../tools/mcp-server.ts';
import type { AppDeps } from '../deps.ts';
import { requireToken } from '../middleware/bearer-token.ts';

function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (/^127\./.test(address) || address === '::1' || address === '::ffff:127.0.0.1');
}

export function mcpRoutes(deps: AppDeps) {
  const guard = requireToken(deps.config.VANKIEN_API_TOKEN);
  return new Hono()
    .use('/mcp', async (c, next) => {
      let address: string | undefined;
      try {
        address = getConnInfo(c).remote.address;
      } catch {
        address = '127.0.0.1'; // in-process `app.request()` (tests): no socket, nothing remote
      }
      return isLoopback(address) ? next() : guard(c, next);
    })
    .all('/mcp', async (c) => {
      const server = createMcpServer({ db: deps.db, embedder: deps.embedder });
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      await server.connect(transport);
      try {
        return await transport.handleRequest(c.req.raw);
      } finally {
        await server.close();
      }
    });
}
