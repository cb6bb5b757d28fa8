/**
 * @module answer/kinds/value
 * Questions asking for a value of a type — a sum or quantity with its unit (`mức phạt`, `giá một
 * tấn`, `bao nhiêu ha`), a percentage, a deadline (`hạn chót … ngày nào`): answered only from a
 * sentence that shows the question's topic and states a value of that type. When the best clauses
 * show the topic but state no such value, the answer abstains and says what the documents do cover.
 */
import type { Span } from '../../core/types.ts';
import { AnswerDraft } from '../answer-draft.ts';
import {
  askedSum,
  askedUnit,
  askedValueType,
  asksDate,
  periodAnswersDuration,
  plainCount,
  sumsOfKind,
  type ValueType,
  valuesIn,
} from '../answer-type.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';
import { clausesById } from '../clause-facts.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { sentenceSpans, termNearness, termHits } from '../quote.ts';
import { type Chosen, chooseClauses } from '../clause-chooser.ts';
import { headingsOf, rerank, topicShare } from '../rerank.ts';
import { foldText } from '../../search/analyzer.ts';
import { countedNouns, statesCount } from '../../search/counted-answer.ts';
import { PHRASES } from '../templates.ts';
import { asksDocumentEffect, EFFECT } from '../validity-question.ts';
import { answerValidity } from './validity.ts';

/** A clause must show at least this share of the weighted topic for its value to answer (as for quotes). */
const MIN_MATCH = 0.5;
/**
 * A listed point answering with its lead-in's value is one inference more: it must show more of the topic
 * (a sanctions decree lists hundreds of acts under a few fines, and a loosely related act is no answer).
 */
const INHERITED_MIN_MATCH = 0.6;

/** The value type asked: a date for deadlines, else the unit the question names. */
export function wantedType(ctx: ComposeContext): ValueType {
  if (ctx.q.kind === 'deadline') return 'date';
  const asked = askedValueType(ctx.q.text);
  // `bao lâu`, `how long`, `until when` read as an amount or an open question still ask for a period or date.
  if (asked === 'number' && ctx.q.kind !== 'target' && asksDate(ctx.q.text)) return 'date';
  return ctx.q.kind === 'target' && asked === 'number' ? 'number' : asked;
}

/** What a value of each type is called in the answer's statement (`Thời hạn: …`). */
export const VALUE_NAMES: Record<'vi' | 'en', Record<ValueType, string>> = {
  vi: {
    money: 'số tiền',
    mass: 'khối lượng',
    area: 'diện tích',
    volume: 'khối lượng',
    length: 'chiều dài',
    percentage: 'tỷ lệ',
    number: 'con số',
    date: 'thời hạn',
  },
  en: {
    money: 'amount of money',
    mass: 'weight',
    area: 'area',
    volume: 'volume',
    length: 'length',
    percentage: 'percentage',
    number: 'figure',
    date: 'deadline or date',
  },
};

interface Found {
  clause: { id: string; documentId: string; label: string; text: string };
  sentence: { start: number; end: number };
  value: { start: number; end: number };
  score: number;
  /** The chooser's trust in the clause (`clause-chooser.ts`): which clause states the value. */
  chance: number;
  /** The sentence recounts an earlier letter (`Ngày 19/12/2025, Sở … có Văn bản số … với thời hạn trước …`). */
  recounted?: boolean;
  /** The parent's lead-in stating the value for the clause's list item (`1. Phạt tiền từ … đối với … sau:` → `d) …`). */
  leadIn?: { id: string; documentId: string; label: string; text: string };
}

/**
 * Lead-ins (`… đối với một trong các hành vi vi phạm sau:`) of the clauses' parents, by child id: the
 * fine of a sanctions decree, or a time limit, stands there once for every point listed under it.
 */
async function leadIns(
  ctx: ComposeContext,
  ids: readonly string[],
): Promise<Map<string, { id: string; documentId: string; label: string; text: string }>> {
  const out = new Map<string, { id: string; documentId: string; label: string; text: string }>();
  const own = await clausesById(ctx.db, ids);
  const parents = await clausesById(
    ctx.db,
    [...own.values()].map((c) => c.parentId).filter((p): p is string => p !== null),
  );
  for (const c of own.values()) {
    const p = c.parentId ? parents.get(c.parentId) : undefined;
    if (p && /:\s*$/.test(p.text)) out.set(c.id, { id: p.id, documentId: p.documentId, label: p.label, text: p.text });
  }
  return out;
}

