/** @module ingest/facts/clause-targets — numeric targets in one clause's text: indicator, value, unit, comparator, scope, and the timeframe of their sentence. */
import {
  AT_LEAST_AFTER,
  COMPARATOR_WORDS,
  DEADLINE_PHRASE,
  LEVEL_WORD,
  MAINTAIN_CUE,
  PERIOD_PHRASE,
  PREDICATE_OPENER,
  QUANTITY,
  QUOTED,
  STRIVE_CUE,
  TARGET_FILLER,
  TARGET_SCOPES,
  TARGET_UNITS,
} from '../../core/patterns.ts';
import { foldedForm, matchForm } from '../../core/text/vietnamese.ts';
import type { Comparator, Target } from '../../core/types.ts';
import { contentStart, type MatchText, matchText, sourceSlice } from './match-text.ts';
import { parseVietnameseNumber } from './numbers.ts';
import { findTimeframe } from './timeframes.ts';

/** A target before the tree gives it a clause and, when its sentence sets none, a timeframe. */
export type TextTarget = Omit<Target, 'clauseId'>;

type Range = [number, number];

/** Separators between target phrases: `;`, `:`, a full stop, `, 98%`, `, tỷ lệ`, ` và 99%`. */
const SEPARATOR = /;|:|\.(?=\s|$)|,\s(?=\d|ty le\b)|\s+va\s+(?=\d)/g;
const SENTENCE_END = /\.(?=\s|$)/g;
const UNIT_OF = new Map(TARGET_UNITS);
const COMPARATORS = COMPARATOR_WORDS.map(([word, comparator]) => ({ word, folded: foldedForm(word), comparator }));
const SCOPES = TARGET_SCOPES.map(([folded, scope]) => ({ re: new RegExp(`\\b${folded}\\b`), scope }));

interface Separator {
  start: number;
  end: number;
  /** `, 98%` or ` và 99%`: joins two values of one phrase. */
  conjunct: boolean;
}

interface Found {
  at: number;
  end: number;
  valueText: string;
  unit: string;
  segment: Range;
  sentence: Range;
  comparator: Comparator | null;
  /** Indicator-first (`tỷ lệ ... đạt 74,8%`): the words before the comparator. */
  before: Range | null;
  /** Number-first (`100% cơ sở ... đạt tiêu chuẩn`): words before the value that are not filler. */
  prefix: Range | null;
  after: Range;
}

/** The comparator printed right before the value, and where it starts. */
function comparatorBefore(mt: MatchText, from: number, to: number): { comparator: Comparator | null; at: number } {
  const head = mt.text.slice(from, to).trimEnd().replace(LEVEL_WORD, '');
  for (const { word, folded, comparator } of COMPARATORS) {
    if (!head.endsWith(folded)) continue;
    const at = from + head.length - folded.length;
    if (at > from && /[a-z0-9]/.test(mt.text[at - 1])) continue;
    // `đạt` and `đất` fold alike: the printed word decides.
    if (matchForm(sourceSlice(mt, at, at + folded.length)) !== word) continue;
    return { comparator, at };
  }
  return { comparator: null, at: from + head.length };
}

/** Ranges minus the deadline and period phrases inside them (`... sinh hoạt đến năm 2025 đạt`). */
function withoutTimeframes(t: string, ranges: Range[]): Range[] {
  const cuts = [...t.matchAll(DEADLINE_PHRASE), ...t.matchAll(PERIOD_PHRASE)].map(
    (m): Range => [m.index, m.index + m[0].length],
  );
  return ranges.flatMap(([a, b]) => {
    let pieces: Range[] = [[a, b]];
    for (const [c, d] of cuts) {
      pieces = pieces.flatMap(([x, y]): Range[] =>
        d <= x || c >= y
          ? [[x, y]]
          : (
              [
                [x, c],
                [d, y],
              ] as Range[]
            ).filter(([p, q]) => q > p),
      );
    }
    return pieces;
  });
}

const hasWords = (t: string, [a, b]: Range) => /[a-z]/.test(t.slice(a, b));

