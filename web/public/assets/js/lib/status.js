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
  const message = err?.status === 0 ? t('status.network') : userMessage(err);
  return el(
    'div',
    { class: 'status status-error', role: 'alert' },
    el('strong', {}, t('status.error')),
    ' ',
    message,
    // The code helps a developer only when the message is the server's own, not the interface's words.
    err?.code && err.status !== 0 && message === err.message ? el('span', { class: 'muted' }, ` (${err.code})`) : null,
    retry && retryHelps(err)
      ? el('button', { type: 'button', class: 'btn btn-small', onClick: retry }, t('status.retry'))
      : null,
  );
}

/**
 * Whether trying again can help: a network failure, a busy or failing server, a timeout, a rate limit —
 * not a request the server understood and refused (not found, bad input, wrong token).
 */
export function retryHelps(err) {
  const status = typeof err?.status === 'number' ? err.status : 0;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/**
 * The message a user reads for an error: the interface's own words for the API's known codes
 * (a wrong token, uploads switched off, too large ...), else the server's message.
 */
export function userMessage(err) {
  const key = err?.code ? `error.${err.code}` : '';
  const text = key ? t(key) : key;
  return key && text !== key ? text : (err?.message ?? String(err));
}

/**
 * Why one file of a batch was not ingested, in the interface's words for the loader's codes
 * (`empty_document`, `needs_ocr` …); the server's own message (English, with commands to run) stays the
 * technical detail. Unknown codes fall back to that message.
 * @example ingestMessage({ code: 'empty_document', message: 'a.txt has no text …' }) // 'Tệp không có nội dung. …'
 */
export function ingestMessage(error) {
  const key = `ingest.${error?.code ?? ''}`;
  const text = t(key);
  return text !== key ? text : (error?.message ?? '');
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
