/**
 * @module search/asking-words
 * What a question's asking word asks about, read once for every reader: the noun before `nào` / `bao nhiêu`
 * or after `which` / `what` (`cơ quan nào` a body, `ngày nào` a time, `mức nào` a measure, `phương châm nào`
 * a thing), and the measure noun that belongs to the question word rather than to the topic (`phạt mức nào`).
 * The search drops the measure noun from its terms, the answerer from its content words, and the kind model
 * weighs the asked class; the nouns live in `data/asked-nouns.json`.
 */
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import nouns from './data/asked-nouns.json' with { type: 'json' };

/** What the asking word asks: a body, a person, a time, a place, a measure (an amount), or some other thing. */
export type AskedClass = 'body' | 'person' | 'time' | 'place' | 'measure' | 'thing';

/** One asking word and the noun it asks about, with spans into the question. */
export interface AskedNoun {
  /** Folded noun (`co quan`), or the asking word itself when it stands alone (`ai`, `who`). */
  noun: string;
  class: AskedClass;
  /** The noun's span. */
  start: number;
  end: number;
}

type ClassTable = Readonly<Partial<Record<Exclude<AskedClass, 'thing'>, readonly string[]>>>;

function byNoun(table: ClassTable): Map<string, AskedClass> {
  const out = new Map<string, AskedClass>();
  for (const [cls, list] of Object.entries(table)) for (const n of list ?? []) out.set(n, cls as AskedClass);
  return out;
}

const VI = byNoun(nouns.vi);
const EN = byNoun(nouns.en);

/** Words that never head the asked noun: function words before `nào` (`là gì`, `của ai`, `theo nào`). */
const NOT_A_NOUN = /^(?:la|cua|theo|voi|cho|do|tu|den|vao|o|tai|trong|va|hoac|nhung|cac|nay|the|a|an|of)$/;

/**
 * The nouns a question's asking words ask about. Vietnamese `X nào` / `X bao nhiêu` (two-word nouns first),
 * `ai`, `đâu`; English `which|what [adjective] X`, `who`, `when`, `where`.
 * @example askedNouns('Phạt mức nào đối với hành vi này?') // [{ noun: 'muc', class: 'measure', start: 5, end: 8 }]
 */
export function askedNouns(text: string): AskedNoun[] {
  const folded = foldKeepingOffsets(text.normalize('NFC'));
  const words = [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({
    w: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: AskedNoun[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].w;
    const asksBefore = w === 'nao' || (w === 'bao' && words[i + 1]?.w === 'nhieu');
    if (asksBefore && i > 0) {
      const two = i > 1 ? `${words[i - 2].w} ${words[i - 1].w}` : '';
      const one = words[i - 1].w;
      // `ai`, `đâu` are asking words themselves, not nouns before `nào` (`phấn đấu nào` folds to `dau nao`).
      const noun = (x: string) => VI.has(x) && x !== 'ai' && x !== 'dau';
      if (two && noun(two))
        out.push({ noun: two, class: VI.get(two)!, start: words[i - 2].start, end: words[i - 1].end });
      else if (noun(one))
        out.push({ noun: one, class: VI.get(one)!, start: words[i - 1].start, end: words[i - 1].end });
      else if (w === 'nao' && !NOT_A_NOUN.test(one) && !/^\d/.test(one))
        out.push({ noun: one, class: 'thing', start: words[i - 1].start, end: words[i - 1].end });
    }
    if (w === 'ai' || w === 'dau') {
      const prev = words[i - 1]?.w;
      // `đâu` after `ở`/`tại`/`về` is a place; `ai` anywhere asks a person (`là ai`, `giao ai`).
      if (w === 'ai' || (prev && /^(?:o|tai|ve|den|noi)$/.test(prev)))
        out.push({ noun: w, class: VI.get(w)!, start: words[i].start, end: words[i].end });
    }
    if (EN.has(w) && /^(?:who|whom|when|where)$/.test(w))
      out.push({ noun: w, class: EN.get(w)!, start: words[i].start, end: words[i].end });
    if (w === 'which' || w === 'what') {
      // The noun within two words (`which ministry`, `what government body`); a verb next (`what does`) asks no noun.
      const next = words.slice(i + 1, i + 3).find((x) => EN.has(x.w));
      if (next) out.push({ noun: next.w, class: EN.get(next.w)!, start: next.start, end: next.end });
    }
  }
  return out;
}

/**
 * Spans of measure nouns that belong to the question word (`mức nào`, `mức bao nhiêu`): not topic words.
 * @example measureSpans('Mức phạt là mức bao nhiêu?') // [{ start: 11, end: 14 }]
 */
export function measureSpans(text: string): Array<{ start: number; end: number }> {
  return askedNouns(text)
    .filter((a) => a.class === 'measure')
    .map(({ start, end }) => ({ start, end }));
}