/** The indicator as printed: the source words of the ranges, trimmed, the first letter lowercased. */
function indicatorText(mt: MatchText, ranges: Range[]): string {
  const text = withoutTimeframes(mt.text, ranges)
    .map(([a, b]) => sourceSlice(mt, a, b).trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–"“”']+|[\s,;:.\-–"“”'(]+$/gu, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function scopeOf(t: string, [a, b]: Range): string | null {
  const words = t.slice(a, b);
  let best: { at: number; scope: string } | null = null;
  for (const { re, scope } of SCOPES) {
    const m = re.exec(words);
    if (m && (!best || m.index < best.at)) best = { at: m.index, scope };
  }
  return best?.scope ?? null;
}

/** A subject with its scope words taken out: `dân số nông thôn` and `dân số đô thị` are both `dan so`. */
function scopeless(t: string, [a, b]: Range): string {
  let words = t.slice(a, b);
  for (const { re } of SCOPES) words = words.replace(new RegExp(re.source, 'g'), ' ');
  return words.replace(/[^a-z0-9]+/g, ' ').trim();
}

function locate(mt: MatchText, start: number): Found[] {
  const t = mt.text;
  const quoted = [...t.matchAll(QUOTED)].map((q): Range => [q.index, q.index + q[0].length]);
  const separators: Separator[] = [...t.matchAll(SEPARATOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    conjunct: /\d/.test(t[m.index + m[0].length] ?? ''),
  }));
  const sentenceEnds = [...t.matchAll(SENTENCE_END)].map((m) => m.index);
  const found: Found[] = [];
  for (const q of t.matchAll(QUANTITY)) {
    const at = q.index;
    const end = at + q[0].length;
    if (at < start || quoted.some(([a, b]) => at >= a && at < b)) continue;
    let segStart = Math.max(start, ...separators.filter((s) => s.end <= at).map((s) => s.end));
    while (t[segStart] === ' ') segStart++;
    const segEnd = Math.min(t.length, ...separators.filter((s) => s.start >= end).map((s) => s.start));
    const sentence: Range = [
      Math.max(start, ...sentenceEnds.filter((e) => e < at).map((e) => e + 1)),
      Math.min(t.length, ...sentenceEnds.filter((e) => e >= end)),
    ];
    const filler = TARGET_FILLER.exec(t.slice(segStart, at))?.[0].length ?? 0;
    const from = segStart + filler;
    const stated = comparatorBefore(mt, from, at);
    const core: Range = [from, stated.at];
    const coreHasWords = withoutTimeframes(t, [core]).some((r) => hasWords(t, r));
    // The value closes its phrase (`tỷ lệ ... ở mức 45%.`) or follows a comparator: the words before name it.
    const indicatorFirst = coreHasWords && (stated.comparator !== null || !hasWords(t, [end, segEnd]));
    const lead = t.slice(sentence[0], at);
    let comparator = stated.comparator;
    if (!comparator && AT_LEAST_AFTER.test(t.slice(end, segEnd))) comparator = 'at-least';
    if (!comparator && STRIVE_CUE.test(lead)) comparator = 'strive';
    if (!comparator && MAINTAIN_CUE.test(lead)) comparator = 'maintain';
    found.push({
      at,
      end,
      valueText: q[1],
      unit: UNIT_OF.get(q[2]) ?? q[2],
      segment: [segStart, segEnd],
      sentence,
      comparator,
      before: indicatorFirst ? core : null,
      prefix: coreHasWords && !indicatorFirst ? core : null,
      after: [end, segEnd],
    });
  }
  return found;
}

/** Consecutive number-first values joined by `, 98%` / ` và 99%`: they share the last one's predicate. */
function conjunctGroups(t: string, found: Found[]): Found[][] {
  const groups: Found[][] = [];
  for (const f of found) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const joined =
      prev &&
      !prev.before &&
      !f.before &&
      !f.prefix &&
      prev.segment[1] < f.segment[0] &&
      /^(?:,\s|\s+va\s+)$/.test(t.slice(prev.segment[1], f.segment[0]));
    if (joined) last.push(f);
    else groups.push([f]);
  }
  return groups;
}

/**
 * Targets stated in a clause's text. `offset` is the clause's start in the document's clean text;
 * `notBefore` the document's year (earlier years are history, not deadlines).
 * @example targetsInText('- 98% dân số nông thôn và 99% dân số đô thị sử dụng nước hợp vệ sinh.', 0, ctx)
 * // two targets, indicator `sử dụng nước hợp vệ sinh`, scopes rural and urban
 */
export function targetsInText(
  text: string,
  offset: number,
  context: { place: string | null; notBefore: number | null },
): TextTarget[] {
  const mt = matchText(text);
  const t = mt.text;
  const out: TextTarget[] = [];
  for (const group of conjunctGroups(t, locate(mt, contentStart(mt)))) {
    const last = group[group.length - 1];
    const opener = group.length > 1 ? PREDICATE_OPENER.exec(t.slice(...last.after)) : null;
    const predicate: Range | null = opener ? [last.after[0] + opener.index, last.after[1]] : null;
    const subjectOf = (f: Found): Range => (f === last && predicate ? [f.after[0], predicate[0]] : f.after);
    const parallel =
      predicate !== null &&
      new Set(group.map((f) => scopeless(t, subjectOf(f)))).size === 1 &&
      hasWords(t, subjectOf(last));
    for (const f of group) {
      let ranges: Range[];
      let scopeRange: Range;
      if (f.before) {
        ranges = [f.before];
        scopeRange = f.before;
      } else if (predicate) {
        const shared: Range =
          /^duoc\b/.test(t.slice(...predicate)) && parallel ? [predicate[0] + 5, predicate[1]] : predicate;
        ranges = parallel ? [shared] : [subjectOf(f), shared];
        scopeRange = subjectOf(f);
      } else {
        ranges = f.prefix ? [f.prefix, f.after] : [f.after];
        scopeRange = [f.prefix?.[0] ?? f.after[0], f.after[1]];
      }
      const indicator = indicatorText(mt, ranges);
      const value = parseVietnameseNumber(f.valueText);
      if (!indicator || value === null) continue;
      const own: Range[] = f.before ? [f.before] : f === last ? ranges : [subjectOf(f)];
      const spanStart = Math.min(f.at, ...own.map(([a]) => a));
      let spanEnd = Math.max(f.end, ...own.map(([, b]) => b));
      while (spanEnd > f.end && /[\s,;"“”'-]/.test(t[spanEnd - 1])) spanEnd--;
      const timeframe = findTimeframe(sourceSlice(mt, ...f.sentence), context.notBefore);
      out.push({
        indicator,
        value,
        valueText: f.valueText,
        unit: f.unit,
        comparator: f.comparator,
        deadline: timeframe?.deadline ?? null,
        period: timeframe?.period ?? null,
        scope: scopeOf(t, scopeRange),
        place: context.place,
        span: { start: offset + mt.toSource(spanStart), end: offset + mt.toSource(spanEnd) },
      });
    }
  }
  return out;
}
