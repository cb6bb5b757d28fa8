/**
 * @module api/routes/reference-page
 * `GET /api/docs`: a browsable API reference rendered on the server from the OpenAPI document
 * (no CDN viewer: the service runs offline).
 */

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

/** HTML for the reference page of an OpenAPI document. */
export function renderReference(spec: { paths?: Record<string, Record<string, Operation>> }): string {
  const paths = spec.paths ?? {};
  const rows = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map((p) => `${p.name} (${p.in}${p.required ? ', required' : ''})`)
        .join(', ');
      const body = op.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => `${status} ${r.description ?? ''}`)
        .join('; ');
      return `<tr><td><code>${escapeHtml(method.toUpperCase())}</code></td><td><code>${escapeHtml(path)}</code></td>
<td>${escapeHtml(op.summary ?? op.description ?? (op.tags ?? []).join(', '))}</td><td>${escapeHtml(params)}</td>
<td><details><summary>schema</summary><pre>${escapeHtml(JSON.stringify(body ?? null, null, 2))}</pre></details></td>
<td>${escapeHtml(responses)}</td></tr>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vankien API reference</title>
<link rel="stylesheet" href="/assets/css/app.css"></head><body><main class="reference">
<h1>vankien API reference</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Errors are <code>{ "error": { "code", "message" } }</code>. Write routes need <code>Authorization: Bearer &lt;VANKIEN_API_TOKEN&gt;</code>.</p>
<table><thead><tr><th>method</th><th>path</th><th>what</th><th>parameters</th><th>body</th><th>responses</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></main></body></html>`;
}
