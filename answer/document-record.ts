/**
 * @module answer/document-record
 * What a clause's document answers by itself: its title, type, symbol, issuer, place and year.
 * Words of a question that name the document (`Kế hoạch … của UBND tỉnh … năm 2024`) are shown by
 * that record, not by the clause, so a clause is not judged weak for leaving them out.
 */
import type { DocumentSummary } from '../core/store/index.ts';
import { typeName } from '../core/patterns.ts';
import { foldText } from '../search/analyzer.ts';
import { type Concept, paddedWords, showsIn } from './vocabulary.ts';

/** What the record is read from: a stored document's metadata. */
type Described = Pick<DocumentSummary, 'metadata'>;

/** The document's record fields, each folded and padded on its own (a phrase never spans two fields). */
const records = new WeakMap<Described, string[]>();
function recordFields(doc: Described): string[] {
  let fields = records.get(doc);
  if (!fields) {
    const m = doc.metadata;
    const date = m.date ?? m.partialDate ?? null;
    fields = [m.title, typeName(m.type), m.symbol, m.number, m.issuer, m.parentIssuer, m.place, date?.slice(0, 4)]
      .filter((f): f is string => Boolean(f))
      .map((f) => paddedWords(foldText(f)));
    records.set(doc, fields);
  }
  return fields;
}

/** True when the document's record (title, type, symbol, issuer, place, year) shows the concept. */
export function recordShows(doc: Described | undefined, concept: Concept): boolean {
  return doc !== undefined && recordFields(doc).some((f) => showsIn(f, concept));
}
