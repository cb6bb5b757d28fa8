/** @module web/lib/lineage-graph — draws a lineage graph with cytoscape (loaded as a vendored global). */
import { formatDate } from './i18n.js';
import { nodeName, relationName } from './labels.js';
import { statusName, statusTone } from './validity.js';

/** A tap waits this long for a second tap: a double tap opens the document instead of recentring. */
const DOUBLE_TAP_MS = 320;

/** Vertical distance between layers, in graph units. */
export const LAYER_GAP = 230;

export const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      // An edge into a node passes under the label below it ("Kết luận 8|1-KL/TW"): a white box keeps it legible.
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1d1f24',
      width: 26,
      height: 26,
      'background-color': '#a4161a',
      'border-width': 2,
      'border-color': '#7d0f12',
    },
  },
  {
    selector: 'node.external',
    style: { 'background-color': '#ffffff', 'border-style': 'dashed', 'border-color': '#8a8f98', color: '#4a4f5a' },
  },
  {
    selector: 'node.tone-ended',
    style: {
      'background-color': '#e5e7eb',
      'border-color': '#b42318',
      'border-style': 'double',
      'border-width': 4,
      color: '#6b7280',
    },
  },
  {
    selector: 'node.tone-changed',
    style: { 'border-color': '#9a6700', 'border-width': 4 },
  },
  {
    selector: 'node.root',
    style: { 'background-color': '#ffd54a', 'border-color': '#a4161a', 'border-width': 4, width: 34, height: 34 },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#4a4f5a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-rotation': 'autorotate',
      width: 2,
      'line-color': '#9aa3ad',
      'target-arrow-color': '#9aa3ad',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  {
    selector: 'edge.selected',
    style: { width: 4, 'line-color': '#1a73e8', 'target-arrow-color': '#1a73e8', color: '#0b4f8a' },
  },
];

/**
 * Merges parallel citations (same citing and cited node, same relation) into one edge carrying every
 * citing clause, basis citations first: a document citing another in five clauses is one arrow.
 * @returns {Array<{ from: string, to: string, relation: string, basis: boolean, citations: Array<{ clauseId: string, quote: string | null, basis: boolean }> }>}
 */
export function groupEdges(edges) {
  const groups = new Map();
  for (const e of edges) {
    const key = JSON.stringify([e.from, e.to, e.relation]);
    const g = groups.get(key) ?? { from: e.from, to: e.to, relation: e.relation, basis: false, citations: [] };
    g.basis = g.basis || Boolean(e.basis);
    if (e.clauseId) g.citations.push({ clauseId: e.clauseId, quote: e.quote ?? null, basis: Boolean(e.basis) });
    groups.set(key, g);
  }
  for (const g of groups.values()) g.citations.sort((a, b) => Number(b.basis) - Number(a.basis));
  return [...groups.values()];
}

/**
 * Positions in layers: documents citing nothing in the graph on top, each citing document one layer below
 * the lowest document it cites; within a layer, older documents first.
 * @returns {Map<string, { x: number, y: number }>}
 */
export function layeredPositions(graph) {
  const cites = new Map(graph.nodes.map((n) => [n.key, []]));
  for (const e of graph.edges) cites.get(e.from)?.push(e.to);
  const level = new Map();
  const visiting = new Set();
  const depth = (key) => {
    if (level.has(key)) return level.get(key);
    if (visiting.has(key)) return 0; // a citation cycle: cut it here
    visiting.add(key);
    const below = (cites.get(key) ?? []).map(depth);
    visiting.delete(key);
    const d = below.length ? Math.max(...below) + 1 : 0;
    level.set(key, d);
    return d;
  };
  const layers = [];
  for (const n of graph.nodes) {
    const d = depth(n.key);
    layers[d] = [...(layers[d] ?? []), n];
  }
  const positions = new Map();
  layers.forEach((layer, y) => {
    layer.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key));
    // A wide layer is staggered so its labels do not collide and the graph is not shrunk to fit.
    const wide = layer.length > 4;
    const step = wide ? 150 : 230;
    for (const [x, n] of layer.entries()) {
      // Layers far enough apart that an edge's label ("triển khai thực hiện ×6", ~130 px upright) fits
      // between a node's two-line label and the next node.
      positions.set(n.key, { x: (x - (layer.length - 1) / 2) * step, y: y * LAYER_GAP + (wide && x % 2 ? 70 : 0) });
    }
  });
  return positions;
}