/** Answers a value question, or abstains saying the documents give no value of that type. */
export async function answerValue(ctx: ComposeContext): Promise<KindAnswer> {
  const want = wantedType(ctx);
  const unit = askedUnit(ctx.q.text);
  const sum = want === 'money' ? askedSum(ctx.q.text) : null;
  /** The values of the asked type a text states: of a fee, no fine and of a fine, no fee. */
  const statedValues = (text: string) => sumsOfKind(text, valuesIn(text, want, unit), sum);
  const question = foldKeepingOffsets(ctx.q.text);
  const ranked = chooseClauses(ctx, await rerank(ctx)).filter((r) => r.kind !== 'preamble');
  // The numbers of the documents the question names: a recounted letter the question asks about answers.
  const named = namedNumbers(ctx.q.slots.mentions.flatMap((m) => (m.number ? [m.number] : [])));
  let best: Found | null = null;
  // The chooser's first clause is the one an open answer would quote: its value answers when a sentence of it shows
  // the question's words, whatever share of the topic it shows (the abstain model judges the match, as for a quote).
  // Not for a bare figure (`number`): any unit fits it, too loose to trust from a clause showing little of the topic —
  // unless it counts the noun a `bao nhiêu N` asks (`Đối tượng: Theo danh sách đơn vị đăng ký (100 người)`).
  const counted = countedNouns(ctx.q.text);
  const quoted =
    want !== 'number' || (ranked[0] && counted.some((n) => statesCount(ranked[0].text, n))) ? ranked[0] : undefined;
  for (const r of ranked) {
    if (r.match < MIN_MATCH && r !== quoted) continue;
    const folded = foldKeepingOffsets(r.text);
    const values = statedValues(r.text);
    if (values.length === 0) continue;
    for (const s of sentenceSpans(r.text)) {
      const inSentence = values.filter((v) => v.start >= s.start && v.start < s.end);
      if (inSentence.length === 0) continue;
      // The sentence must show the topic itself: a date elsewhere in a matching clause answers nothing.
      const hits = termHits(folded.slice(s.start, s.end), ctx.words, ctx.wordWeight);
      if (hits === 0) continue;
      const found = bestFound(
        r,
        { folded, sentence: s, values: inSentence, hits },
        want,
        question,
        ctx.words,
        ctx.wordWeight,
      );
      found.recounted = recounts(folded.slice(s.start, s.end), named);
      if (!best || better(found, best)) best = found;
    }
  }
  // A listed point that shows the topic but no value takes the one its lead-in states for the whole list.
  const bare = ranked.filter((r) => r.match >= INHERITED_MIN_MATCH && statedValues(r.text).length === 0);
  const heads =
    bare.length > 0
      ? await leadIns(
          ctx,
          bare.map((r) => r.clauseId),
        )
      : new Map();
  for (const r of bare) {
    const head = heads.get(r.clauseId);
    if (!head) continue;
    const values = statedValues(head.text);
    const hits = termHits(foldKeepingOffsets(r.text), ctx.words, ctx.wordWeight);
    if (values.length === 0 || hits === 0) continue;
    const whole = { start: 0, end: head.text.length };
    const found = bestFound(
      r,
      { folded: foldKeepingOffsets(head.text), sentence: whole, values, hits },
      want,
      question,
      ctx.words,
      ctx.wordWeight,
    );
    if (!best || better(found, best)) best = { ...found, leadIn: head };
  }
  // A short item names only what sets it apart (`1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026`): the event it dates is named
  // by the lead-in above it and by the letter's opening. Its value answers when that path shows the topic.
  if (!best) best = await shortItemValue(ctx, ranked, want, statedValues, question);
  const words = PHRASES[ctx.lang];
  const what = VALUE_NAMES[ctx.lang][want];
  // `Thông tư … có hiệu lực từ ngày nào`: the document's closing article states it (`… có hiệu lực thi hành kể từ
  // ngày …`), not a time limit counted from that day elsewhere (`trong 30 ngày kể từ ngày Thông tư này có hiệu lực`);
  // and when no clause states a date, an effect question still asks the effect clause, whatever words it shows.
  if (want === 'date' && (asksDocumentEffect(question) || (!best && EFFECT.test(question)))) {
    const effect = await effectiveDate(ctx, ranked);
    if (effect) return effect;
  }
  if (!best) return unstated(ctx, ranked, what, want);
  const { clause, value, leadIn } = best;
  const draft = new AnswerDraft();
  const source = leadIn ?? clause;
  const whole = statedSpan(foldKeepingOffsets(source.text), value);
  const stated = plainCount(source.text.slice(whole.start, whole.end));
  draft.add(ctx.lang === 'en' ? `The ${what}: ${stated}` : `${capitalize(what)}: ${stated}`);
  if (leadIn) {
    draft.add(
      `${words.according} ${leadIn.label}: ${draft.quote(leadIn, ctx.words, { around: value, weight: ctx.wordWeight })}`,
    );
    draft.add(`${clause.label}: ${draft.quote(clause, ctx.words, { weight: ctx.wordWeight })}`);
    return draft;
  }
  draft.add(
    `${words.according} ${clause.label}: ${draft.quote(clause, ctx.words, { around: value, weight: ctx.wordWeight })}`,
  );
  return draft;
}

