/**
 * @module search/labelled-answer
 * Which clauses answer a question by their label: a "where" is answered by "2. Địa điểm: …", a "when" by
 * "1. Thời gian kiểm tra: …", a "how long" by "Thời hạn của giấy phép: …" or "Trong thời hạn 15 ngày làm
 * việc …". Such a clause often shares none of the question's subject words (those stand in the document's
 * title and opening), so BM25 ranks the opening first; the label says which clause holds the asked point.
 */
import { foldedForm } from '../core/text/vietnamese.ts';
import askedFields from './data/asked-fields.json' with { type: 'json' };

/** Words of a clause's opening read when it has no label. */
const OPENING_WORDS = 4;
/** A label is the words before a colon, at most this many (longer, the colon ends a sentence, not a label). */
const LABEL_WORDS = 8;

const wholeWords = (phrases: readonly string[]) =>
  new RegExp(`(?:^|[^a-z0-9])(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`);

/** Each asked field (data: asked-fields.json, shared with the answerer's clause chooser). */
const ENTRIES = askedFields.fields.map((f) => ({
  field: f.field,
  chooser: !('chooser' in f && f.chooser === false),
  asks: wholeWords(f.asked),
  unless: 'unless' in f && f.unless ? wholeWords(f.unless) : null,
  labels: f.labels,
  later: 'later' in f && f.later ? f.later : [],
  /** The asked phrases that are not the field's own label words (`ở đâu`, not `địa điểm`); null when all are. */
  asking: f.asked.some((a) => f.labels.includes(a)) ? wholeWords(f.asked.filter((a) => !f.labels.includes(a))) : null,
}));

/**
 * The labels (folded) a question asks under, from its asking words; none for most questions. `without` names asked
 * fields switched off (evaluation only: `SearchOptions.ablate`), here and in `laterLabels`.
 * @example askedLabels('Lớp huấn luyện tổ chức ở đâu?') // ['dia diem']
 */
export function askedLabels(question: string, without: readonly string[] = []): string[] {
  return [...new Set(askedEntries(question, without).flatMap((e) => e.labels))];
}

/**
 * The fields a question asks. A field asked only by one of its own label words ("Thời gian lập quy hoạch … là
 * bao lâu?") is the question's subject, not its asked point, when another field is asked by an asking word
 * (unless that field reads its labels later: "có địa chỉ ở đâu" asks the address).
 */
function askedEntries(question: string, without: readonly string[] = []): typeof ENTRIES {
  const folded = foldedForm(question).toLowerCase();
  const asked = ENTRIES.filter((e) => !without.includes(e.field) && e.asks.test(folded) && !e.unless?.test(folded));
  // A field whose labels another asked field reads later (an address beside a where) refines it: kept.
  const later = new Set(asked.flatMap((e) => e.later));
  const byAskingWord = asked.filter(
    (e) => e.asking === null || e.asking.test(folded) || e.labels.some((l) => later.has(l)),
  );
  return byAskingWord.length > 0 && byAskingWord.length < asked.length ? byAskingWord : asked;
}

/**
 * The asked labels (`askedLabels`) read after the others: a field's `later` labels that no other asked field
 * names as its own (a where's `Địa chỉ:`, unless the question asks the address too).
 * @example laterLabels('Nhà máy được xây dựng ở đâu?') // ['dia chi']
 * @example laterLabels('Địa chỉ của công ty ở đâu?') // []
 */
export function laterLabels(question: string, without: readonly string[] = []): string[] {
  const asked = askedEntries(question, without);
  const own = new Set(asked.flatMap((e) => e.labels.filter((l) => !e.later.includes(l))));
  return [...new Set(asked.flatMap((e) => e.later))].filter((l) => !own.has(l));
}

/**
 * The question's own asking words (folded, as they stand in it) of each field it asks that the answerer's clause
 * chooser reads too (`lúc nào`, `ở đâu`; not a how-long, `chooser: false`), with the words just before them:
 * what a query cut down to its subject words must keep for `askedLabels` to read the field.
 * @example askingPhrases('Lớp huấn luyện tổ chức ở đâu?') // [{ phrase: 'o dau', before: 'luyen to chuc ' }]
 */
export function askingPhrases(question: string): Array<{ phrase: string; before: string }> {
  const folded = foldedForm(question).toLowerCase();
  return ENTRIES.filter((e) => e.chooser && !e.unless?.test(folded)).flatMap((e) => {
    const m = e.asks.exec(folded);
    if (!m) return [];
    const phrase = m[0].replace(/^[^a-z0-9]+/, '');
    const at = m.index + m[0].length - phrase.length;
    return [{ phrase, before: folded.slice(Math.max(0, at - 20), at) }];
  });
}

