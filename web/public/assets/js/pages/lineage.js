/** @module web/pages/lineage — `/lineage`: pick a document, see what it rests on and what implements it, edge by edge. */
import { api, query } from '../lib/api.js';
import { byId, debounce, el, replaceChildren } from '../lib/dom.js';
import { formatDate, t } from '../lib/i18n.js';
import { initLayout } from '../lib/layout.js';
import { documentLine, nodeName, relationName } from '../lib/labels.js';
import { drawLineage, groupEdges, layeredPositions, withoutEnded } from '../lib/lineage-graph.js';
import { documentOf, readerUrl } from '../lib/links.js';
import { errorNode, showEmpty, showError, showLoading } from '../lib/status.js';
import { statusBadge } from '../lib/validity.js';

initLayout();

const queryInput = /** @type {HTMLInputElement} */ (byId('doc-query'));
const direction = /** @type {HTMLSelectElement} */ (byId('direction'));
const depth = /** @type {HTMLSelectElement} */ (byId('depth'));
const hideEnded = /** @type {HTMLInputElement} */ (byId('hide-ended'));
let current = null;
let view = null;
let searchSeq = 0;
/** The last graph fetched (edges grouped) and its root, redrawn when the filter or the view changes. */
let shown = null;
/** 'graph' or 'list'; a phone starts with the list, where labels do not have to share a small canvas. */
let mode = window.matchMedia('(max-width: 640px)').matches ? 'list' : 'graph';

/** A picker entry: a stored document, or a document known only from citations (marked as such). */
function pickItem(label, key, cited) {
  return el(
    'li',
    {},
    el(
      'button',
      { type: 'button', class: 'btn btn-small', dataset: { key }, onClick: () => choose(key) },
      label,
      cited ? [' ', el('span', { class: 'badge' }, t('lineage.citedOnly'))] : null,
    ),
  );
}

async function searchDocuments() {
  const seq = ++searchSeq;
  const box = byId('pick-status');
  showLoading(box);
  try {
    const q = queryInput.value.trim();
    // Documents only cited (a decree nobody stored) are offered too, once something is typed.
    const [{ documents }, cited] = await Promise.all([
      api(`/api/documents${query({ q })}`),
      q ? api(`/api/cited-documents${query({ q, limit: 20 })}`) : Promise.resolve({ documents: [] }),
    ]);
    if (seq !== searchSeq) return;
    replaceChildren(box);
    box.removeAttribute('aria-busy');
    if (!documents.length && !cited.documents.length) showEmpty(box, 'lineage.noDocuments');
    replaceChildren(byId('pick-results'), [
      ...documents.slice(0, 50).map((d) => pickItem(documentLine(d) || d.id, d.id, false)),
      ...cited.documents.map((d) => pickItem(documentLine(d) || d.key, d.key, true)),
    ]);
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
          {
            type: 'button',
            class: 'btn btn-small',
            dataset: { edge: String(i) },
            onClick: () => (view ? view.select(i) : showEdge(e, graph)),
          },
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
        n.documentId ? null : [' ', el('span', { class: 'badge' }, t('lineage.external'))],
        n.status && n.status !== 'unknown' ? [' ', statusBadge(n.status)] : null,
      ),
    ),
  );
}

/** Recentres the explorer on a node: its own lineage, same direction and depth. */
function recentre(node) {
  choose(node.documentId ?? node.key);
}

/** Opens a stored document in the reader; a document only cited has no text, so it is recentred instead. */
function open(node) {
  if (node.documentId) location.assign(readerUrl(node.documentId));
  else recentre(node);
}

/**
 * The list view: every document of the graph, top layer first, with its status, what it does to the
 * others, and buttons to recentre on it or open it. Readable on a phone, where graph labels are not.
 */