/**
 * The decline when the clauses about the topic state no value of the asked type: what the best of them does say,
 * quoted and cited, so the reader sees the documents were read (#14); a plain decline when none shows the topic.
 */
function unstated(ctx: ComposeContext, ranked: readonly Chosen[], what: string, want: ValueType): KindAnswer {
  const shown = ranked.find((r) => r.match >= MIN_MATCH);
  if (!shown) return { abstain: `no clause shows the topic with a ${want}`, message: PHRASES[ctx.lang].notFound };
  const draft = new AnswerDraft();
  const clause = { id: shown.clauseId, documentId: shown.documentId, label: shown.label, text: shown.text };
  const quote = draft.quote(clause, ctx.words, { weight: ctx.wordWeight });
  const message =
    ctx.lang === 'en'
      ? `The documents mention this but give no ${what} for it. ${PHRASES.en.according} ${shown.label}: ${quote}`
      : `Các văn bản có nói về nội dung này nhưng không nêu ${what}. ${PHRASES.vi.according} ${shown.label}: ${quote}`;
  return { abstain: `no ${want} stated in the matching clauses`, message, citations: draft.citations };
}

/** An item this short (one line) is read with its path: it names only what sets it apart from its siblings. */
const SHORT_ITEM = 160;
/** A preamble line stating a legal basis (`Căn cứ Nghị định số …`), folded. */
const LEGAL_BASIS = /^\s*can cu\b/;
/** How much of a text's opening paragraphs is read as what the whole text is about. */
const OPENING_CHARS = 600;

/**
 * The opening paragraphs of each document, before its first numbered part (`Thực hiện Kế hoạch số … về việc kiểm
 * tra …`): a letter or notice says there what the whole text is about (NĐ 30/2020, the body's opening), cut at
 * `OPENING_CHARS`; its legal bases left out.
 */
async function openings(ctx: ComposeContext, documentIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(documentIds)];
  const rows = await ctx.db.query<{ document_id: string; text: string }>(
    `select c.document_id, c.text from clauses c
      where c.document_id = any($1::text[]) and c.parent_id is null and c.kind = 'paragraph'
        and c.span_start < coalesce((select min(o.span_start) from clauses o where o.document_id = c.document_id
          and o.parent_id is null and o.kind not in ('paragraph', 'preamble')), c.span_start + 1)
      order by c.document_id, c.span_start`,
    [unique],
  );
  const out = new Map<string, string>();
  for (const r of rows) {
    // The legal bases (`Căn cứ Luật …`, NĐ 30/2020's preamble) name the enabling texts, not the subject: the
    // request or purpose after them (`Xét đề nghị của …`) does, and would fall past the cut behind a long list.
    if (LEGAL_BASIS.test(foldText(r.text))) continue;
    out.set(r.document_id, `${out.get(r.document_id) ?? ''} ${r.text}`.slice(0, OPENING_CHARS));
  }
  return out;
}

