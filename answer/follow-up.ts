/**
 * @module answer/follow-up
 * Follow-up questions: "còn ai phối hợp?" after "Ai chủ trì kiểm soát khai thác cát?" keeps the
 * earlier question's topic, documents, places and years, and takes the new kind.
 */
import { classifyQuestion } from './classify.ts';
import { foldedText, hasAny } from './folded-text.ts';
import { readMentions } from './read-mentions.ts';
import type { ClassifiedQuestion, DocumentMention, HistoryTurn } from './types.ts';
import validityCues from './data/validity-cues.json' with { type: 'json' };
import { askedArticle, validityAsk, validityCue } from './validity-question.ts';

/** Openings that mark a follow-up, folded. */
const FOLLOW_UP_CUES = [
  'con',
  'the con',
  'vay',
  'vay con',
  'con ve',
  'and',
  'what about',
  'how about',
  'and who',
  'also',
];

/** Words pointing back at the document of an earlier turn, folded. */
const ANAPHORA = [
  'van ban do',
  'van ban nay',
  'van ban tren',
  'van ban ay',
  'that document',
  'this document',
  'the same document',
];

/** Words of a bare validity question (`còn hiệu lực không`, `is it still in force`): a topic is any other word. */
const VALIDITY_WORDS: ReadonlySet<string> = new Set(
  [
    ...Object.values(validityCues).flatMap((v) => (Array.isArray(v) ? v : [])),
    'con khong nua chua van it still',
  ].flatMap((p) => p.split(' ')),
);

/**
 * How a question points back: words naming an earlier document, whether it opens with a follow-up cue, and
 * whether it asks validity of no document or article (`còn hiệu lực không?`: of the earlier one).
 */
function backReference(q: ClassifiedQuestion): { anaphora: boolean; cueOpening: boolean; validityOfNothing: boolean } {
  const folded = foldedText(q.text).folded;
  const opening = folded
    .split(/[\s,?]+/)
    .slice(0, 2)
    .join(' ');
  return {
    anaphora: hasAny(folded, ANAPHORA),
    cueOpening: hasAny(opening, FOLLOW_UP_CUES),
    validityOfNothing:
      q.slots.mentions.length === 0 &&
      validityCue(folded) !== null &&
      askedArticle(folded) === null &&
      q.slots.terms.filter((t) => !VALIDITY_WORDS.has(t)).length <= 1,
  };
}

/** True when the question says itself that it follows another (`còn ai …`, `văn bản đó …`, `and who …`). */
export function marksFollowUp(q: ClassifiedQuestion): boolean {
  const { anaphora, cueOpening, validityOfNothing } = backReference(q);
  return anaphora || validityOfNothing || (cueOpening && q.slots.terms.length <= 2 && q.slots.mentions.length === 0);
}

/** True when the question cannot stand alone: (almost) no topic and nothing named, or words pointing back. */
export function needsContext(q: ClassifiedQuestion): boolean {
  const { terms, mentions, docType, dates } = q.slots;
  if (mentions.length > 0 || dates.length > 0) return false;
  const { anaphora, cueOpening, validityOfNothing } = backReference(q);
  return anaphora || validityOfNothing || (terms.length <= 1 && docType === null) || (cueOpening && terms.length <= 2);
}

/** Index of the latest user turn that stands alone, or -1. */
function anchorTurn(history: readonly HistoryTurn[]): number {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i];
    if (turn.role === 'user' && !needsContext(classifyQuestion(turn.content))) return i;
  }
  return -1;
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

/**
 * The follow-up's kind: the earlier one for a bare `còn …?`; validity when its validity words now have the earlier
 * turn's document to apply to (`Văn bản đó còn hiệu lực không?`, `Is it still in force?`); else its own.
 */
function followUpKind(
  q: ClassifiedQuestion,
  earlier: ClassifiedQuestion,
  mentions: readonly DocumentMention[],
): ClassifiedQuestion['kind'] {
  if (q.kind === 'content' && q.slots.terms.length === 0) return earlier.kind;
  if (q.kind !== 'lineage' && validityAsk(foldedText(q.text).folded, mentions)) return 'validity';
  return q.kind;
}

