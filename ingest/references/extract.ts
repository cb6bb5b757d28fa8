/**
 * @module ingest/references/extract
 * A document's references: mentions found in its clean text, each resolved within the document to
 * one node key (short forms, `nêu trên` and `viết tắt là` to the document they stand for, like
 * "id." and "supra"), typed from the words before it, anchored to the clause that holds it.
 */
import type {
  Clause,
  DocumentKey,
  DocumentMetadata,
  DocumentType,
  Reference,
  RelationType,
  Span,
} from '../../core/types.ts';
import {
  canonicalSymbol,
  congressKey,
  findStandards,
  lawKey,
  mergeKeys,
  numberedKey,
  partialKey,
  placeOfIssuer,
  plenumKey,
  resolutionKey,
  yearOf,
} from './canonical.ts';
import { UNQUOTED_SUBJECT } from '../../core/patterns.ts';
import { resolutionOfSymbol } from './aliases.ts';
import { findMentions, type Mention } from './find.ts';
import { relationBefore } from './relation.ts';
import { parenSpans, quotedSpans, within } from './scan.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';

export interface ExtractInput {
  documentId: string;
  cleanText: string;
  clauses: Clause[];
  metadata: DocumentMetadata;
}

const BASIS_RELATIONS = new Set<RelationType>(['implements', 'continues', 'reviews']);
const NUMBERED_KINDS = new Set(['section', 'item', 'subitem']);

const sameType = (a: DocumentType | null, b: DocumentType | null) =>
  a === null || b === null || a === b || (a.startsWith('QD') && b.startsWith('QD'));

/** The clause holding offset `at`: the one whose span contains it, else the last one starting before it. */
function clauseAt(sorted: Clause[], at: number): Clause | null {
  let found: Clause | null = null;
  for (const c of sorted) {
    if (c.span.start > at) break;
    found = c;
    if (at < c.span.end) break;
  }
  return found ?? sorted[0] ?? null;
}

/** Clauses where a document states its basis: the title block and the opening paragraphs before the numbered body. */
function basisZone(sorted: Clause[]): Set<string> {
  const firstNumbered = sorted.find((c) => NUMBERED_KINDS.has(c.kind));
  const zone = new Set<string>();
  const opening = sorted.filter((c) => c.parentId === null && (c.kind === 'preamble' || c.kind === 'paragraph'));
  for (const c of opening) {
    if (firstNumbered ? c.span.start < firstNumbered.span.start : c.kind === 'preamble' || zone.size < 2)
      zone.add(c.id);
  }
  return zone;
}

/** `… đã được sửa đổi, bổ sung (một số điều) bởi/theo …` after a cited document: how that document was changed. Folded. */
const CHANGED_BY = /^[\s,]*(?:da\s+)?(?:duoc|bi)\s+(?:sua doi|bo sung|thay the|bai bo|huy bo)\b/;
/** The end of a description that names a document as part of it: `… một số điều của`, `… bởi`, `… thi hành`. Folded. */
const NAMES_WITHIN = /\b(?:cua|boi|theo|tai|thi hanh|chi tiet|huong dan)\s*$/;

/**
 * The unquoted subjects of cited documents (`Nghị định số 113/2017/NĐ-CP ngày … của Chính phủ quy định chi tiết và
 * hướng dẫn thi hành một số điều của Luật Hóa chất`) and how they were changed (`…, được sửa đổi, bổ sung bởi Nghị
 * định số …`): NĐ 30/2020 cites a document by type, number, date, issuer and what it is about, so the words from there
 * to the next document named (or the end of that part of the sentence) tell what the cited document does: its `thi
 * hành` is not the citing document's verb. `embedded`: the mentions such a description names (`… của Luật Hóa chất`,
 * `… bởi Nghị định số 03/2025/NĐ-CP` and the acts listed beside them), which the citing document only cites.
 */