/**
 * The best value stated by a short item that shows a topic word itself, when the item with the lead-ins above it
 * and its document's opening shows the topic as a whole clause must.
 */
async function shortItemValue(
  ctx: ComposeContext,
  ranked: readonly Chosen[],
  want: ValueType,
  stated: (text: string) => Span[],
  question: string,
): Promise<Found | null> {
  const short = ranked.filter((r) => r.match < MIN_MATCH && r.text.length <= SHORT_ITEM && stated(r.text).length > 0);
  if (short.length === 0) return null;
  const ids = short.map((r) => r.clauseId);
  const leadIns = await headingsOf(ctx, ids, (c) => (/:\s*$/.test(c.text) ? c.text : (c.heading ?? '')));
  const opening = await openings(
    ctx,
    short.map((r) => r.documentId),
  );
  let best: Found | null = null;
  for (const r of short) {
    const folded = foldKeepingOffsets(r.text);
    const hits = termHits(folded, ctx.words, ctx.wordWeight);
    if (hits === 0) continue;
    const path = `${r.text} ${leadIns.get(r.clauseId) ?? ''} ${opening.get(r.documentId) ?? ''}`;
    const doc = ctx.documentsById.get(r.documentId);
    if (topicShare(ctx, doc)(foldText(path)) < MIN_MATCH) continue;
    const values = stated(r.text);
    const found = bestFound(
      r,
      { folded, sentence: { start: 0, end: r.text.length }, values, hits },
      want,
      question,
      ctx.words,
      ctx.wordWeight,
    );
    if (!best || better(found, best)) best = found;
  }
  return best;
}

/** A question asking a total (`tổng cộng bao nhiêu`, `tổng số`, `in total`). */
const ASKS_TOTAL = /\b(?:tong cong|tong so|in total|altogether)\b/;
/** Words stating a total just before its figure (`nâng tổng số lên 37`, `tổng cộng 12`). */
const TOTAL_BEFORE = /\btong (?:so|cong)\b[^.;:]{0,12}$/;

/** Words before a date that make it a time limit: `trước`, `chậm nhất`, `thời hạn`, `không quá`, `đến hết`. */
const LIMIT_BEFORE = /(?:truoc|cham nhat|han|thoi han|khong qua|toi da|den het|den|trong vong|trong)\s*$/;
/** The words a time limit opens with, as the value reads them (`trước ngày 08/4/2026`). */
const LIMIT_WORDS = /^(?:truoc|cham nhat|den het|den|khong qua|toi da|trong)\b/;

/**
 * The time limit a duty's sentence states, as written (`tổng hợp, báo cáo Bộ trưởng … trước 30 tháng 01 hằng năm`
 * → `trước 30 tháng 01 hằng năm`): a date opened by a limit word; null when it states none.
 */
export function statedLimit(sentence: string): string | null {
  const folded = foldKeepingOffsets(sentence);
  for (const v of valuesIn(sentence, 'date')) {
    const before = folded.slice(Math.max(0, v.start - 20), v.start);
    if (!LIMIT_WORDS.test(folded.slice(v.start, v.end)) && !LIMIT_BEFORE.test(before)) continue;
    const whole = statedSpan(folded, v);
    return plainCount(sentence.slice(whole.start, whole.end));
  }
  return null;
}

/**
 * A sentence recounting what an earlier document did (NĐ 30/2020 letters open their background so: `Ngày 19 tháng 12
 * năm 2025, Sở Công Thương có Văn bản số … với thời hạn trước ngày …`, `Tại Công văn số … ngày …, Bộ … đề nghị …`):
 * its dates and limits are that document's, not the text's own — unless the question asks about that document.
 */
const RECOUNTS =
  /^(?:[-+•]\s*)?(?:ngay\s+\d{1,2}\s*(?:\/|thang)\s*\d{1,2}\s*(?:\/|nam)\s*\d{4}\s*,|tai\s+(?:van ban|cong van|ke hoach|quyet dinh|thong bao|to trinh|bao cao)\s+so\b)/;

