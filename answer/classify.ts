/**
 * @module answer/classify
 * Question understanding: the kind of question (lead, coordinate, report, target, lineage,
 * metadata, content), its language, and its slots (content terms, named documents, places, years,
 * the document type and issuer asked for). Vietnamese with or without diacritics, and English.
 */
import { foldAccents, matchForm } from '../core/text/vietnamese.ts';
import type { DocumentType } from '../core/types.ts';
import { askedNouns, measureSpans } from '../search/asking-words.ts';
import { ALIASES } from '../search/data/abbreviations.ts';
import { ENGLISH_STOPWORDS, FOLDED_QUERY_STOPWORDS, QUERY_STOPWORDS, STOPWORDS } from '../search/data/stopwords.ts';
import { detectLanguage } from '../search/query-language.ts';
import { bigramPairs, type Token, tokenize } from '../search/tokenize.ts';
import { PLACES } from './data/places.ts';
import { type FoldedText, findAll, foldedText, hasAny } from './folded-text.ts';
import { askedUnit, askedValueType, asksDate } from './answer-type.ts';
import { type AskedDocument, askedDocument } from './asked-document.ts';
import { type AskedRole, askedRole } from './asked-role.ts';
import {
  AMOUNT_CUES,
  ANY_DOCUMENT_WORDS,
  COORDINATE_CUES,
  DEADLINE_CUES,
  FIELD_CUES,
  ISSUER_CUES,
  LEAD_CUES,
  LINEAGE_VERBS,
  QUESTION_NOISE,
  REPORT_CUES,
  TARGET_CUES,
} from './patterns.ts';
import {
  type KindLabel,
  type KindModel,
  readTrainingFile,
  trainKindModel,
  wordFeatures,
} from './question-kind-model.ts';
import { readDates, readMentions, readPlaces, readYears, typeWordsIn } from './read-mentions.ts';
import { CHANGE_FAMILIES, lineageAsk } from './lineage-question.ts';
import { validityAsk } from './validity-question.ts';
import type {
  ClassifiedQuestion,
  DocumentMention,
  IssuerCue,
  MetadataField,
  QuestionKind,
  QuestionLang,
  QuestionSlots,
} from './types.ts';

const VI_STOP = new Set([...STOPWORDS, ...QUERY_STOPWORDS].map((w) => matchForm(w)));
const FOLDED_STOP = new Set([...FOLDED_QUERY_STOPWORDS, ...STOPWORDS.map((w) => foldAccents(w))]);
const EN_STOP = new Set(ENGLISH_STOPWORDS);
/** Abbreviations (`ubnd`, `tp`, `bvmt`) are not words of a phrase. */
const ABBREVIATIONS = new Set(ALIASES.flatMap((a) => a.abbr.map((x) => foldAccents(x).toLowerCase())));
const PLACE_SPELLINGS = PLACES.flatMap((p) => [foldAccents(p.name).toLowerCase(), ...(p.aliases ?? [])]);
const KIND_CUES: readonly string[] = [
  ...COORDINATE_CUES,
  ...LEAD_CUES,
  ...REPORT_CUES,
  ...TARGET_CUES,
  ...DEADLINE_CUES,
  ...FIELD_CUES.flatMap((f) => f.phrases.filter((p): p is string => typeof p === 'string')),
];

/** Words naming an issuer around `nào`: `nghị quyết [chính phủ] nào [của Bộ Chính trị]`. */
function vietnameseIssuerWindow(after: string): string {
  const m = /^\s+((?:[a-z0-9]+\s+){0,2})nao(?:\s+cua\s+((?:[a-z0-9]+\s*){1,5}))?/.exec(after);
  return m ? `${m[1]} ${m[2] ?? ''}` : '';
}

/**
 * Where the question asks for a document with `nào` / `which` (`nghị quyết nào`, `which decree`); `số mấy` asks a
 * number, the named document's own (metadata) or, after a relation verb, a related one's (`lineageAsk`).
 */
function askedByName(q: FoldedText): AskedDocument | null {
  const asked = askedDocument(q.text);
  return asked && !asked.byNumber ? asked : null;
}

function askedIssuer(q: FoldedText, asked: AskedDocument, lang: QuestionLang): IssuerCue | null {
  const window =
    lang === 'en'
      ? q.folded.slice(Math.max(0, asked.start - 60), asked.start).replace(/^.*\b(which|what)\b/, '')
      : vietnameseIssuerWindow(q.folded.slice(asked.end, asked.end + 60));
  for (const { cue, words } of ISSUER_CUES) if (hasAny(window, words)) return cue;
  return null;
}

