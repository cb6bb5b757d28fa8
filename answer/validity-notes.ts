/**
 * @module answer/validity-notes
 * When an answer cites a clause of a document that has since been amended, replaced, repealed,
 * suspended or has expired, it says so — one sentence per such document, citing the changing clause —
 * and lists the statuses in `meta.validity`, so a reader never takes a dead text for law.
 */
import type { Db } from '../core/store/db.ts';
import { getClause } from '../core/store/index.ts';
import { documentValidity, type Validity } from '../lineage/validity/index.ts';
import { STATUS_WORDS } from './kinds/validity.ts';
import { formatDate } from './templates.ts';
import type { Citation } from './types.ts';

/** What `meta.validity` holds for each cited document whose force has changed. */
export interface CitedValidity {
  documentId: string;
  status: Validity['status'];
  changedBy: { key: string; symbol: string | null; relation: string; part: string | null; date: string | null }[];
}

const CHANGED = new Set<Validity['status']>([
  'amended',
  'partly_repealed',
  'replaced',
  'repealed',
  'suspended',
  'expired',
]);

/**
 * The answer with a note for each cited document whose force has changed, and their statuses.
 * Citations are appended, so the answer's markers keep their numbers.
 */
export async function addValidityNotes(
  db: Db,
  answer: { text: string; citations: Citation[] },
  lang: 'vi' | 'en',
): Promise<{ text: string; citations: Citation[]; validity: CitedValidity[] }> {
  const citations = [...answer.citations];
  const notes: string[] = [];
  const validity: CitedValidity[] = [];
  for (const documentId of [...new Set(answer.citations.map((c) => c.documentId))]) {
    const { document: v } = await documentValidity(db, documentId);
    if (!CHANGED.has(v.status)) continue;
    validity.push({
      documentId,
      status: v.status,
      changedBy: v.changedBy.map(({ key, symbol, relation, part, date }) => ({ key, symbol, relation, part, date })),
    });
    const label = answer.citations.find((c) => c.documentId === documentId)?.label.split(',')[0] ?? documentId;
    const first = v.changedBy[0];
    const clause = first ? await getClause(db, first.clauseId) : null;
    let cite = '';
    if (first && clause?.text.includes(first.quote)) {
      citations.push({ clauseId: clause.id, documentId: clause.documentId, label: clause.label, quote: first.quote });
      cite = ` [${citations.length}]`;
    }
    const by = first?.symbol ? (lang === 'vi' ? ` theo ${first.symbol}` : ` by ${first.symbol}`) : '';
    const when = first?.date
      ? lang === 'vi'
        ? ` từ ${formatDate(first.date, lang)}`
        : ` from ${formatDate(first.date, lang)}`
      : '';
    notes.push(
      lang === 'vi'
        ? `Lưu ý: ${label} ${STATUS_WORDS.vi[v.status]}${by}${when}${cite}.`
        : `Note: ${label} is ${STATUS_WORDS.en[v.status]}${by}${when}${cite}.`,
    );
  }
  return { text: notes.length ? `${answer.text} ${notes.join(' ')}` : answer.text, citations, validity };
}