/** The document numbers a question names, each a whole number (not inside a longer one): built once per question. */
export function namedNumbers(numbers: readonly string[]): RegExp | null {
  return numbers.length === 0 ? null : new RegExp(`(?<![\\d])(?:${numbers.join('|')})(?![\\d])`);
}

/** Whether a folded sentence recounts an earlier document none of the `named` numbers (the question's) stands in. */
export function recounts(sentence: string, named: RegExp | null = null): boolean {
  if (!RECOUNTS.test(sentence.trimStart())) return false;
  return named === null || !named.test(sentence);
}

/**
 * A value the text states itself before one it recounts from an earlier document; then the clause the chooser trusts
 * more; within one clause (or between equally trusted ones) the sentence showing more of the topic, with the
 * better-fitting value.
 */
function better(a: Found, b: Found): boolean {
  if (Boolean(a.recounted) !== Boolean(b.recounted)) return !a.recounted;
  return a.chance !== b.chance ? a.chance > b.chance : a.score > b.score;
}

/**
 * The best-fitting of `values` found in `where.sentence` of a ranked clause (or of its lead-in), scored by the
 * clause's fit, the topic words the sentence shows and how well the value answers.
 */
function bestFound(
  r: Chosen,
  where: { folded: string; sentence: Span; values: readonly Span[]; hits: number },
  want: ValueType,
  question: string,
  words: readonly string[],
  weight: (word: string) => number,
): Found {
  const { value, fit } = bestValue(where, want, question, words, weight);
  return {
    clause: { id: r.clauseId, documentId: r.documentId, label: r.label, text: r.text },
    sentence: where.sentence,
    value,
    score: r.fit + where.hits + fit,
    chance: r.chance,
  };
}

/**
 * The value of `where.values` (in `where.sentence` of the folded text) that answers best: the best fitting, and of
 * those fitting as well the one nearest the question's words (`… 5 triệu đồng đối với hành vi A, 10 triệu đồng đối
 * với hành vi B` asked about B), not the first.
 * @example bestValue({ folded, sentence, values }, 'money', question, ['hanh', 'vi', 'b']) // the 10 triệu span
 */
export function bestValue(
  where: { folded: string; sentence: Span; values: readonly Span[] },
  want: ValueType,
  question: string,
  words: readonly string[],
  weight?: (word: string) => number,
): { value: Span; fit: number } {
  const fits = where.values.map((v) => ({
    value: v,
    fit: valueFit(where.folded, where.sentence, v, want, question),
    near: termNearness(where.folded, where.sentence, v, words, weight),
  }));
  return fits.reduce((a, b) => (b.fit > a.fit || (b.fit === a.fit && b.near > a.near) ? b : a));
}

/**
 * How well a value answers, beside the sentence's topic: for a deadline, a date marked as a limit (`trước
 * ngày`, `chậm nhất`) and not a narrative date opening the sentence (`Ngày 19/12/2025, Sở … có văn bản`);
 * a value opened by the question's own limit word (`từ ngày nào` → `từ ngày …`) fits best.
 */
function valueFit(
  folded: string,
  sentence: { start: number; end: number },
  value: { start: number; end: number },
  want: ValueType,
  question: string,
): number {
  const before = folded.slice(Math.max(sentence.start, value.start - 20), value.start);
  // A total asked (`tổng cộng bao nhiêu`) is the figure a report states as the total (`Hình thành mới 15 cụm, nâng
  // tổng số lên 37 CCN`), not the new ones beside it.
  if (want !== 'date') return ASKS_TOTAL.test(question) && TOTAL_BEFORE.test(before) ? 1 : 0;
  const text = folded.slice(value.start, value.end);
  let fit = 0;
  // `có hiệu lực từ khi nào` asks where something starts (`kể từ ngày …`), not a limit.
  if (EFFECT.test(question)) {
    if (/^(?:tu|ke tu)\b/.test(text) || /\b(?:tu|ke tu)\s*$/.test(before)) fit += 1;
  } else if (LIMIT_WORDS.test(text) || LIMIT_BEFORE.test(before)) fit += 1;
  // `bao lâu` asks a period: a limit date beside it (`trước ngày …`) is another fact of the sentence.
  if (periodAnswersDuration(question, text)) fit += 2;
  const opener = /^(\S+)\s/.exec(text)?.[1];
  if (
    opener &&
    /^(?:tu|truoc|den|trong|sau)$/.test(opener) &&
    new RegExp(`\\b${opener} (?:ngay|khi|bao|luc)\\b`).test(question)
  )
    fit += 0.5;
  const opensSentence = folded.slice(sentence.start, value.start).trim() === '';
  if (opensSentence && /^\s*,/.test(folded.slice(value.end, value.end + 3))) fit -= 1;
  return fit;
}

