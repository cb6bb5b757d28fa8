/**
 * @module answer/kinds/validity
 * Validity questions — `Văn bản nào thay thế Nghị định 163/2013/NĐ-CP?`, `Điều 6 … còn hiệu lực
 * không?`, `What amended Decree …?` — answered from the validity statements in the store, citing the
 * clause that replaces, amends or repeals, or the clause that states the effective date.
 */
import { getClause } from '../../core/store/index.ts';
import { foldAccents } from '../../core/text/vietnamese.ts';
import { type ChangedBy, type KeyValidity, keyValidity, type Validity } from '../../lineage/validity/index.ts';
import { AnswerDraft } from '../answer-draft.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { FORCE_CHANGE_VERBS, formatDate } from '../templates.ts';
import { mentionNames } from '../find-documents.ts';
import { mentionKey } from '../read-mentions.ts';
import { asksDate } from '../answer-type.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';
import { askedArticle, asksDocumentEffect, asksDocumentEnd, validityAsk } from '../validity-question.ts';
import { addDays } from '../../ingest/references/validity/vn-date.ts';

export const STATUS_WORDS: Record<'vi' | 'en', Record<Validity['status'], string>> = {
  vi: {
    in_force: 'còn hiệu lực',
    not_yet_in_force: 'chưa có hiệu lực',
    amended: 'còn hiệu lực, đã được sửa đổi, bổ sung',
    partly_repealed: 'hết hiệu lực một phần (bị bãi bỏ một phần)',
    replaced: 'hết hiệu lực (đã bị thay thế)',
    repealed: 'hết hiệu lực (đã bị bãi bỏ)',
    suspended: 'bị tạm ngưng hiệu lực',
    expired: 'hết hiệu lực (hết thời hạn)',
    unknown: 'chưa rõ tình trạng hiệu lực',
  },
  en: {
    in_force: 'in force',
    not_yet_in_force: 'not yet in force',
    amended: 'in force, as amended',
    partly_repealed: 'partly repealed',
    replaced: 'no longer in force (replaced)',
    repealed: 'no longer in force (repealed)',
    suspended: 'suspended',
    expired: 'no longer in force (expired)',
    unknown: 'of unknown status',
  },
};

const VERBS: Record<'vi' | 'en', Record<ChangedBy['relation'], string>> = {
  vi: {
    ...FORCE_CHANGE_VERBS.vi,
    guides: 'hướng dẫn',
    basis: 'làm căn cứ cho',
  },
  en: {
    ...FORCE_CHANGE_VERBS.en,
    guides: 'guides',
    basis: 'is the basis of',
  },
};

/** At most this many changing clauses are quoted. */
const MAX_CHANGES = 3;

/** The document the question names (symbol first, then the words), else the focused one. */
async function findTarget(ctx: ComposeContext): Promise<KeyValidity | null> {
  const asOf = ctx.q.slots.dates[0];
  const focus = ctx.focus;
  for (const m of ctx.q.slots.mentions) {
    // `nd71/2019` keeps no year in its key: the focused document it names (year and all, by retrieval) comes first.
    if (!m.symbol && focus && mentionNames(m, focus.metadata)) return keyValidity(ctx.db, focus.id, asOf);
    for (const key of new Set([mentionKey(m), m.mention])) {
      const found = await keyValidity(ctx.db, key, asOf);
      if (found) return found;
    }
  }
  // A document named by number is the focused one only if the focus bears that number: another would mislead.
  const numbered = ctx.q.slots.mentions.filter((m) => m.number !== null);
  if (!focus || (numbered.length > 0 && !numbered.some((m) => mentionNames(m, focus.metadata)))) return null;
  return keyValidity(ctx.db, focus.id, asOf);
}

/** `Nghị định 26/2026/NĐ-CP bãi bỏ Điều 6 (từ 17/01/2026): “…” [1]` from the changing clause. */
async function changeSentence(ctx: ComposeContext, draft: AnswerDraft, c: ChangedBy): Promise<string | null> {
  const clause = await getClause(ctx.db, c.clauseId);
  if (!clause) return null;
  const lang = ctx.lang;
  const at = clause.text.indexOf(c.quote);
  const quoted =
    at >= 0
      ? `“${c.quote}” ${draft.cite(clause, c.quote)}`
      : draft.quote(clause, [foldAccents(c.part ?? '').toLowerCase()]);
  if (!quoted) return null;
  const who = c.symbol ?? clause.label;
  const part = c.part ? ` ${c.part}` : '';
  const when = c.date
    ? lang === 'vi'
      ? ` (từ ${formatDate(c.date, lang)})`
      : ` (from ${formatDate(c.date, lang)})`
    : '';
  return `${who} ${VERBS[lang][c.relation]}${part}${when}: ${quoted}`;
}

/**
 * The words of an effect clause that count from an event rather than name a date: `sau 10 ngày kể từ ngày ký
 * ban hành`, `kể từ ngày ký` (NĐ 30/2020, Luật ban hành VBQPPL closing articles); null for a stated date.
 */
