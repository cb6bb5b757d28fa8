/** @module web/lib/briefing-editor — the editable briefing: sections of cited items that can be reordered or removed. */
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { readerUrl } from './links.js';

/**
 * Keeps the briefing's state and renders it into `root`; every change re-renders and restores focus.
 * @param {HTMLElement} root
 * @param {(message: string) => void} announce tells screen-reader users what changed
 */
export function createEditor(root, announce) {
  /** @type {{ topic: string, sections: Array<{ id: string, items: any[] }> } | null} */
  let briefing = null;
  /** @type {{ sectionId: string, index: number, item: any } | null} */
  let lastRemoved = null;

  const sectionOf = (id) => briefing?.sections.find((s) => s.id === id);

  function move(sectionId, index, delta) {
    const items = sectionOf(sectionId).items;
    const to = index + delta;
    if (to < 0 || to >= items.length) return;
    [items[index], items[to]] = [items[to], items[index]];
    render(`[data-item="${CSS.escape(items[to].id)}"] [data-action="${delta < 0 ? 'up' : 'down'}"]`);
    announce(t('briefing.moved', { n: to + 1 }));
  }

  function remove(sectionId, index) {
    const items = sectionOf(sectionId).items;
    const [item] = items.splice(index, 1);
    lastRemoved = { sectionId, index, item };
    const next = items[Math.min(index, items.length - 1)];
    render(next ? `[data-item="${CSS.escape(next.id)}"] [data-action="remove"]` : '#briefing-undo');
    announce(t('briefing.removed'));
  }

  function undo() {
    if (!lastRemoved) return;
    const { sectionId, index, item } = lastRemoved;
    sectionOf(sectionId).items.splice(index, 0, item);
    lastRemoved = null;
    render(`[data-item="${CSS.escape(item.id)}"] [data-action="remove"]`);
    announce(t('briefing.restored'));
  }

  function itemNode(section, item, index) {
    const c = item.citation;
    const count = section.items.length;
    return el(
      'li',
      { class: 'briefing-item', dataset: { item: item.id } },
      el('span', { class: 'item-num', 'aria-hidden': 'true' }, `${index + 1}.`),
      el(
        'div',
        {},
        item.summary ? el('div', { class: 'item-summary' }, item.summary) : null,
        el('p', { class: 'item-quote' }, `“${item.text}”`),
        el('a', { class: 'item-cite', href: readerUrl(c.documentId, c.clauseId, c.quote) }, `(${c.label})`),
      ),
      el(
        'div',
        { class: 'item-actions' },
        el(
          'button',
          {
            type: 'button',
            class: 'btn btn-icon',
            dataset: { action: 'up' },
            disabled: index === 0,
            'aria-label': t('briefing.up', { n: index + 1 }),
            title: t('briefing.upShort'),
            onClick: () => move(section.id, index, -1),
          },
          '↑',
        ),
        el(
          'button',
          {
            type: 'button',
            class: 'btn btn-icon',
            dataset: { action: 'down' },
            disabled: index === count - 1,
            'aria-label': t('briefing.down', { n: index + 1 }),
            title: t('briefing.downShort'),
            onClick: () => move(section.id, index, 1),
          },
          '↓',
        ),
        el(
          'button',
          {
            type: 'button',
            class: 'btn btn-icon',
            dataset: { action: 'remove' },
            'aria-label': t('briefing.remove', { n: index + 1 }),
            title: t('briefing.removeShort'),
            onClick: () => remove(section.id, index),
          },
          '✕',
        ),
      ),
    );
  }

  /** Renders the briefing; `focusSelector` names the control to focus afterwards. */
  function render(focusSelector) {
    if (!briefing) return;
    const sections = briefing.sections.map((s) =>
      el(
        'section',
        { class: 'briefing-section', 'aria-labelledby': `bs-${s.id}` },
        el('h3', { id: `bs-${s.id}` }, `${t(`briefing.section.${s.id}`)} (${s.items.length})`),
        s.items.length
          ? el(
              'ol',
              { class: 'briefing-items' },
              s.items.map((item, i) => itemNode(s, item, i)),
            )
          : el('p', { class: 'status-empty' }, t('briefing.sectionEmpty')),
      ),
    );
    replaceChildren(
      root,
      lastRemoved
        ? el(
            'p',
            {},
            el(
              'button',
              { type: 'button', id: 'briefing-undo', class: 'btn btn-small', onClick: undo },
              t('briefing.undo'),
            ),
          )
        : null,
      sections,
    );
    if (focusSelector) /** @type {HTMLElement | null} */ (root.querySelector(focusSelector))?.focus();
  }

  return {
    /** Shows a freshly assembled briefing. */
    set(next) {
      briefing = { topic: next.topic, sections: next.sections.map((s) => ({ id: s.id, items: [...s.items] })) };
      lastRemoved = null;
      render();
    },
    /** The edited briefing, as the export route takes it. */
    get: () => briefing,
    render: () => render(),
    /** Number of items left. */
    count: () => briefing?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0,
  };
}