/** Money amount or count with its unit, as a range where the text gives one. */
const AMOUNT = String.raw`\d[\d.,]*(?:\s*(?:nghin|ngan|trieu|ty))?(?:\s*(?:dong|vnd|d))?`;

/**
 * The whole value as stated: a range (`từ 3.000.000 đồng đến 5.000.000 đồng`, `3-5 triệu đồng`) and a
 * count's qualifier (`05 ngày làm việc`), not its first figure alone.
 */
export function statedSpan(folded: string, value: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = value;
  const after = folded.slice(end, end + 60);
  const upTo = new RegExp(`^\\s*(?:den|-|–|toi)\\s*${AMOUNT}`).exec(after);
  if (upTo && /\d/.test(folded[start] ?? '')) end += upTo[0].trimEnd().length;
  const before = folded.slice(Math.max(0, start - 40), start);
  const from = new RegExp(`(?:tu\\s+)?${AMOUNT}\\s*(?:den|-|–)\\s*$`).exec(before);
  if (from && /\d/.test(folded[start] ?? '')) start -= from[0].length;
  else if (/\btu\s+$/.test(before) && /\d/.test(folded[start] ?? '') && upTo) start -= /tu\s+$/.exec(before)![0].length;
  const working = /^\s+lam viec\b/.exec(folded.slice(end));
  if (working && /(?:ngay|gio)$/.test(folded.slice(start, end))) end += working[0].length;
  if (/(?:ngay|gio) lam$/.test(folded.slice(start, end)) && /^ viec\b/.test(folded.slice(end))) end += 5;
  // A span of time closes with its end (`từ ngày 16/6/2026 đến hết ngày 17/6/2026`, `từ 10h00 đến 13h30`).
  const until = /^\s*(?:den het|den|toi|-|–)\s*/.exec(folded.slice(end));
  if (until && /^(?:tu|ke tu)\b/.test(folded.slice(start, end))) {
    const next = valuesIn(folded.slice(end + until[0].length, end + until[0].length + 60), 'date')[0];
    if (next?.start === 0) end += until[0].length + next.end;
  }
  // A recurring limit says how often (`trước ngày 15 tháng 01 hằng năm`).
  const every = /^\s*,?\s*(?:hang|moi)\s+(?:nam|quy|thang|tuan|ngay)\b/.exec(folded.slice(end));
  if (every) end += every[0].length;
  // A period runs from a point the text names (`sau 10 ngày kể từ ngày ký ban hành`).
  const anchor = /^\s*(?:ke tu|tinh tu)\s+(?:ngay|khi|thoi diem)\b[^.;:,\n()]{0,40}/.exec(folded.slice(end));
  if (anchor && /(?:ngay|thang|nam|gio|tuan)(?: lam viec)?$/.test(folded.slice(start, end))) {
    // Cut at 40 characters inside a word: keep whole words only.
    const whole = /[a-z0-9]/.test(folded[end + anchor[0].length] ?? '') ? anchor[0].replace(/\s*\S*$/, '') : anchor[0];
    end += whole.trimEnd().length;
  }
  return { start, end };
}

/** The validity statement of the document named, else of the best matching clause's document. */
async function effectiveDate(ctx: ComposeContext, ranked: readonly { documentId: string; match: number }[]) {
  const named = await answerValidity(ctx);
  if (named instanceof AnswerDraft) return named;
  const best = ranked.find((r) => r.match >= MIN_MATCH);
  const doc = best && ctx.documentsById.get(best.documentId);
  if (!doc || doc.id === ctx.focus?.id) return null;
  const own = await answerValidity({ ...ctx, q: { ...ctx.q, slots: { ...ctx.q.slots, mentions: [] } }, focus: doc });
  return own instanceof AnswerDraft ? own : null;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
