/** @module web/pages/lineage — `/lineage`: pick a document, see what it rests on and what implements it, edge by edge. */
import { api, query } from '../lib/api.js';
import { byId, debounce, el, replaceChildren } from '../lib/dom.js';
import { formatDate, t } from '../lib/i18n.js';
import { initLayout } from '../lib/layout.js';
import { documentLine, nodeName, relationName } from '../lib/labels.js';
import { drawLineage, groupEdges } from '../lib/lineage-graph.js';
import { documentOf, readerUrl } from '../lib/links.js';
import { errorNode, showEmpty, showError, showLoading } from '../lib/status.js';

initLayout();

const queryInput = /** @type {HTMLInputElement} */ (byId('doc-query'));
const direction = /** @type {HTMLSelectElement} */ (byId('direction'));
const depth = /** @type {HTMLSelectElement} */ (byId('depth'));
let current = null;
let view = null;
let searchSeq = 0;

async function searchDocuments() {
  const seq = ++searchSeq;
  const box = byId('pick-status');
  showLoading(box);
  try {
    const { documents } = await api(`/api/documents${query({ q: queryInput.value.trim() })}`);
    if (seq !== searchSeq) return;
    replaceChildren(box);
    box.removeAttribute('aria-busy');
    if (!documents.length) showEmpty(box, 'lineage.noDocuments');
    replaceChildren(
      byId('pick-results'),
      documents
        .slice(0, 50)
        .map((d) =>
          el(
            'li',
            {},
            el(
              'button',
              { type: 'button', class: 'btn btn-small', onClick: () => choose(d.id) },
              documentLine(d) || d.id,
            ),
          ),
        ),
    );
  } catch (err) {
    if (seq === searchSeq) showError(box, err, searchDocuments);
  }
}

function choose(key) {
  const url = `/lineage${query({ key, direction: direction.value, depth: depth.value })}`;
  history.pushState({ key }, '', url);
  loadGraph(key);
}

/** The node the user asked for: the first start the API resolved, else a node matching what was typed. */
function rootOf(graph, key) {
  const start = graph.start?.[0];
  return (
    graph.nodes.find((n) => n.key === start) ??
    graph.nodes.find((n) => n.key === key || n.symbol === key || n.documentId === key) ??
    graph.nodes[0]
  );
}

/** Shows the clauses behind a (grouped) edge: each with its label, quote and a link to the reader. */
function showEdge(edge, graph) {
  const box = byId('edge-detail');
  const from = graph.nodes.find((n) => n.key === edge.from);
  const to = graph.nodes.find((n) => n.key === edge.to);
  const documentId = from?.documentId ?? null;
  const citations = edge.citations.map((c) => {
    const label = el('strong', {}, c.clauseId);
    api(`/api/clauses/${encodeURIComponent(c.clauseId)}`)
      .then((clause) => {
        label.textContent = clause.label;
      })
      .catch(() => {
        // The id stays shown; the link still works.
      });
    return el(
      'li',
      {},
      label,
      c.basis ? [' ', el('span', { class: 'badge' }, t('lineage.basis'))] : null,
      c.quote ? el('blockquote', {}, `“${c.quote}”`) : null,
      el('a', { href: readerUrl(documentId ?? documentOf(c.clauseId), c.clauseId, c.quote) }, t('lineage.openClause')),
    );
  });
  replaceChildren(
    box,
    el(
      'p',
      {},
      el('strong', {}, nodeName(from ?? { key: edge.from })),
      ` ${relationName(edge.relation)} `,
      el('strong', {}, nodeName(to ?? { key: edge.to })),
    ),
    citations.length
      ? el('ol', { class: 'edge-citations' }, citations)
      : el('p', { class: 'status-empty' }, t('lineage.noClause')),
  );
  box.focus({ preventScroll: true });
}

function renderEdgeList(graph) {
  const names = new Map(graph.nodes.map((n) => [n.key, nodeName(n)]));
  if (!graph.edges.length) {
    return replaceChildren(byId('edge-list'), el('li', { class: 'status-empty' }, t('lineage.noEdges')));
  }
  replaceChildren(
    byId('edge-list'),
    graph.edges.map((e, i) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'btn btn-small', dataset: { edge: String(i) }, onClick: () => view?.select(i) },
          `${names.get(e.from) ?? e.from} → ${relationName(e.relation)} → ${names.get(e.to) ?? e.to}`,
          e.citations.length > 1 ? ` (${t('lineage.clauses', { n: e.citations.length })})` : '',
        ),
      ),
    ),
  );
}

function renderTimeline(graph) {
  const nodes = [...graph.nodes].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  replaceChildren(
    byId('timeline'),
    nodes.map((n) =>
      el(
        'li',
        { class: n.inCorpus || n.documentId ? 'corpus' : 'external' },
        el('span', { class: 'timeline-date' }, formatDate(n.date) || t('lineage.undated')),
        n.documentId ? el('a', { href: readerUrl(n.documentId) }, nodeName(n)) : el('strong', {}, nodeName(n)),
        n.issuer ? el('span', { class: 'muted' }, ` · ${n.issuer}`) : null,
        n.title || n.subject ? el('div', { class: 'hint' }, n.title || n.subject) : null,
        n.documentId ? null : el('span', { class: 'badge' }, t('lineage.external')),
      ),
    ),
  );
}

async function loadGraph(key) {
  current = key;
  const section = byId('graph-section');
  const box = byId('graph-status');
  section.classList.remove('hidden');
  byId('graph-heading').textContent = t('lineage.graphOf', { name: key });
  showLoading(box);
  view?.cy.destroy();
  view = null;
  try {
    const raw = await api(
      `/api/lineage/${encodeURIComponent(key)}${query({ direction: direction.value, depth: depth.value })}`,
    );
    const graph = { ...raw, edges: groupEdges(raw.edges) };
    if (current !== key) return;
    replaceChildren(box);
    box.removeAttribute('aria-busy');
    const root = rootOf(graph, key);
    byId('graph-heading').textContent = t('lineage.graphOf', { name: root ? nodeName(root) : key });
    byId('lineage-panels').classList.remove('hidden');
    replaceChildren(byId('edge-detail'), el('p', { class: 'status-empty' }, t('lineage.edgeNone')));
    renderEdgeList(graph);
    renderTimeline(graph);
    try {
      view = drawLineage(byId('graph'), graph, root?.key, (edge) => showEdge(edge, graph));
      /** For tests and the console: the drawn graph. */
      window.vankienGraph = view.cy;
    } catch (err) {
      replaceChildren(box, errorNode(err));
    }
  } catch (err) {
    if (current === key) {
      showError(box, err, () => loadGraph(key));
      byId('lineage-panels').classList.add('hidden');
    }
  }
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  if (params.get('direction')) direction.value = params.get('direction');
  if (params.get('depth')) depth.value = params.get('depth');
  const key = params.get('key');
  if (key) loadGraph(key);
}

queryInput.addEventListener('input', debounce(searchDocuments, 250));
byId('pick-form').addEventListener('submit', (e) => {
  e.preventDefault();
  searchDocuments();
});
for (const select of [direction, depth]) select.addEventListener('change', () => current && choose(current));
window.addEventListener('popstate', fromUrl);
window.addEventListener('langchange', () => current && loadGraph(current));
searchDocuments();
fromUrl();
