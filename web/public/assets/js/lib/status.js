/** @module web/lib/status — loading, empty and error states, announced to screen readers. */
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';

/** Shows a spinner and a message in `box`. */
export function showLoading(box, key = 'status.loading') {
  box.setAttribute('aria-busy', 'true');
  return replaceChildren(
    box,
    el(
      'p',
      { class: 'status status-loading', role: 'status' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }),
      t(key),
    ),
  );
}

/** Shows an error from the API or the network in `box`, with an optional retry button. */
export function showError(box, err, retry) {
  box.removeAttribute('aria-busy');
  return replaceChildren(box, errorNode(err, retry));
}

/** The error message element (for use inside other content). */
export function errorNode(err, retry) {
  const message = err?.status === 0 ? t('status.network') : (err?.message ?? String(err));
  return el(
    'div',
    { class: 'status status-error', role: 'alert' },
    el('strong', {}, t('status.error')),
    ' ',
    message,
    err?.code && err.status !== 0 ? el('span', { class: 'muted' }, ` (${err.code})`) : null,
    retry ? el('button', { type: 'button', class: 'btn btn-small', onClick: retry }, t('status.retry')) : null,
  );
}

/** Shows a neutral "nothing here" message in `box`. */
export function showEmpty(box, key, params) {
  box.removeAttribute('aria-busy');
  return replaceChildren(box, el('p', { class: 'status status-empty' }, t(key, params)));
}

/** Marks `box` as done loading. */
export function done(box) {
  box.removeAttribute('aria-busy');
  return box;
}