/** The question with the slots it lacks taken from `earlier`. */
export function mergeFollowUp(q: ClassifiedQuestion, earlier: ClassifiedQuestion): ClassifiedQuestion {
  const s = q.slots;
  const e = earlier.slots;
  return {
    text: q.text,
    lang: q.lang,
    kind: followUpKind(q, earlier, s.mentions.length ? s.mentions : e.mentions),
    slots: {
      ...s,
      terms: union(e.terms, s.terms),
      pairs: union(e.pairs, s.pairs),
      phrases: union(e.phrases, s.phrases),
      query: `${e.query} ${s.query}`.trim(),
      mentions: s.mentions.length ? s.mentions : e.mentions,
      places: s.places.length ? s.places : e.places,
      years: s.years.length ? s.years : e.years,
      dates: s.dates.length ? s.dates : e.dates,
      docType: s.docType ?? e.docType,
      askedType: s.askedType ?? e.askedType,
      askedIssuer: s.askedIssuer ?? e.askedIssuer,
      fields: s.fields.length ? s.fields : q.kind === 'metadata' ? e.fields : s.fields,
    },
  };
}

/**
 * Classifies a question in its conversation: a follow-up borrows what it lacks from the latest user
 * turn that stands alone.
 * @example classifyInContext('còn ai phối hợp?', [{ role: 'user', content: 'Ai chủ trì kiểm soát khai thác cát?' }])
 */
export function classifyInContext(question: string, history: readonly HistoryTurn[] = []): ClassifiedQuestion {
  const q = classifyQuestion(question);
  if (!needsContext(q)) return q;
  const i = anchorTurn(history);
  // A question that says it follows another, with nothing to follow: the answerer says it cannot tell.
  if (i < 0) return marksFollowUp(q) ? { ...q, unanchored: true } : q;
  const merged = mergeFollowUp(q, classifyQuestion(history[i].content));
  // Stay on the document the earlier answer came from: the first document it names.
  const answered = answeredDocument(history.slice(i + 1));
  if (merged.slots.mentions.length === 0 && answered) merged.slots.mentions = [answered];
  const labels = quotedLabels(history.slice(i + 1));
  return labels.length ? { ...merged, follows: labels } : merged;
}

/**
 * The source labels of the earlier answers, in order: each line `label: “quote” [n]` (see AnswerDraft),
 * the lead-in line `Nêu ở phần dẫn của label: …` included.
 * @example quotedLabels([{ role: 'assistant', content: 'X chủ trì.\n1032-CV/TU, mục 3.4: “…” [1].' }]) // ['1032-CV/TU, mục 3.4']
 */
export function quotedLabels(turns: readonly HistoryTurn[]): string[] {
  const out: string[] = [];
  for (const turn of turns) {
    if (turn.role !== 'assistant') continue;
    for (const m of turn.content.matchAll(
      /(?:^|\n)(?:Theo |According to |Nêu ở phần dẫn của |Named in the lead-in of )?([^\n“]+?): “/g,
    )) {
      if (!out.includes(m[1].trim())) out.push(m[1].trim());
    }
  }
  return out;
}

/** The first document named with its symbol in the assistant's answers after the earlier question. */
function answeredDocument(turns: readonly HistoryTurn[]): DocumentMention | null {
  for (const turn of turns) {
    if (turn.role !== 'assistant') continue;
    const named = readMentions(foldedText(turn.content)).find((m) => m.symbol !== null);
    if (named) return { ...named, at: -1 };
  }
  return null;
}

/**
 * The question as a model should read it: a follow-up prefixed with the earlier question it borrows from.
 * @example contextualQuestion('còn ai phối hợp?', history) // 'Ai chủ trì …? → còn ai phối hợp?'
 */
export function contextualQuestion(question: string, history: readonly HistoryTurn[] = []): string {
  if (!needsContext(classifyQuestion(question))) return question;
  const i = anchorTurn(history);
  return i < 0 ? question : `${history[i].content} → ${question}`;
}
