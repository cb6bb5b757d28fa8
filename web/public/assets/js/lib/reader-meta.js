/** @module web/lib/reader-meta — the reader's document header: type, symbol (inferred or printed), issuer, place, date, signer. */
import { el } from './dom.js';
import { formatDate, t } from './i18n.js';
import { typeName } from './labels.js';
import { lineageUrl } from './links.js';
import { changedByList, effectiveLine, statusBadge } from './validity.js';

function row(labelKey, ...value) {
  const shown = value.filter((v) => v !== null && v !== undefined && v !== '');
  return [
    el('dt', {}, t(labelKey)),
    el('dd', {}, shown.length ? shown : el('span', { class: 'muted' }, t('reader.unknown'))),
  ];
}

function signerText(signer) {
  if (!signer) return null;
  return [signer.capacity, signer.title, signer.name].filter(Boolean).join(' — ') || null;
}

/** Renders the metadata card of `doc` (the `GET /api/documents/:id` body). */
export function renderMeta(doc) {
  const symbol = doc.symbol
    ? [
        el('span', { class: 'doc-symbol' }, doc.symbol),
        doc.symbolInferred
          ? [' ', el('span', { class: 'badge badge-warn', title: t('reader.inferredHint') }, t('reader.inferred'))]
          : null,
      ]
    : null;
  return [
    el('p', { class: 'muted' }, typeName(doc.type) || t('reader.document')),
    el('h1', { class: 'doc-title' }, doc.title || doc.symbol || doc.id),
    el(
      'dl',
      {},
      row('reader.type', typeName(doc.type)),
      row('reader.symbol', symbol),
      row('reader.issuer', doc.issuer),
      row('reader.place', doc.place),
      row('reader.date', formatDate(doc.date)),
      row('reader.signer', signerText(doc.signer)),
      row('reader.source', doc.sourceName),
      doc.validity
        ? row(
            'validity.heading',
            el(
              'div',
              { class: 'validity-doc' },
              statusBadge(doc.validity.status),
              effectiveLine(doc.validity) ? [' ', el('span', { class: 'muted' }, effectiveLine(doc.validity))] : null,
              changedByList(doc.validity),
            ),
          )
        : null,
    ),
    el(
      'p',
      { class: 'toolbar' },
      el('a', { class: 'btn btn-small', href: lineageUrl(doc.id) }, t('reader.openLineage')),
      ' ',
      el(
        'a',
        { class: 'btn btn-small', href: `/api/documents/${encodeURIComponent(doc.id)}/file`, download: '' },
        t('reader.download'),
      ),
      ' ',
      el(
        'a',
        { class: 'btn btn-small no-print', href: `/doc/${encodeURIComponent(doc.id)}?print=1` },
        t('reader.print'),
      ),
    ),
  ];
}
