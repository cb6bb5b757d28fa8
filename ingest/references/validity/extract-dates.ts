/**
 * @module ingest/references/validity/extract-dates
 * Effective dates from the closing article (NĐ 34/2016, Luật Ban hành VBQPPL: "Văn bản có hiệu lực
 * từ ngày …"): `Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026`, `… kể từ ngày ký`
 * (the signing date), `… sau 45 ngày kể từ ngày ký`, parts with their own date (`Quy định tại Điều
 * 17 … của Luật này có hiệu lực thi hành từ ngày …`), an end (`Nghị định này hết hiệu lực kể từ
 * ngày …`), and another document's parts kept alive (`… tiếp tục có hiệu lực đến hết ngày …`).
 * `X này` must name this document's type: a Thông tư's appended form `Quyết định này có hiệu lực …`
 * is the form's, not the Thông tư's.
 */
import type { Clause, DocumentMetadata, EffectiveDate, Reference, Span } from '../../../core/types.ts';
import { parenSpans, quotedSpans } from '../scan.ts';
import { partsIn } from './parts.ts';
import {
  AFTER_SIGNING,
  EFFECT_FROM,
  FROM_DATE,
  FROM_SIGNING,
  SELF_ENDS,
  SELF_TYPE_WORDS,
  UNTIL_END_OF,
} from './patterns.ts';
import { insideBlock } from './quote-blocks.ts';
import { blankSpans, type Sentence, sentencesOf } from './sentences.ts';
import { addDays, dateAt } from './vn-date.ts';

export interface DatesInput {
  cleanText: string;
  folded: string;
  clauses: Clause[];
  references: Reference[];
  metadata: Pick<DocumentMetadata, 'type' | 'date'>;
  blocks: Span[];
}

/** True when `word` (folded type word of `X này`) can name a document of `type`. */
function namesSelf(word: string, type: string | null): boolean {
  const code = SELF_TYPE_WORDS[word.replace(/ lien tich$/, '')] ?? SELF_TYPE_WORDS[word];
  if (!code || code === '*' || type === null) return true;
  return code === type || (code.startsWith('QD') && type.startsWith('QD'));
}

/** Effective dates stated in the document, in text order. */
export function extractDates(input: DatesInput): EffectiveDate[] {
  const { cleanText: text, folded, references, metadata, blocks } = input;
  const masked = blankSpans(folded, [...quotedSpans(text), ...parenSpans(text), ...blocks]);
  const signing = metadata.date && /^\d{4}-\d{2}-\d{2}$/.test(metadata.date) ? metadata.date : null;
  const out: EffectiveDate[] = [];
  const sorted = [...input.clauses].sort((a, b) => a.span.start - b.span.start);

  const record = (s: Sentence, date: Omit<EffectiveDate, 'clauseId' | 'quote' | 'span'>) => {
    const raw = text.slice(s.span.start, s.span.end);
    const quote = raw.trim();
    const start = s.span.start + raw.indexOf(quote);
    out.push({ clauseId: s.clause.id, quote, span: { start, end: start + quote.length }, ...date });
  };
  const partsBefore = (s: Sentence, to: number) => {
    const parts = partsIn(text.slice(s.span.start, s.span.start + to), s.masked.slice(0, to));
    return parts.length > 0 ? parts : null;
  };

  for (const clause of sorted) {
    if (insideBlock(blocks, clause.span.start)) continue;
    for (const s of sentencesOf(clause, text, masked)) {
      const from = EFFECT_FROM.exec(s.masked);
      if (from && namesSelf(from[1], metadata.type)) {
        const rest = s.masked.slice(from.index + from[0].length);
        const parts = partsBefore(s, from.index);
        const after = AFTER_SIGNING.exec(rest);
        const until = UNTIL_END_OF.exec(rest);
        const to = until ? (dateAt(rest.slice(until.index + until[0].length))?.iso ?? null) : null;
        if (after) {
          const days = Number(after[1]);
          record(s, {
            subjectKey: null,
            parts,
            from: signing ? addDays(signing, days) : null,
            to,
            basis: 'after-signing',
          });
        } else if (FROM_SIGNING.test(rest)) {
          record(s, { subjectKey: null, parts, from: signing, to, basis: 'signing' });
        } else {
          const lead = FROM_DATE.exec(rest);
          const date = lead ? dateAt(rest.slice(lead[0].length)) : null;
          if (date) record(s, { subjectKey: null, parts, from: date.iso, to, basis: 'date' });
        }
        continue;
      }
      const ends = SELF_ENDS.exec(s.masked);
      if (ends && namesSelf(ends[1], metadata.type)) {
        const date = dateAt(s.masked.slice(ends.index + ends[0].length));
        if (date)
          record(s, {
            subjectKey: null,
            parts: partsBefore(s, ends.index),
            from: null,
            to: addDays(date.iso, -1),
            basis: null,
          });
        continue;
      }
      // `Quy định tại Điều 17 … của Luật … số 14/2017/QH14 … tiếp tục có hiệu lực đến hết ngày 30 tháng 6 năm 2025`.
      const until = /\btiep tuc co hieu luc(?: thi hanh)? den het (?=ngay\s+\d)/.exec(s.masked);
      if (until) {
        const subject = references.find(
          (r) => r.span.start >= s.span.start && r.span.end <= s.span.start + until.index,
        );
        const date = dateAt(s.masked.slice(until.index + until[0].length));
        if (subject && date) {
          const at = subject.span.start - s.span.start;
          record(s, {
            subjectKey: subject.target.key,
            parts: partsBefore(s, at),
            from: null,
            to: date.iso,
            basis: null,
          });
        }
      }
    }
  }
  return out;
}