function descriptionSpans(folded: string, mentions: readonly Mention[]): { spans: Span[]; embedded: Set<Mention> } {
  const spans: Span[] = [];
  const embedded = new Set<Mention>();
  let previous: Mention | null = null;
  for (const m of mentions) {
    if (
      previous &&
      embedded.has(previous) &&
      /^\s*(?:,|va|hoac)\s*$/.test(folded.slice(previous.extent.end, m.span.start))
    )
      embedded.add(m);
    previous = m;
    const start = m.extent.end;
    const head = folded.slice(start, start + 40);
    if ((m.subjectSpan !== null || !UNQUOTED_SUBJECT.test(head)) && !CHANGED_BY.test(head)) continue;
    const stop = /[;.\n“”"()]/.exec(folded.slice(start, start + 400));
    let end = stop ? start + stop.index : Math.min(folded.length, start + 400);
    let cut: Mention | null = null;
    for (const other of mentions)
      if (other.span.start > start && other.span.start < end) {
        end = other.span.start;
        cut = other;
      }
    if (cut && NAMES_WITHIN.test(folded.slice(start, end))) embedded.add(cut);
    spans.push({ start, end });
  }
  return { spans, embedded };
}

/** The own-number line of the header (`Số 1032-CV/TU`) or the document's own symbol. */
function isOwn(m: Mention, text: string, ownSymbol: string | null): boolean {
  if (m.kind !== 'symbol') return false;
  if (ownSymbol && m.symbol === ownSymbol) return true;
  const lineStart = text.lastIndexOf('\n', m.span.start - 1) + 1;
  return /^\s*S[ốoóồổỗộ]\s*:?\s*$/u.test(text.slice(lineStart, m.span.start));
}

interface Resolved {
  mention: Mention;
  key: DocumentKey;
}

/** Keys of numbered mentions; a symbol cited with two different years in one text gets its year. */
function numberedKeys(
  mentions: Mention[],
  place: string | null,
  issuerPlace: string | null,
): Map<Mention, DocumentKey> {
  const base = new Map<Mention, DocumentKey>();
  for (const m of mentions) {
    if (m.kind !== 'symbol' || !m.symbol) continue;
    const key = numberedKey({
      symbol: m.symbol,
      type: m.type,
      issuer: m.issuer,
      date: m.date,
      subject: m.subject,
      place,
      issuerPlace,
    });
    // `Nghị quyết số 24-NQ/TW ... (khóa XI)` is the resolution the plenum table knows as `Nghị quyết Trung ương 7 khóa XI`.
    const known = resolutionOfSymbol(key.symbol ?? '', m.term, m.date);
    base.set(m, known ? mergeKeys(key, resolutionKey(known)) : key);
  }
  const groups = new Map<string, Mention[]>();
  for (const [m, k] of base) groups.set(k.key, [...(groups.get(k.key) ?? []), m]);
  for (const group of groups.values()) {
    const years = [...new Set(group.map((m) => yearOf(m.date)).filter((y): y is string => y !== null))];
    if (years.length < 2) continue;
    let current = yearOf(group.find((m) => m.date)?.date ?? null);
    for (const m of group) {
      current = yearOf(m.date) ?? current;
      base.set(
        m,
        numberedKey({
          symbol: m.symbol!,
          type: m.type,
          issuer: m.issuer,
          date: m.date,
          subject: m.subject,
          place,
          issuerPlace,
          year: current,
        }),
      );
    }
  }
  return base;
}

/**
 * Every reference the document makes to another document, in text order.
 * @example extractReferences({ documentId, cleanText, clauses, metadata }).map((r) => [r.target.key, r.relation])
 */
export function extractReferences(input: ExtractInput): Reference[] {
  const { cleanText: text, metadata } = input;
  const folded = foldKeepingOffsets(text);
  const sorted = [...input.clauses].sort((a, b) => a.span.start - b.span.start);
  const zone = basisZone(sorted);
  const ownSymbol = metadata.symbol ? (canonicalSymbol(metadata.symbol)?.symbol ?? null) : null;
  // Local symbols and congresses belong to the citing document's place: its issuer's, else its place line's.
  const issuerPlace = placeOfIssuer(metadata.issuer);
  const place = issuerPlace ?? metadata.place;

  const found = findMentions(text, folded);
  const mentions = found.mentions.filter((m) => !isOwn(m, text, ownSymbol));
  const numbered = numberedKeys(mentions, place, issuerPlace);
  const lawYears = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'law' || !m.law?.year || !m.name) continue;
    const k = lawKey(m.name, null).key;
    lawYears.set(k, (lawYears.get(k) ?? new Set()).add(m.law.year));
  }
  // Keys that may resolve short forms: numbered and plenum mentions, wherever they stand.
  const citable = mentions
    .map((m) => ({
      m,
      key:
        numbered.get(m) ??
        (m.kind === 'plenum' && m.plenum
          ? plenumKey(m.plenum.plenum, m.plenum.term, m.name ?? '', m.plenum.context)
          : null),
    }))
    .filter((c): c is { m: Mention; key: DocumentKey } => c.key !== null && c.key.number !== null);

  const resolved: Resolved[] = [];
  const antecedent = new Map<number, Resolved>();
  for (const m of mentions) {
    let key: DocumentKey | null = null;
    if (m.abbreviation !== null) {
      const abbr = found.abbreviations[m.abbreviation];
      if (!antecedent.has(m.abbreviation)) {
        // The citation the parentheses follow: the outermost one ending last before them.
        let before: Resolved | undefined;
        for (const r of resolved) {
          const { extent } = r.mention;
          if (extent.end > abbr.span.start) continue;
          if (!before || extent.end > before.mention.extent.end || extent.start < before.mention.extent.start)
            before = r;
        }
        if (before) antecedent.set(m.abbreviation, before);
      }
      key = antecedent.get(m.abbreviation)?.key ?? null;
    }
    if (!key) key = keyOf(m);
    if (key) resolved.push({ mention: m, key });
  }

  function keyOf(m: Mention): DocumentKey | null {
    switch (m.kind) {
      case 'standard': {
        const key = m.symbol ? findStandards(m.symbol)[0]?.key : undefined;
        return key ? { ...key, issuer: m.issuer } : null;
      }
      case 'symbol':
        return numbered.get(m) ?? null;
      case 'plenum':
        return m.plenum ? plenumKey(m.plenum.plenum, m.plenum.term, m.name ?? '', m.plenum.context) : null;
      case 'congress':
        return m.congress
          ? congressKey({
              ...m.congress,
              place: m.congress.place ?? (m.congress.level ? place : null),
              name: m.name ?? '',
              placeNamesIssuer: m.congress.place !== null || issuerPlace !== null,
            })
          : null;
      case 'law': {
        if (!m.name) return null;
        const years = lawYears.get(lawKey(m.name, null).key);
        const year = m.law?.year ?? (years?.size === 1 ? [...years][0] : null);
        const key = lawKey(m.name, year);
        return m.symbol ? { ...key, symbol: m.symbol, number: m.number } : key;
      }
      case 'short': {
        const number = m.number ? partialKey(m.type ?? 'NQ', m.number).number : null;
        const same = citable.filter((c) => sameType(c.key.type, m.type) && c.key.number === number);
        const hit = [...same].reverse().find((c) => c.m.span.start < m.span.start) ?? same[0];
        return hit ? hit.key : m.type && m.number ? partialKey(m.type, m.number) : null;
      }
      case 'prior': {
        const last = [...resolved].reverse().find((r) => sameType(r.key.type, m.type));
        return last?.key ?? null;
      }
      default:
        return null;
    }
  }

  // One node per key in this document: fields merged from all its mentions.
  const merged = new Map<string, DocumentKey>();
  for (const { key } of resolved) merged.set(key.key, merged.has(key.key) ? mergeKeys(merged.get(key.key)!, key) : key);

  const described = descriptionSpans(folded, mentions);
  const masks = [...quotedSpans(text), ...parenSpans(text), ...described.spans];
  const subjects = resolved.map((r) => r.mention.subjectSpan).filter((s): s is Span => s !== null);
  const refs: Reference[] = [];
  const byMention = new Map<Mention, Reference>();
  for (const { mention: m, key } of resolved) {
    const clause = clauseAt(sorted, m.span.start);
    if (!clause) continue;
    let relation: RelationType;
    let basis = false;
    const insideSubject = subjects.some((s) => s !== m.subjectSpan && within(m.span, s));
    const restated = m.definesAbbreviation && m.abbreviation !== null ? antecedent.get(m.abbreviation) : undefined;
    const restatedRef = restated ? byMention.get(restated.mention) : undefined;
    // A technical standard is applied, never implemented or a basis: it is no act of Luật ban hành VBQPPL.
    if (insideSubject || described.embedded.has(m) || m.kind === 'standard') {
      relation = 'cites';
    } else if (restatedRef) {
      relation = restatedRef.relation;
      basis = restatedRef.basis;
    } else {
      relation = relationBefore({
        folded,
        text,
        mention: m.span,
        floor: clause.span.start,
        joinLines: clause.kind === 'preamble',
        masks,
        body: clause.parentId !== null || NUMBERED_KINDS.has(clause.kind),
      }).relation;
      basis = zone.has(clause.id) && BASIS_RELATIONS.has(relation);
    }
    const ref: Reference = {
      clauseId: clause.id,
      mention: text.slice(m.span.start, m.span.end),
      span: { ...m.span },
      target: merged.get(key.key)!,
      relation,
      basis,
    };
    byMention.set(m, ref);
    refs.push(ref);
  }
  return refs;
}