function metadataFields(folded: string): MetadataField[] {
  return FIELD_CUES.filter((f) => hasAny(folded, f.phrases)).map((f) => f.field);
}

/**
 * The first-match decision of the cue lists: one feature among others for the model. A lead word beside the role
 * asked is context (`Ngoài cơ quan chủ trì, ai tham gia?`): the role nearest the asking word decides.
 */
function cueKind(
  folded: string,
  fields: MetadataField[],
  asked: AskedDocument | null,
  role: AskedRole | null,
): QuestionKind {
  if (fields.length > 0) return 'metadata';
  if (asked) return 'lineage';
  if (role === 'attend') return 'content';
  const lead = hasAny(folded, LEAD_CUES);
  const coordinate = hasAny(folded, COORDINATE_CUES);
  if ((lead || coordinate) && role === 'coordinate') return 'coordinate';
  if (lead) return 'lead';
  if (coordinate) return 'coordinate';
  if (hasAny(folded, REPORT_CUES)) return 'report';
  if (hasAny(folded, TARGET_CUES)) return 'target';
  return 'content';
}

/** How often a cue feature counts against the words: cues are few, words many. */
const CUE_WEIGHT = 2;

/** Features of a question for the kind model: its folded words and bigrams, and every cue it shows. */
export function kindFeatures(text: string): string[] {
  const q = foldedText(text.trim());
  const fields = metadataFields(q.folded);
  const asked = askedByName(q);
  const out = wordFeatures(q.text);
  const cue = (name: string) => {
    for (let i = 0; i < CUE_WEIGHT; i++) out.push(`cue:${name}`);
  };
  for (const f of fields) cue(`field:${f}`);
  if (asked) cue('asked-document');
  const lists: Array<[string, readonly string[]]> = [
    ['lead', LEAD_CUES],
    ['coordinate', COORDINATE_CUES],
    ['report', REPORT_CUES],
    ['target', TARGET_CUES],
    ['deadline', DEADLINE_CUES],
    ['amount', AMOUNT_CUES],
    ['lineage-verb', LINEAGE_VERBS],
  ];
  for (const [name, phrases] of lists) if (hasAny(q.folded, phrases)) cue(name);
  const role = askedRole(q.text);
  if (role) cue(`asked-role:${role}`);
  cue(`rule:${cueKind(q.folded, fields, asked, role)}`);
  // The type of value asked, read from its span (`bao lâu`, `bao nhiêu ngày làm việc`, `bao nhiêu tấn`, `mấy đơn vị`):
  // a count of days is a time limit, a count of units a sum, a count of things neither.
  const unit = askedValueType(q.text);
  if (unit !== 'number') cue(`unit:${unit}`);
  if (asksDate(q.text)) cue('asks-date');
  // What the asking word asks about (`cơ quan nào` a body, `phương châm nào` a thing, `ngày nào` a time).
  for (const a of askedNouns(q.text)) cue(`asked:${a.class}`);
  const counted = countedClass(q.text);
  if (counted) cue(`count:${counted}`);
  if (HORIZON.test(q.folded)) cue('horizon');
  return out;
}

/**
 * A year the question looks ahead to (`đến năm 2030`, `giai đoạn 2026-2030`, `by 2030`): a plan states its targets
 * against a horizon (`Mục tiêu đến năm 2030: … đạt 70%`), whatever unit the figure is in — a fine or a fee has none.
 */
const HORIZON =
  /\b(?:(?:den|toi|by|until|through)\s+(?:(?:nam|the year|the end of)\s+)?(?:19|20)\d\d|(?:giai doan|period|ky)\s+(?:19|20)\d\d)\b/;

/** Words that count time: a count of them is a period or time limit (`trong 15 ngày làm việc`). */
const TIME_WORDS = /^(?:ngay|thang|nam|gio|tuan|phut|quy|days?|months?|years?|hours?|weeks?|minutes?)$/;

/**
 * What a count question counts: `time` (`bao nhiêu ngày`, `how many working days`), `thing` (`mấy đơn vị`,
 * `how many companies`), or null when it counts nothing named (or a unit, which `unit:` says).
 */
function countedClass(text: string): 'time' | 'thing' | null {
  const en = /\bhow many\s+(?:working\s+)?([a-z]+)/.exec(foldAccents(text.normalize('NFC')).toLowerCase());
  const word = en ? en[1] : askedUnit(text)?.[0];
  if (!word) return null;
  if (TIME_WORDS.test(word)) return 'time';
  return askedValueType(text) === 'number' ? 'thing' : null;
}

let model: KindModel | null = null;

