/**
 * @module answer/lineage-question
 * Which way a lineage question looks, and which relation it asks about. `Văn bản nào thực hiện X?`
 * asks for documents below X (`downstream`); `X thực hiện văn bản nào?`, `X căn cứ vào đâu?`,
 * `Which decree did X replace?` ask for documents above X (`upstream`). The asked document (or, when
 * none is asked, the named one) is the pivot: whether it does the relation verb or undergoes it —
 * by its side of the verb and the voice words between — gives the direction. Cues: data/lineage-cues.json.
 */
import type { DocumentType, RelationType } from '../core/types.ts';
import cues from './data/lineage-cues.json' with { type: 'json' };
import { findAll } from './folded-text.ts';
import { typeWordsIn } from './read-mentions.ts';
import type { DocumentMention } from './types.ts';

/** A relation a question asks about; each stands for the edge relations of `FAMILY_RELATIONS`. */
export type LineageFamily = keyof typeof cues.families;

export interface LineageAsk {
  /** `downstream`: documents that act on the one named; `upstream`: documents it acts on. */
  direction: 'upstream' | 'downstream';
  /** The relation asked about, or null when the question names none (`… nêu nghị quyết nào`). */
  family: LineageFamily | null;
  /** True when the question asks for a document (`… nào`, `số mấy`, `which`), not only names one. */
  asksDocument: boolean;
  /** True when `số mấy` asks the number of a document a relation verb reaches (`căn cứ luật … số mấy`). */
  asksNumberOfRelated: boolean;
  /** The type of that document when its word names one (`kế hoạch … số mấy` → `KH`). */
  numberedType: DocumentType | null;
}

/** Lineage edge relations each asked relation stands for, first the exact one. */
export const FAMILY_RELATIONS: Record<LineageFamily, readonly RelationType[]> = {
  replaces: ['replaces', 'repeals'],
  repeals: ['repeals', 'replaces'],
  amends: ['amends'],
  guides: ['guides', 'implements'],
  reviews: ['reviews', 'continues'],
  basis: ['basis', 'implements', 'guides', 'continues'],
  implements: ['implements', 'continues', 'guides', 'reviews', 'basis'],
  cites: ['cites', 'implements', 'continues', 'reviews', 'guides', 'basis', 'amends', 'replaces', 'repeals'],
};

/** Asked relations that change a document's force: no other relation may stand in for them. */
export const CHANGE_FAMILIES: ReadonlySet<LineageFamily> = new Set(['replaces', 'repeals', 'amends']);

interface Span {
  start: number;
  end: number;
}

interface Verb extends Span {
  family: LineageFamily;
  /** A noun naming the upper document (`là căn cứ`, `basis`), not a verb. */
  noun: boolean;
}

