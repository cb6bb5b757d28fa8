/** @module web/lib/highlight — finds a quote in clause text (exactly, or ignoring case and spacing) and marks it. */
import { el } from './dom.js';

/** Lowercased NFC text with whitespace runs collapsed, and for each char the index in the original. */
function normalizeWithMap(text) {
  let out = '';
  const map = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      lastSpace = true;
      out += ' ';
      map.push(i);
    } else {
      lastSpace = false;
      const low = ch.toLowerCase();
      // Keep one output char per input char so the map stays aligned.
      out += low.length === 1 ? low : ch;
      map.push(i);
    }
  }
  return { out, map };
}

/**
 * Where `quote` stands in `text`: exact first, then ignoring case and whitespace differences.
 * @returns {{ start: number, end: number } | null}
 */
export function findQuote(text, quote) {
  if (!quote || !text) return null;
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const t = normalizeWithMap(text.normalize('NFC'));
  const q = normalizeWithMap(quote.normalize('NFC').trim()).out;
  if (!q) return null;
  const at = t.out.indexOf(q);
  if (at < 0 || text.normalize('NFC').length !== text.length) return null;
  const start = t.map[at];
  const end = t.map[at + q.length - 1] + 1;
  return { start, end };
}

/**
 * Renders `text` as nodes: `links` ranges become anchors (`{start,end,href,title}`), `marks` ranges
 * become <mark>. Ranges are offsets into `text`; overlapping links are dropped, marks may cross links.
 * @param {string} text
 * @param {{ links?: Array<{start:number,end:number,href:string,title?:string,className?:string}>, marks?: Array<{start:number,end:number}> }} ranges
 * @returns {Node[]}
 */
export function renderAnnotated(text, { links = [], marks = [] }) {
  const sorted = [...links].sort((a, b) => a.start - b.start);
  const kept = [];
  let last = 0;
  for (const l of sorted) {
    if (l.start < last || l.end <= l.start || l.end > text.length) continue;
    kept.push(l);
    last = l.end;
  }
  const nodes = [];
  let pos = 0;
  for (const l of kept) {
    if (l.start > pos) nodes.push(...marked(text, pos, l.start, marks));
    nodes.push(
      el('a', { href: l.href, class: l.className ?? 'ref', title: l.title }, marked(text, l.start, l.end, marks)),
    );
    pos = l.end;
  }
  if (pos < text.length) nodes.push(...marked(text, pos, text.length, marks));
  return nodes;
}

/** The slice [from, to) of `text` as text nodes, with the parts inside `marks` wrapped in <mark>. */
function marked(text, from, to, marks) {
  const cuts = new Set([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const inMark = marks.some((m) => m.start <= a && m.end >= b);
    out.push(inMark ? el('mark', { class: 'quote-mark' }, piece) : document.createTextNode(piece));
  }
  return out;
}