/** The kind model, trained on first use from `data/question-kinds.tsv`. */
function kindModel(): KindModel {
  model ??= trainKindModel(readTrainingFile(), kindFeatures);
  return model;
}

const FIELD_LABELS: ReadonlySet<KindLabel> = new Set(['signer', 'date', 'symbol', 'place', 'issuer']);

/**
 * The model overrules the cue lists' first-match decision only when it is this much surer (log odds):
 * the cues are right on the phrasings they were written for, the model on those they miss. Chosen by
 * leave-one-out over the training file (evals/ stays untouched).
 */
export const OVERRULE_MARGIN = 3;

/** Labels a cue-list kind stands for (`metadata` is any of its fields). */
function labelsOf(kind: QuestionKind): ReadonlySet<KindLabel> {
  return kind === 'metadata' ? FIELD_LABELS : new Set([kind as KindLabel]);
}

/** The kinds that answer with the body given a task. */
const TASK_ROLES: ReadonlySet<KindLabel> = new Set(['lead', 'coordinate', 'report']);

/** The label for a question's features under a model: the model's, unless the cue rule is nearly as likely. */
export function decideLabel(m: KindModel, features: readonly string[], margin = OVERRULE_MARGIN): KindLabel {
  const scores = m.scores(features);
  const rule = features.find((f) => f.startsWith('cue:rule:'))?.slice('cue:rule:'.length) as QuestionKind | undefined;
  const best = scores[0];
  if (!rule) return best.label;
  // Who attends a meeting, sits a test or attends a class asks for the persons a notice or plan lists under its
  // `Thành phần:` line, never a body given a task: the model's pull of `who`/`ai` toward a task role is not followed.
  if (features.includes('cue:asked-role:attend') && TASK_ROLES.has(best.label)) return rule as KindLabel;
  const ruleLabels = labelsOf(rule);
  const ruleBest = scores.find((s) => ruleLabels.has(s.label));
  if (ruleBest && !ruleLabels.has(best.label) && best.score - ruleBest.score < margin) return ruleBest.label;
  return best.label;
}

/** The label the model gives the question. */
export function kindLabel(text: string): KindLabel {
  return decideLabel(kindModel(), kindFeatures(text));
}

/** The question's kind from the model, and the metadata fields it asks for (from cues, else the model's label). */
function kindOf(text: string, fields: MetadataField[]): { kind: QuestionKind; fields: MetadataField[] } {
  const label = kindLabel(text);
  if (FIELD_LABELS.has(label)) {
    return { kind: 'metadata', fields: fields.length > 0 ? fields : [label as MetadataField] };
  }
  return { kind: label as QuestionKind, fields };
}

/** The type of the document the question is about, named without a number (`Theo chỉ thị về ...`). */
function docTypeOf(q: FoldedText, mentions: DocumentMention[], asked: AskedDocument | null): DocumentType | null {
  for (const w of typeWordsIn(q.folded)) {
    if (w.common || mentions.some((m) => m.at === w.start) || (asked && asked.start === w.start)) continue;
    if (
      /(?:xay dung|ban hanh|drawing up|draw up|build|building)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?$/.test(
        q.folded.slice(Math.max(0, w.start - 30), w.start),
      )
    )
      continue;
    if (w.type === 'LUAT' && !/\bLaw\b/.test(q.text)) continue;
    return w.type;
  }
  return null;
}

