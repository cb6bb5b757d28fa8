/** @module web/lib/validity — validity status badges, the "changed by" links to the changing clause, and the "still in force" test. */
import { el } from './dom.js';
import { formatDate, t } from './i18n.js';
import { readerUrl } from './links.js';
import { changeSource, groupChanges, statusTone } from './validity-status.js';

export { statusMatches, statusTone, stillInForce } from './validity-status.js';

/** `replaced` → `Đã bị thay thế` / `Replaced`; unknown codes as they are. */
export function statusName(status) {
  const key = `validity.${status}`;
  const name = t(key);
  return name === key ? String(status ?? '') : name;
}

/** A badge for `status`, or null when there is none. */
export function statusBadge(status, extraClass = '') {
  if (!status) return null;
  return el(
    'span',
    { class: `badge badge-status tone-${statusTone(status)} ${extraClass}`.trim(), dataset: { status } },
    statusName(status),
  );
}

/**
 * The changes another document makes to this one, grouped one line each: "Replaced by 71/2019/NĐ-CP
 * (khoản 2 Điều 30), from 01/12/2019", linking to the changing clause with its sentence highlighted. A change
 * another document reports links the agent to its document and adds "reported in <document>" linking to the
 * reporting clause, so an auditor sees where the relation was read.
 * @param {{ changedBy?: Array<{ key: string, symbol: string | null, clauseId: string, relation: string, part: string | null, date: string | null, quote: string, reportedIn?: string | null, reportedInSymbol?: string | null }> }} validity
 */
export function changedByList(validity, className = 'changed-by') {
  const changes = groupChanges(validity?.changedBy);
  if (!changes.length) return null;
  return el(
    'ul',
    { class: className },
    changes.map((c) => {
      const source = changeSource(c);
      const read = readerUrl(source.documentId, source.clauseId, source.quote);
      return el(
        'li',
        {},
        `${changeVerb(c.relation)} `,
        el('a', { href: source.reported ? readerUrl(c.key) : read, class: 'changed-by-link' }, c.symbol || c.key),
        c.parts.length ? ` (${c.parts.join('; ')})` : '',
        c.date ? `, ${t('validity.since', { date: formatDate(c.date) })}` : '',
        source.reported
          ? [` — ${t('validity.reportedIn')} `, el('a', { href: read, class: 'reported-in-link' }, source.label)]
          : '',
      );
    }),
  );
}

/** `replaces` → `Thay thế bởi` / `Replaced by`. */
export function changeVerb(relation) {
  const key = `validity.by.${relation}`;
  const name = t(key);
  return name === key ? String(relation) : name;
}

/** "In force from 01/12/2019 until 28/02/2027", or null when no date is known. */
export function effectiveLine(validity) {
  if (!validity?.effectiveFrom && !validity?.effectiveTo) return null;
  return [
    validity.effectiveFrom ? t('validity.from', { date: formatDate(validity.effectiveFrom) }) : '',
    validity.effectiveTo ? t('validity.to', { date: formatDate(validity.effectiveTo) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
