/** @module web/lib/layout — the shared page frame: site header with navigation and the language switch. */
import { el, replaceChildren } from './dom.js';
import { lang, setLang, t, translate } from './i18n.js';

const NAV = [
  { href: '/', key: 'nav.chat' },
  { href: '/library', key: 'nav.library' },
  { href: '/lineage', key: 'nav.lineage' },
  { href: '/briefing', key: 'nav.briefing' },
  { href: '/targets', key: 'nav.targets' },
  { href: '/admin', key: 'nav.admin' },
];

/**
 * The navigation item a path belongs to: a document in the reader belongs to the library, which lists
 * every document (the chat is only one way in, and a reader marked "Hỏi đáp" sends a user looking there).
 * @example currentNav('/doc/<document id>') // '/library'
 */
export function currentNav(path) {
  if (path.startsWith('/doc/')) return '/library';
  const item = NAV.find((n) => n.href !== '/' && (path === n.href || path.startsWith(`${n.href}/`)));
  return item ? item.href : path === '/' ? '/' : null;
}

function renderHeader(header) {
  const other = lang() === 'vi' ? 'en' : 'vi';
  replaceChildren(
    header,
    el('a', { class: 'skip-link', href: '#main' }, t('nav.skip')),
    el(
      'div',
      { class: 'header-inner' },
      el(
        'a',
        { class: 'brand', href: '/' },
        el('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'VK'),
        'vankien',
      ),
      el(
        'nav',
        { 'aria-label': t('nav.label') },
        el(
          'ul',
          { class: 'nav-list' },
          NAV.map((item) =>
            el(
              'li',
              {},
              el(
                'a',
                { href: item.href, 'aria-current': currentNav(location.pathname) === item.href ? 'page' : null },
                t(item.key),
              ),
            ),
          ),
        ),
      ),
      el(
        'button',
        {
          type: 'button',
          class: 'lang-switch',
          lang: other,
          'aria-label': t('nav.langSwitch'),
          onClick: () => setLang(other),
        },
        other === 'en' ? 'EN' : 'VI',
      ),
    ),
  );
}

/**
 * Sets up the page frame and translates the static markup; call once per page, first.
 * Re-renders the header when the language changes.
 */
export function initLayout() {
  const header = document.getElementById('site-header');
  if (header) {
    renderHeader(header);
    window.addEventListener('langchange', () => renderHeader(header));
  }
  translate(document);
}
