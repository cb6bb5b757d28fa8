/** @module web/lib/reader-clauses — the clause tree: outline, clause text with reference links and highlights, facts beside. */
import { el } from './dom.js';
import { formatDate, t } from './i18n.js';
import { findQuote, renderAnnotated } from './highlight.js';
import { comparatorName, nodeName, relationName, roleName, targetValue, targetWhen } from './labels.js';
import { lineageUrl, readerUrl } from './links.js';
import { changedByList, effectiveLine, statusBadge } from './validity.js';

/** Groups items by their `clauseId`. */
function byClause(items) {
  const map = new Map();
  for (const item of items ?? []) {
    const list = map.get(item.clauseId) ?? [];
    list.push(item);
    map.set(item.clauseId, list);
  }
  return map;
}

/** The range of `needle` in the clause text: its span relative to the clause when it fits, else the first occurrence. */
export function locate(clause, span, needle) {
  if (span && needle) {
    const rel = span.start - clause.span.start;
    if (rel >= 0 && clause.text.slice(rel, rel + needle.length) === needle)
      return { start: rel, end: rel + needle.length };
  }
  if (!needle) return null;
  const at = clause.text.indexOf(needle);
  return at < 0 ? null : { start: at, end: at + needle.length };
}

/** Where a reference should link: the cited document in the corpus, else the lineage explorer. */
export function referenceHref(target) {
  return target.documentId ? readerUrl(target.documentId) : lineageUrl(target.key);
}

/** The outline: a nested list of links to every clause. */
export function renderOutline(clauses) {
  const children = new Map();
  for (const c of clauses) {
    const list = children.get(c.parentId ?? '') ?? [];
    list.push(c);
    children.set(c.parentId ?? '', list);
  }
  const list = (parentId, top) => {
    const kids = (children.get(parentId) ?? []).filter((c) => c.kind !== 'bullet' && c.kind !== 'paragraph');
    if (!kids.length) return null;
    return el(
      'ol',
      { class: top ? 'outline-list' : null },
      kids.map((c) =>
        el(
          'li',
          {},
          el(
            'a',
            { href: `#${encodeURIComponent(c.anchor)}`, dataset: { anchor: c.anchor }, title: outlineText(c) },
            outlineText(c),
          ),
          list(c.id, false),
        ),
      ),
    );
  };
  return list('', true);
}

function outlineText(c) {
  if (c.kind === 'preamble') return t('reader.preamble');
  const words = (c.heading || c.text).slice(0, 80).trim();
  // Clause text usually starts with its own numbering (`3- `, `II. `): do not print it twice.
  const printed = c.marker && words.startsWith(c.marker);
  return c.marker && !printed ? `${c.marker}. ${words}` : words;
}

/** Facts shown beside a clause: lead and other bodies, targets. */
function renderFacts(responsibilities, targets) {
  const facts = [];
  for (const r of responsibilities) {
    facts.push(
      el(
        'div',
        { class: 'fact fact-body' },
        el('span', { class: 'fact-kind' }, roleName(r.role)),
        r.body?.name ?? r.bodyText,
        r.inherited ? el('span', { class: 'hint' }, ` (${t('reader.inherited')})`) : null,
      ),
    );
  }
  for (const g of targets) {
    facts.push(
      el(
        'div',
        { class: 'fact fact-target' },
        el('span', { class: 'fact-kind' }, t('reader.target')),
        `${g.indicator}: ${comparatorName(g.comparator)} ${targetValue(g)}`.replace(/\s+/g, ' '),
        targetWhen(g) ? el('span', { class: 'hint' }, ` (${targetWhen(g)})`) : null,
      ),
    );
  }
  return facts.length
    ? el('aside', { class: 'facts', 'aria-label': t('reader.facts') }, facts)
    : el('div', { class: 'facts' });
}

/**
 * Renders every clause with its permalink, text (references as links, the quote highlighted when this
 * is the target clause) and facts.
 * @param {any} doc the `GET /api/documents/:id` body
 * @param {{ anchor: string | null, quote: string | null }} target
 * @returns {{ nodes: HTMLElement[], marked: HTMLElement | null }}
 */
export function renderClauses(doc, target) {
  const refs = byClause(doc.references?.outgoing);
  const resp = byClause(doc.facts?.responsibilities);
  const targets = byClause(doc.facts?.targets);
  const nodes = [];
  let marked = null;
  // With no anchor, the quote is looked for in every clause and the first match wins.
  for (const clause of doc.clauses) {
    const links = [];
    for (const r of refs.get(clause.id) ?? []) {
      const at = locate(clause, r.span, r.mention);
      if (!at) continue;
      links.push({
        ...at,
        href: referenceHref(r.target),
        title: `${relationName(r.relation)}: ${nodeName(r.target)}${r.target.date ? ` (${formatDate(r.target.date)})` : ''}`,
        className: r.target.documentId ? 'ref' : 'ref ref-external',
      });
    }
    const isTarget = target.anchor === clause.anchor;
    const marks = [];
    if (target.quote && !marked && (isTarget || !target.anchor)) {
      const at = findQuote(clause.text, target.quote);
      if (at) marks.push(at);
    }
    const node = el(
      'section',
      {
        id: clause.anchor,
        class: `clause depth-${Math.min(clause.depth, 5)} kind-${clause.kind}${isTarget ? ' is-target' : ''}`,
        'aria-label': clause.label,
        tabindex: '-1',
      },
      el(
        'div',
        { class: 'clause-body' },
        el(
          'div',
          { class: 'clause-head' },
          el(
            'a',
            {
              class: 'permalink',
              href: `#${encodeURIComponent(clause.anchor)}`,
              title: t('reader.permalink'),
              'aria-label': `${t('reader.permalink')}: ${clause.label}`,
            },
            clause.label,
          ),
          clause.heading && !clause.text.includes(clause.heading)
            ? el('span', { class: 'clause-heading' }, clause.heading)
            : null,
          statusBadge(clause.validity?.status, 'clause-status'),
        ),
        clauseValidity(clause.validity),
        el('p', { class: 'clause-text' }, renderAnnotated(clause.text, { links, marks })),
      ),
      renderFacts(resp.get(clause.id) ?? [], targets.get(clause.id) ?? []),
    );
    if (marks.length) marked = node;
    nodes.push(node);
  }
  return { nodes, marked };
}

/** An article's own validity under its heading: its dates and the clauses that changed it. */
function clauseValidity(validity) {
  if (!validity) return null;
  const dates = effectiveLine(validity);
  const changes = changedByList(validity, 'changed-by changed-by-clause');
  if (!dates && !changes) return null;
  return el('div', { class: 'clause-validity' }, dates ? el('span', { class: 'muted' }, dates) : null, changes);
}

/** Documents in the corpus that cite this one, each with the citing clause. */
export function renderIncoming(incoming) {
  if (!incoming?.length) return el('p', { class: 'status-empty' }, t('reader.noIncoming'));
  return el(
    'ul',
    { class: 'refs-list' },
    incoming.map((r) =>
      el(
        'li',
        {},
        el(
          'a',
          { href: readerUrl(r.documentId, r.clauseId, r.mention) },
          r.clauseLabel ?? r.documentSymbol ?? r.documentId,
        ),
        ` — ${relationName(r.relation)}`,
        r.documentTitle ? el('span', { class: 'muted' }, ` · ${r.documentTitle}`) : null,
        r.documentDate ? el('span', { class: 'muted' }, ` · ${formatDate(r.documentDate)}`) : null,
      ),
    ),
  );
}
