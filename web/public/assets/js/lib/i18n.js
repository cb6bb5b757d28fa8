/** @module web/lib/i18n — Vietnamese first, English on request: the choice is remembered in localStorage. */
import { STRINGS } from './strings.js';

const KEY = 'vankien.lang';
const LANGS = ['vi', 'en'];

/** The current language: the stored choice, else Vietnamese. */
export function lang() {
  try {
    const stored = localStorage.getItem(KEY);
    return LANGS.includes(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * The string for `key` in the current language, `{name}` placeholders filled from `params`.
 * Falls back to Vietnamese, then to the key itself.
 * @example t('chat.sources', { n: 3 })
 */
export function t(key, params = {}) {
  const table = STRINGS[lang()] ?? STRINGS.vi;
  const text = table[key] ?? STRINGS.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** Switches language, re-translates the page and tells page scripts (`langchange` on window). */
export function setLang(next) {
  if (!LANGS.includes(next)) return;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Private mode without storage: the switch still works for this page.
  }
  translate(document);
  window.dispatchEvent(new CustomEvent('langchange', { detail: next }));
}

/**
 * Fills static markup: `data-i18n` (text), `data-i18n-placeholder`, `data-i18n-aria` (aria-label),
 * `data-i18n-title` (title); sets `<html lang>` and the document title from `data-i18n-doc-title` on <body>.
 */
export function translate(root) {
  document.documentElement.lang = lang();
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) {
    node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
  }
  for (const node of root.querySelectorAll('[data-i18n-aria]'))
    node.setAttribute('aria-label', t(node.dataset.i18nAria));
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.setAttribute('title', t(node.dataset.i18nTitle));
  const titleKey = document.body?.dataset.i18nDocTitle;
  if (titleKey) document.title = `${t(titleKey)} · vankien`;
}

/** Formats a partial ISO date (`2024-07-09`, `2024-07`, `2024`) the local way. */
export function formatDate(date) {
  if (!date) return '';
  const [y, m, d] = String(date).split('-');
  if (lang() === 'vi') {
    if (d) return `${d}/${m}/${y}`;
    if (m) return `${m}/${y}`;
    return y;
  }
  return [y, m, d].filter(Boolean).join('-');
}

/** A number the local way (`74,8` in Vietnamese). */
export function formatNumber(n) {
  return new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}