const FAMILIES = Object.keys(cues.families) as LineageFamily[];

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The relation verbs of a question, longest first where they overlap, outside the spans given. */
export function relationVerbs(folded: string, outside: readonly Span[] = []): Verb[] {
  const found: Verb[] = [];
  for (const family of FAMILIES)
    for (const phrase of cues.families[family])
      for (const r of findAll(folded, phrase)) found.push({ ...r, family, noun: false });
  for (const phrase of cues.basisNouns)
    for (const r of findAll(folded, phrase)) found.push({ ...r, family: 'basis', noun: true });
  const blocked = [...outside, ...cues.notVerbs.flatMap((p) => findAll(folded, p))];
  const kept: Verb[] = [];
  for (const v of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (blocked.some((s) => overlaps(s, v)) || kept.some((k) => overlaps(k, v))) continue;
    kept.push(v);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Distance in characters between two spans (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** Whole-word matches of any of the phrases inside `[from, to)`. */
function within(folded: string, phrases: readonly string[], from: number, to: number): Span[] {
  const slice = folded.slice(from, Math.max(from, to));
  return phrases.flatMap((p) => findAll(slice, p).map((r) => ({ start: r.start + from, end: r.end + from })));
}

/** True when `[from, to)` holds nothing but spaces and punctuation. */
const blankBetween = (folded: string, from: number, to: number) => !/[a-z0-9]/.test(folded.slice(from, to));

/**
 * True when the pivot does the verb (it is the lower, citing document), false when it undergoes it.
 * `văn bản nào thực hiện X` → does; `X thực hiện văn bản nào`, `nghị quyết nào được X cụ thể hóa`,
 * `which decree did X replace` → undergoes; `X được cụ thể hóa qua văn bản nào`, `through which document` → does.
 */
function pivotDoes(folded: string, pivot: Span, verb: Verb): boolean {
  // `bằng văn bản nào`, `through which document`: at most two words between the marker and the pivot.
  const agent = within(folded, cues.agentMarkers, Math.max(0, pivot.start - 24), pivot.start).some((m) =>
    /^\s*(?:[a-z0-9]+\s+){0,2}$/.test(folded.slice(m.end, pivot.start)),
  );
  if (agent) return true;
  if (pivot.start >= verb.end) return false;
  // The pivot stands before the verb: it does it, unless voice words between say otherwise.
  if (/^\s*by\s*[?.!]*\s*$/.test(folded.slice(verb.end))) return true; // `… was X replaced by?`
  const relative = within(folded, cues.relativeMarkers, pivot.end, verb.start).at(-1);
  if (relative) return blankBetween(folded, relative.end, verb.start);
  const marker = within(folded, [...cues.objectQuestionMarkers, ...cues.patientMarkers], pivot.end, verb.start).at(-1);
  if (!marker) return true;
  // `văn bản nào được ban hành để thực hiện X`, `which document did Y issue to implement X`: the marker
  // belongs to the verb of issuing, and what was issued does the verb of purpose.
  const purposes = within(folded, cues.purposeMarkers, marker.end, verb.start);
  return within(folded, cues.issueVerbs, marker.end, verb.start).some((issued) =>
    purposes.some((p) => p.start >= issued.end && blankBetween(folded, issued.end, p.start)),
  );
}

/** Words that make `… nào` ask a time. */
const TIME_ASKED: ReadonlySet<string> = new Set(['khi', 'luc', 'ngay', 'thang', 'nam', 'gio', 'hoi']);

/** `<document word> [up to five words] số mấy` after a relation verb and outside the named documents, or null. */
function askedNumberAfter(folded: string, verbs: readonly Verb[], named: readonly Span[]): Span | null {
  if (verbs.length === 0) return null;
  const words = cues.numberedDocumentWords.map((w) => w.replace(/ /g, '\\s+')).join('|');
  const asks = cues.askedNumber.map((w) => w.replace(/ /g, '\\s+')).join('|');
  const re = new RegExp(`(?<![a-z0-9])(?:${words})(?:\\s+[a-z0-9]+){0,5}?\\s+(?:${asks})(?![a-z0-9])`, 'g');
  for (const m of folded.matchAll(re)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (named.some((n) => overlaps(n, span)) || !verbs.some((v) => v.end <= span.start)) continue;
    return span;
  }
  return null;
}

/**
 * What a lineage question asks.
 * @param asked where the question asks for a document (`nghị quyết nào`, `which decree`), if it does
 * @example lineageAsk('van ban nao thuc hien chi thi 13', mentions, asked) // { direction: 'downstream', family: 'implements' }
 */
export function lineageAsk(
  folded: string,
  mentions: readonly DocumentMention[],
  asked: Span | null = null,
): LineageAsk {
  const named = mentions.map((m) => ({ start: m.at, end: m.at + m.mention.length }));
  const verbs = relationVerbs(folded, named);
  const free = (s: Span) => !named.some((n) => overlaps(n, s));
  // `luật phòng cháy chữa cháy số mấy` after the verb: the number of the document the verb reaches.
  const numbered = askedNumberAfter(folded, verbs, named);
  // `nghị quyết nào`, else any `… nào` (`nd nào`, `luật hóa chất nào`), else `số mấy`, `đâu`, `what`.
  // `khi nào`, `lúc nào`, `ngày nào` ask a time (`hết hiệu lực khi nào`), not a document.
  const which = [...folded.matchAll(/(?<![a-z0-9])([a-z0-9]+)\s+nao(?![a-z0-9])/g)]
    .filter((m) => !TIME_ASKED.has(m[1]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter(free)[0];
  const askedSpan =
    (asked && free(asked) ? asked : null) ??
    numbered ??
    which ??
    cues.askedWords
      .flatMap((w) => findAll(folded, w))
      .filter(free)
      .sort((a, b) => a.start - b.start)[0] ??
    null;
  const pivot = askedSpan ?? named[0] ?? null;
  const asksDocument = askedSpan !== null;
  const asksNumberOfRelated = numbered !== null;
  const numberedType = numbered ? (typeWordsIn(folded).find((w) => w.start === numbered.start)?.type ?? null) : null;
  if (!pivot || verbs.length === 0)
    return { direction: 'upstream', family: verbs[0]?.family ?? null, asksDocument, asksNumberOfRelated, numberedType };
  // A change verb is the sentence's own: implementing and guiding words also describe documents
  // (`nghị định hướng dẫn Luật Hóa chất nào`, `Kế hoạch thực hiện Đề án 08`).
  const changes = verbs.filter((v) => CHANGE_FAMILIES.has(v.family));
  const verb = (changes.length > 0 ? changes : verbs).reduce((best, v) =>
    gap(v, pivot) < gap(best, pivot) ? v : best,
  );
  const isAsked = pivot === askedSpan;
  // A basis noun names the upper document: the asked one is above, the named one below.
  const does = verb.noun ? !isAsked : pivotDoes(folded, pivot, verb);
  const askedIsLower = isAsked ? does : !does;
  return {
    direction: askedIsLower ? 'downstream' : 'upstream',
    family: verb.family,
    asksDocument,
    asksNumberOfRelated,
    numberedType,
  };
}
