/**
 * @module search/table-rows
 * A DOCX data table is stored one clause per row (`| 4 | CCN Hưng Khánh; Vị trí: … | 20 ha |`), and its rows repeat
 * the subject words of the document's report (its clusters, its budget, its tasks): a question about that subject
 * matched five rows of one table as five results, ahead of the clause elsewhere that answers it. A table reads as
 * one answer among others: its best row keeps its place, the document's further rows follow the other results.
 */
import { isTableRowText } from '../core/text/clean.ts';

/**
 * `ranked` with each document's table rows after its first moved behind the other items, each part in its order.
 * @example oneRowPerTable([row1, row2, clause], (x) => x.documentId) // [row1, clause, row2]
 */
export function oneRowPerTable<T extends { text: string }>(ranked: readonly T[], documentOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  const later: T[] = [];
  for (const item of ranked) {
    if (!isTableRowText(item.text)) {
      kept.push(item);
      continue;
    }
    const document = documentOf(item);
    if (seen.has(document)) later.push(item);
    else {
      seen.add(document);
      kept.push(item);
    }
  }
  return [...kept, ...later];
}