function renderNodeList(graph, rootKey) {
  const at = layeredPositions(graph);
  const names = new Map(graph.nodes.map((n) => [n.key, nodeName(n)]));
  const nodes = [...graph.nodes].sort(
    (a, b) => (at.get(a.key)?.y ?? 0) - (at.get(b.key)?.y ?? 0) || (at.get(a.key)?.x ?? 0) - (at.get(b.key)?.x ?? 0),
  );
  replaceChildren(
    byId('node-list'),
    nodes.map((n) =>
      el(
        'li',
        { class: `node-item${n.key === rootKey ? ' is-root' : ''}`, dataset: { key: n.key } },
        el(
          'p',
          { class: 'node-item-head' },
          el('strong', {}, nodeName(n)),
          n.date ? el('span', { class: 'muted' }, ` · ${formatDate(n.date)}`) : null,
          n.documentId ? null : [' ', el('span', { class: 'badge' }, t('lineage.external'))],
          n.status && n.status !== 'unknown' ? [' ', statusBadge(n.status)] : null,
        ),
        n.title ? el('p', { class: 'hint' }, n.title) : null,
        el(
          'ul',
          { class: 'node-item-edges' },
          graph.edges
            .filter((e) => e.from === n.key)
            .map((e) => el('li', {}, `→ ${relationName(e.relation)} ${names.get(e.to) ?? e.to}`)),
        ),
        el(
          'p',
          { class: 'toolbar' },
          n.key === rootKey
            ? null
            : el(
                'button',
                { type: 'button', class: 'btn btn-small', onClick: () => recentre(n) },
                t('lineage.recentre'),
              ),
          n.documentId ? el('a', { class: 'btn btn-small', href: readerUrl(n.documentId) }, t('lineage.open')) : null,
        ),
      ),
    ),
  );
}

/** Draws the last graph fetched, as a graph or a list, with or without the documents no longer in force. */
function draw() {
  if (!shown) return;
  const graph = hideEnded.checked ? withoutEnded(shown.graph, shown.rootKey) : shown.graph;
  const box = byId('graph-status');
  view?.cy.destroy();
  view = null;
  byId('graph').classList.toggle('hidden', mode !== 'graph');
  byId('node-list').classList.toggle('hidden', mode !== 'list');
  byId('graph-hint').classList.toggle('hidden', mode !== 'graph');
  for (const b of document.querySelectorAll('[data-view]')) {
    b.setAttribute('aria-pressed', String(/** @type {HTMLElement} */ (b).dataset.view === mode));
  }
  renderEdgeList(graph);
  renderTimeline(graph);
  renderNodeList(graph, shown.rootKey);
  if (mode !== 'graph') return;
  try {
    view = drawLineage(byId('graph'), graph, shown.rootKey, {
      edge: (edge) => showEdge(edge, graph),
      node: recentre,
      open,
    });
    /** For tests and the console: the drawn graph. */
    window.vankienGraph = view.cy;
  } catch (err) {
    replaceChildren(box, errorNode(err));
  }
}

async function loadGraph(key) {
  current = key;
  const section = byId('graph-section');
  const box = byId('graph-status');
  section.classList.remove('hidden');
  section.classList.remove('is-empty');
  byId('graph-heading').textContent = t('lineage.graphOf', { name: key });
  showLoading(box);
  view?.cy.destroy();
  view = null;
  shown = null;
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
    shown = { graph, rootKey: root?.key };
    draw();
  } catch (err) {
    if (current === key) {
      byId('lineage-panels').classList.add('hidden');
      if (err?.status === 404) {
        // A symbol nobody stored or cited (a typo, a link from elsewhere): say so in the user's words, and
        // leave no empty graph box, legend or retry button that suggest something is still coming.
        section.classList.add('is-empty');
        box.removeAttribute('aria-busy');
        replaceChildren(box, el('p', { class: 'status status-empty', role: 'alert' }, t('lineage.notFound', { key })));
        byId('doc-query').focus();
        return;
      }
      showError(box, err, () => loadGraph(key));
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
hideEnded.addEventListener('change', draw);
for (const b of document.querySelectorAll('[data-view]')) {
  b.addEventListener('click', () => {
    mode = /** @type {HTMLElement} */ (b).dataset.view === 'list' ? 'list' : 'graph';
    draw();
  });
}
window.addEventListener('popstate', fromUrl);
window.addEventListener('langchange', () => current && loadGraph(current));
searchDocuments();
fromUrl();