export function relativeEffect(quote: string): string | null {
  const folded = foldKeepingOffsets(quote);
  const m = /hieu luc(?: thi hanh)?\s+((?:sau|ke tu|tu)\b[^.;]*?)\s*(?:[.;]|\/|$)/.exec(folded);
  if (!m || /\d{4}/.test(m[1])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return quote.slice(start, start + m[1].length).trim();
}

/** Answers a validity question, or null to let the open answerer quote clauses. */
export async function answerValidity(ctx: ComposeContext): Promise<KindAnswer> {
  const target = await findTarget(ctx);
  if (!target) return null;
  const lang = ctx.lang;
  const folded = foldAccents(ctx.q.text).toLowerCase();
  const ask = validityAsk(folded, ctx.q.slots.mentions) ?? 'status';
  const article = askedArticle(folded);
  const own = article ? target.articles.find((a) => a.article === article) : undefined;
  const v = own?.validity ?? target.validity;
  const name = target.symbol ?? target.title ?? target.key;
  const subject = article ? (lang === 'vi' ? `Điều ${article} của ${name}` : `Article ${article} of ${name}`) : name;
  const asOf = formatDate(target.asOf, lang);
  const draft = new AnswerDraft();
  draft.add(
    lang === 'vi'
      ? `${subject} ${STATUS_WORDS.vi[v.status]} (tính đến ${asOf})`
      : `${subject} is ${STATUS_WORDS.en[v.status]} (as of ${asOf})`,
  );
  if (article && !own && lang === 'vi')
    draft.add(`Không văn bản nào trong kho thay đổi riêng Điều ${article}; điều này theo tình trạng của cả văn bản`);
  if (article && !own && lang === 'en')
    draft.add(`No stored document changes article ${article} itself; it follows the document's status`);

  const wanted = ask === 'status' ? null : ask;
  const changes = v.changedBy.filter((c) => wanted === null || c.relation === wanted);
  if (wanted && changes.length === 0) {
    draft.add(
      lang === 'vi'
        ? `Trong kho không có văn bản nào ${VERBS.vi[wanted]} ${subject}`
        : `No stored document ${VERBS.en[wanted].replace(/s$/, '')}s ${subject}`,
    );
  }
  const datesAsked = ctx.q.kind === 'deadline' || asksDate(ctx.q.text);
  // `… hết hiệu lực khi nào` asks the end the document states of itself (`Nghị định này hết hiệu lực kể từ …`).
  const ending = v.effectiveTo ? v.statedIn.find((s) => s.to === v.effectiveTo) : undefined;
  const endAsked = !article && asksDocumentEnd(folded, datesAsked);
  if (endAsked && ending && v.effectiveTo && target.documentId) {
    const clause = await getClause(ctx.db, ending.clauseId);
    if (clause?.text.includes(ending.quote)) {
      const last = formatDate(v.effectiveTo, lang);
      const ends = formatDate(addDays(v.effectiveTo, 1), lang);
      draft.add(
        lang === 'vi'
          ? `Hết hiệu lực từ ${ends} (còn hiệu lực đến hết ngày ${last}): “${ending.quote}” ${draft.cite(clause, ending.quote)}`
          : `Ceases to have effect on ${ends} (in force until ${last}): “${ending.quote}” ${draft.cite(clause, ending.quote)}`,
      );
    }
  }
  for (const c of changes.slice(0, MAX_CHANGES)) {
    const sentence = await changeSentence(ctx, draft, c);
    if (sentence) draft.add(sentence);
  }
  // `… có hiệu lực từ ngày nào` asks the date even of an amended document: its effect clause is quoted beside the changes.
  const effectAsked = !article && datesAsked && asksDocumentEffect(folded);
  if ((changes.length === 0 || effectAsked) && !(endAsked && ending) && v.statedIn.length > 0 && target.documentId) {
    const clause = await getClause(ctx.db, v.statedIn[0].clauseId);
    if (clause?.text.includes(v.statedIn[0].quote)) {
      const date = v.effectiveFrom ? formatDate(v.effectiveFrom, lang) : null;
      // A relative effect (`sau 10 ngày kể từ ngày ký ban hành`) is stated as the text words it, beside the date it gives.
      const relative = relativeEffect(v.statedIn[0].quote);
      const from = date && relative ? `${date} (${relative})` : date;
      draft.add(
        lang === 'vi'
          ? `${from ? `Có hiệu lực từ ${from}` : 'Hiệu lực'}: “${v.statedIn[0].quote}” ${draft.cite(clause, v.statedIn[0].quote)}`
          : `${from ? `In force from ${from}` : 'Effect'}: “${v.statedIn[0].quote}” ${draft.cite(clause, v.statedIn[0].quote)}`,
      );
    }
  }
  if (draft.citations.length === 0) {
    return {
      abstain: 'no validity statement',
      message:
        lang === 'vi'
          ? `Kho chưa có câu chữ nào nói về hiệu lực của ${subject}.`
          : `Nothing stored states the validity of ${subject}.`,
    };
  }
  return draft;
}