/** Blank out `[start, end)` ranges of every match of the phrases, keeping offsets. */
function blank(s: string, ranges: Array<{ start: number; end: number }>, filler = ' '): string {
  let out = s;
  for (const r of ranges) out = out.slice(0, r.start) + filler.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

function ranges(folded: string, phrases: readonly string[]): Array<{ start: number; end: number }> {
  return phrases.flatMap((p) => findAll(folded, p));
}

/**
 * Content terms (folded), pairs of neighbouring content words, and phrases — neighbouring words
 * including stopwords (`do thi` is `đô thị`, not two stopwords) — without question words, kind
 * cues or place names.
 */
function contentTerms(q: FoldedText, lang: QuestionLang): { terms: string[]; pairs: string[]; phrases: string[] } {
  const noise = [
    // `văn bản nào`, `which document` ask for a document: question words, not the topic.
    ...ranges(q.folded, [...KIND_CUES, ...QUESTION_NOISE, ...PLACE_SPELLINGS, ...ANY_DOCUMENT_WORDS]),
    ...typeWordsIn(q.folded).filter((w) => !w.common),
    ...measureSpans(q.text),
  ];
  // A filler that is not a space, so words on either side of removed words do not become neighbours.
  const text = blank(q.text, noise, '·');
  const all = tokenize(text);
  const tokens = all.map((t) => ({ ...t, stop: t.stop || isStop(t, lang) }));
  const terms = tokens.filter((t) => !t.stop).map((t) => t.folded);
  const wordPair = (a: Token, b: Token) =>
    a.kind === 'word' && b.kind === 'word' && !ABBREVIATIONS.has(a.folded) && !ABBREVIATIONS.has(b.folded);
  const pairs = bigramPairs(text, tokens)
    .filter(([i, j]) => wordPair(tokens[i], tokens[j]))
    .map(([i, j]) => `${tokens[i].folded} ${tokens[j].folded}`);
  const phrases =
    lang === 'en'
      ? []
      : bigramPairs(
          text,
          all.map((t) => ({ ...t, stop: false })),
        )
          .filter(([i, j]) => wordPair(all[i], all[j]) && !(tokens[i].stop && tokens[j].stop && lang === 'vi'))
          .map(([i, j]) => `${all[i].folded} ${all[j].folded}`);
  return { terms: [...new Set(terms)], pairs: [...new Set(pairs)], phrases: [...new Set(phrases)] };
}

function isStop(t: Token, lang: QuestionLang): boolean {
  if (lang === 'en') return EN_STOP.has(t.folded) || (t.kind === 'word' && t.folded.length < 2);
  if (lang === 'vi') return VI_STOP.has(t.exact);
  return FOLDED_STOP.has(t.folded);
}

/**
 * The retrieval query: the question without question words and punctuation noise. An English
 * question keeps its question words: they are what tells the search it is English (`which`, `who`),
 * and its English analyzer drops them anyway; without them `leads the sand-mining oversight` reads as
 * Vietnamese typed without diacritics and is never translated.
 */
function queryOf(q: FoldedText, lang: QuestionLang): string {
  if (lang === 'en') return q.text.replace(/[?!]+/g, ' ').replace(/\s+/g, ' ').trim();
  return blank(q.text, [
    ...ranges(
      q.folded,
      QUESTION_NOISE.filter((p) => p.includes(' ') || p.length > 3 || /^(ai|nao|gi|dau)$/.test(p)),
    ),
    ...measureSpans(q.text),
  ])
    .replace(/[?!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a question.
 * @example classifyQuestion('ai chu tri huong dan tuyen truyen ket luan 81 o can tho')
 * // { lang: 'vi-nodiac', kind: 'lead', slots: { mentions: [{ type: 'KL', number: '81', ... }], places: ['Cần Thơ'], ... } }
 */
export function classifyQuestion(question: string): ClassifiedQuestion {
  const q = foldedText(question.trim());
  const lang: QuestionLang = detectLanguage(q.text, tokenize(q.text));
  const mentions = readMentions(q);
  const asked = askedByName(q);
  const read = kindOf(q.text, metadataFields(q.folded));
  const fields = read.fields;
  const lineage = lineageAsk(q.folded, mentions, asked);
  // Validity (`văn bản nào thay thế …`, `Điều 6 … còn hiệu lực không`) before lineage, whose `văn bản nào` it shares;
  // but what the named document itself replaces, amends or repeals (`X thay thế văn bản nào`) is a walk up its lineage.
  const changesAbove =
    lineage.direction === 'upstream' && lineage.family !== null && CHANGE_FAMILIES.has(lineage.family);
  // Asking for the document a change reaches (`nd 26/2026 thay nd nao`) is lineage whatever the words around it.
  // `X căn cứ luật … số mấy` asks the number of the law X rests on: lineage, not X's own symbol.
  const relatedNumber = read.kind === 'metadata' && fields.every((f) => f === 'symbol') && lineage.asksNumberOfRelated;
  // Its own status (`X hết hiệu lực khi nào`) asks no document above it: validity.
  const validity = validityAsk(q.folded, mentions);
  const kind: QuestionKind = relatedNumber
    ? 'lineage'
    : changesAbove && (lineage.asksDocument || (validity !== null && validity !== 'status'))
      ? 'lineage'
      : validity
        ? 'validity'
        : read.kind;
  const { terms, pairs, phrases } = contentTerms(q, lang);
  const slots: QuestionSlots = {
    terms,
    pairs,
    phrases,
    query: queryOf(q, lang),
    mentions,
    places: readPlaces(q),
    years: readYears(q),
    dates: readDates(q),
    docType: docTypeOf(q, mentions, asked),
    askedType: asked?.type ?? (relatedNumber ? lineage.numberedType : null),
    askedIssuer: asked ? askedIssuer(q, asked, lang) : null,
    direction: lineage.direction,
    relation: lineage.family,
    fields,
  };
  return { text: q.text, lang, kind, slots };
}