/**
 * A node's label: its name and date, and its status when it no longer simply applies (replaced, amended, …).
 * @example nodeLabel({ symbol: '163/2013/NĐ-CP', type: 'ND', date: '2013-11-12', status: 'replaced' }) // 'Nghị định 163/2013/NĐ-CP\n12/11/2013\nĐã bị thay thế'
 */
export function nodeLabel(node) {
  const tone = statusTone(node.status);
  const status = tone === 'ended' || tone === 'changed' || tone === 'pending' ? statusName(node.status) : '';
  return [nodeName(node), formatDate(node.date), status].filter(Boolean).join('\n');
}

/**
 * The graph without the documents known to be no longer in force (replaced, repealed, expired, suspended)
 * and the edges that touch them; the root always stays. Unknown statuses stay: nothing says they ended.
 */
export function withoutEnded(graph, rootKey) {
  const gone = new Set(
    graph.nodes.filter((n) => n.key !== rootKey && statusTone(n.status) === 'ended').map((n) => n.key),
  );
  if (!gone.size) return graph;
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !gone.has(n.key)),
    edges: graph.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to)),
  };
}

/**
 * Draws `graph` ({nodes, edges}, edges grouped by `groupEdges`) into `container`. `on.edge(edge)` is called
 * when an edge is clicked, `on.node(node)` when a node is tapped once, `on.open(node)` on a double tap.
 * @returns {{ cy: any, select(index: number): void }}
 */
export function drawLineage(container, graph, rootKey, on) {
  const cytoscape = /** @type {any} */ (window).cytoscape;
  if (typeof cytoscape !== 'function') throw new Error('cytoscape did not load');
  const at = layeredPositions(graph);
  // Two layers need less room than a long chain: the box height follows the layers.
  container.classList.toggle('graph-short', new Set([...at.values()].map((p) => p.y)).size <= 2);
  const elements = [
    ...graph.nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.key, label: nodeLabel(n), status: n.status ?? 'unknown' },
      position: at.get(n.key),
      classes: [
        n.inCorpus || n.documentId ? 'corpus' : 'external',
        n.key === rootKey ? 'root' : '',
        `tone-${statusTone(n.status)}`,
      ]
        .join(' ')
        .trim(),
    })),
    ...graph.edges.map((e, i) => ({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: e.from,
        target: e.to,
        label:
          e.citations?.length > 1 ? `${relationName(e.relation)} ×${e.citations.length}` : relationName(e.relation),
        index: i,
      },
    })),
  ];
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: { name: 'preset', fit: true, padding: 40 },
    minZoom: 0.3,
    maxZoom: 2.5,
  });
  // A small graph would be blown up to fill the box: keep text at reading size.
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center();
  }
  const select = (index) => {
    cy.edges().removeClass('selected');
    const edge = cy.getElementById(`e${index}`);
    edge.addClass('selected');
    on.edge(graph.edges[index], index);
  };
  cy.on('tap', 'edge', (evt) => select(evt.target.data('index')));
  const nodeOf = (evt) => graph.nodes.find((n) => n.key === evt.target.id());
  let pending = null;
  cy.on('tap', 'node', (evt) => {
    const node = nodeOf(evt);
    clearTimeout(pending);
    pending = setTimeout(() => node && on.node?.(node), DOUBLE_TAP_MS);
  });
  cy.on('dbltap', 'node', (evt) => {
    clearTimeout(pending);
    const node = nodeOf(evt);
    if (node) on.open?.(node);
  });
  return { cy, select };
}