/** Numbering in front of a clause: `1.`, `1.2.`, `II.`, `a)`, `-`, `+`, `Điều 5.`. */
const NUMBERING = /^(?:(?:dieu\s+\d+[a-z]?|[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*|[-+•*–]\s*)+/;

/** A clause's opening (`clauseHead`). */
export interface ClauseHead {
  opening: string;
  /** A label standing before a colon ("5. Địa điểm xây dựng: …"), not the first words of a sentence. */
  label: boolean;
  /** A label with nothing after its colon ("1. Thời gian, đối tượng kiểm tra:"): a heading whose items state the value. */
  bare: boolean;
}

/**
 * A clause's opening — its label (the words before a colon near its start, numbering dropped) or, without
 * one, its first words; folded — and whether it is a label standing before a colon, as a record's field does
 * ("5. Địa điểm xây dựng: …"), rather than the first words of a sentence, and whether the label stands alone.
 * @example clauseHead('2. Địa điểm: Hội trường tầng 3') // { opening: 'dia diem', label: true, bare: false }
 * @example clauseHead('Trong thời hạn 15 ngày làm việc kể từ …') // { opening: 'trong thoi han 15', label: false, bare: false }
 */
export function clauseHead(text: string): ClauseHead {
  const head = foldedForm(text.slice(0, 200)).toLowerCase().trim().replace(NUMBERING, '');
  const colon = head.indexOf(':');
  if (colon > 0) {
    const label = head.slice(0, colon).trim();
    if (label.split(/\s+/).length <= LABEL_WORDS)
      return { opening: label, label: true, bare: head.slice(colon + 1).trim() === '' };
  }
  return { opening: head.split(/\s+/).slice(0, OPENING_WORDS).join(' '), label: false, bare: false };
}

/**
 * Whether a clause's opening (`clauseHead`) names one of the asked labels, as whole words; the pattern built
 * once for the many openings of a search.
 */
export function labelNamer(labels: readonly string[]): (opening: string) => boolean {
  if (labels.length === 0) return () => false;
  const pattern = wholeWords(labels);
  return (opening) => pattern.test(opening);
}

/**
 * A document's labelled answers, best first, weighed by the document's own shape instead of a fixed rank
 * depth. `naming`: the document's clauses (all of them, not only the ranked) whose opening names an asked
 * label → whether that is a label before a colon. A field of a record (NĐ 30/2020 forms: "Tên dự án:",
 * "Địa điểm:", "Thời gian:", "Đối tượng:") is stated once, so its line answers wherever the subject words
 * rank it: a plan's appendix rows that repeat its subject push "5. Địa điểm xây dựng: …" far down. A phrase
 * that opens many lines ("Trong thời hạn …" in fifty steps of a decree) is prose: one of its `uses` lines
 * answers only where the subject words chose it, within the head share one of them is due (`ranked / uses`).
 * Uses are counted per kind (label or first words): a record's one "Đối tượng:" beside sentences opening
 * "Đối tượng tham gia …" is still its field. A label before a colon comes before first words, fewer uses
 * before more, then ranking order.
 * @example chooseLabelled(['kh~p1', …, 'kh~5'], new Map([['kh~5', true]])) // ['kh~5'] wherever it ranks
 */
export function chooseLabelled(ranking: readonly string[], naming: ReadonlyMap<string, boolean>): string[] {
  if (naming.size === 0) return [];
  let labels = 0;
  for (const label of naming.values()) if (label) labels++;
  const usesOf = (label: boolean) => (label ? labels : naming.size - labels);
  const lines: Array<{ clauseId: string; position: number; label: boolean; uses: number }> = [];
  ranking.forEach((clauseId, position) => {
    const label = naming.get(clauseId);
    if (label !== undefined) lines.push({ clauseId, position, label, uses: usesOf(label) });
  });
  return lines
    .filter((l) => l.uses <= 1 || l.position < ranking.length / l.uses)
    .sort((a, b) => Number(b.label) - Number(a.label) || a.uses - b.uses || a.position - b.position)
    .map((l) => l.clauseId);
}

/**
 * A bare label (`clauseHead`: "1. Thời gian, đối tượng kiểm tra:") states no value; its items do ("1.1. Đợt 1: Từ
 * 08h00' …", "1.2. Đợt 2: Từ 13h30' …"), so its place among the labelled answers goes to the item the document's
 * ranking — the question's other words — puts first. A bare label none of whose items is ranked stays.
 * @example itemsForBare(['kh~1'], (id) => id === 'kh~1', () => ['kh~1.1', 'kh~1.2'], ['kh~p', 'kh~1.2', 'kh~1.1']) // ['kh~1.2']
 */
export function itemsForBare(
  chosen: readonly string[],
  bare: (clauseId: string) => boolean,
  itemsOf: (clauseId: string) => readonly string[],
  ranking: readonly string[],
): string[] {
  const out: string[] = [];
  for (const clauseId of chosen) {
    const items = bare(clauseId) ? new Set(itemsOf(clauseId)) : null;
    const item = items && items.size > 0 ? ranking.find((id) => items.has(id)) : undefined;
    const answer = item ?? clauseId;
    if (!out.includes(answer)) out.push(answer);
  }
  return out;
}

/** Labelled answers of a document placed beside its best clause; more would crowd out its other clauses. */
export const LABELLED_PER_DOCUMENT = 2;

/**
 * Each first-stage document's labelled answers (its first `LABELLED_PER_DOCUMENT`, best first) scored just
 * below the document's best other clause: the question's subject words chose the document and rank its
 * opening first; the asked label says which of its clauses answers, and its own words (none but the
 * label) would bury it. A clause never loses by it; other documents' clauses keep their scores.
 * @example promoteLabelled([{ clauseId: 'tb~p1', final: 0.02 }, { clauseId: 'tb~2', final: 0.008 }], new Map([['tb', ['tb~2']]]), (id) => id.split('~')[0])
 * // tb~2 scored 0.02 × (1 − 1e-6)
 */
export function promoteLabelled<T extends { clauseId: string; final: number }>(
  items: readonly T[],
  labelled: ReadonlyMap<string, readonly string[]>,
  documentOf: (clauseId: string) => string | undefined,
): T[] {
  const out = items.map((item) => ({ ...item }));
  for (const [documentId, answers] of labelled) {
    const promoted = answers.slice(0, LABELLED_PER_DOCUMENT);
    const own = new Set(promoted);
    let best = 0;
    for (const item of out)
      if (!own.has(item.clauseId) && documentOf(item.clauseId) === documentId) best = Math.max(best, item.final);
    if (best === 0) continue;
    promoted.forEach((id, i) => {
      const item = out.find((o) => o.clauseId === id);
      const score = best * (1 - 1e-6 * (i + 1));
      if (item && item.final < score) item.final = score;
    });
  }
  return out;
}
