/**
 * @module answer/named-bodies
 * The bodies a quoted sentence names (`do Hội đồng An toàn vệ sinh lao động tỉnh phối hợp …`, `Giao Sở Công
 * Thương, Công an tỉnh Lào Cai, UBND phường Trung Tâm …`, `a) Ủy ban nhân dân cấp xã có văn bản đề xuất …`):
 * where ingestion finds a body (ingest/facts/body-mentions.ts — its lexicon, units, owners, abbreviations), and
 * for names its lexicon lacks, a capitalised head noun of the genre (core/lexicon/body-heads.json). Each name is
 * then read on to the verb or punctuation that ends it, as it is stated in an answer. A "who" question whose
 * clause carries no stored responsibility still names the body in its answer, nearest to the question's own words.
 */
import bodyHeads from '../core/lexicon/body-heads.json' with { type: 'json' };
import { memoize } from '../core/memo.ts';
import { type BodyMention, findBodyMentions } from '../ingest/facts/body-mentions.ts';
import { matchText } from '../ingest/facts/match-text.ts';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import { translateEnglish } from '../search/glossary.ts';
import type { ClassifiedQuestion } from './types.ts';
import nameStops from './data/body-name-stops.json' with { type: 'json' };

export interface NamedBody {
  start: number;
  end: number;
  name: string;
  /** Named right after `do` or `giao`: the one who acts. */
  agent: boolean;
}

/** Head nouns, folded, longest first; `UBND`, `HĐND` as the letters of the genre write them. */
const HEADS = [...bodyHeads.entries.map((e) => foldKeepingOffsets(e.head)), 'ubnd', 'hdnd']
  .sort((a, b) => b.length - a.length)
  .map((h) => new RegExp(`^${h}(?![a-z0-9])`));

const STOPS = new Set(nameStops.words);
/** `cấp` opens a level in a name (`Ủy ban nhân dân cấp xã`), else it is the verb (`… có thẩm quyền cấp`). */
const LEVEL = /^(?:xa|tinh|huyen|trung uong|bo|co so|thanh pho)\b/;
const MAX_NAME_WORDS = 9;

/** The bodies ingestion finds in a text, start → end as offsets of the text; not classes (`các cơ quan liên quan`). */
function ingestMentions(text: string): Map<number, number> {
  const mt = matchText(text);
  const one = (m: BodyMention) => !m.plural && m.head.kind !== 'collective' && !mt.text.startsWith('cac ', m.start);
  return new Map(
    findBodyMentions(mt)
      .filter(one)
      .map((m) => [mt.toSource(m.start), mt.toSource(m.end)]),
  );
}

/** Bodies named in a text, left to right. */
export function namedBodies(text: string): NamedBody[] {
  const folded = foldKeepingOffsets(text);
  const lower = text.normalize('NFC').toLowerCase();
  const known = ingestMentions(text);
  const out: NamedBody[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
    const rest = folded.slice(i);
    const agent = /(?:^|\s)(?:do|giao)\s+$/.test(folded.slice(Math.max(0, i - 6), i));
    // Ingestion's body starts here; else a capitalised head of the genre (`Hội đồng An toàn …`), or the agent of
    // `do …` / `giao …` (`do cơ quan Công an có thẩm quyền cấp`): `ban hành`, `phòng cháy` are words, not bodies.
    let head: number | null = known.has(i) ? known.get(i)! - i : null;
    if (head === null && /\p{Lu}/u.test(text[i]))
      head = HEADS.map((h) => h.exec(rest)).find((m) => m !== null)?.[0].length ?? null;
    if (head === null && agent) head = /^co quan\b/.exec(rest)?.[0].length ?? null;
    if (head === null) continue;
    let end = i + head;
    let words = 0;
    for (const m of lower.slice(end).matchAll(/\s*([^\s,;:.()“”"]+)/gy)) {
      const word = m[1];
      const next =
        lower
          .slice(end + m[0].length)
          .trimStart()
          .split(/[\s,;:.()]/)[0] ?? '';
      if (word === 'có' && next === 'thẩm') {
        end += m[0].length;
        continue;
      }
      const after = folded.slice(end + m[0].length).trimStart();
      if (STOPS.has(word) || STOPS.has(`${word} ${next}`)) break;
      if ((word === 'cấp' && !LEVEL.test(after)) || ++words > MAX_NAME_WORDS) break;
      end += m[0].length;
    }
    if (end === i) continue;
    out.push({ start: i, end, name: text.slice(i, end), agent });
    i = end;
  }
  return out;
}

export type AskedQuestion = Pick<ClassifiedQuestion, 'text' | 'lang'>;

/**
 * Where a question may name a body: its own words, and for an English question the Vietnamese its names render to
 * through the glossary (`the Ministry of Defence` → `Bộ Quốc phòng`, `the Department of Industry and Trade` → `Sở
 * Công Thương`), one form per name. Renderings of single words (`department` → `sở`) name no body.
 * @example namingForms({ text: 'companies outside the Ministry of Defence', lang: 'en' }) // [text, 'Bộ Quốc phòng']
 */
export function namingForms(q: AskedQuestion): string[] {
  return q.lang === 'en' ? renderedNames(q.text) : [q.text];
}

/** An English question with its names' renderings, kept: the roles answerer asks once per candidate clause. */
const renderedNames = memoize(
  (text: string) => [
    text,
    ...translateEnglish(text)
      .expansions.filter((e) => e.trigger.includes(' '))
      .map((e) => e.phrase),
  ],
  64,
);

/**
 * The bodies that answer a "who" question from a quoted sentence: the one nearest the question's words (not one
 * the question names itself), with the bodies listed beside it (`A, B và C`).
 */
export function answeringBodies(quote: string, question: AskedQuestion, words: readonly string[]): string[] {
  const asked = namingForms(question).map(foldKeepingOffsets);
  const bodies = namedBodies(quote).filter((b) => !asked.some((f) => f.includes(foldKeepingOffsets(b.name).trim())));
  if (bodies.length === 0) return [];
  const folded = foldKeepingOffsets(quote);
  const hits: number[] = [];
  for (const w of words) {
    for (const m of folded.matchAll(
      new RegExp(`(?<![a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g'),
    ))
      hits.push(m.index);
  }
  const distance = (b: NamedBody) =>
    Math.min(
      Number.POSITIVE_INFINITY,
      ...hits.filter((h) => h < b.start || h >= b.end).map((h) => (h < b.start ? b.start - h : h - b.end)),
    );
  // The agent of `do …` / `giao …` acts; else the body nearest the question's words.
  const best = bodies.find((b) => b.agent) ?? bodies.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  // The list it stands in: neighbours joined by `,` or `và` only.
  const at = bodies.indexOf(best);
  let first = at;
  let last = at;
  const joined = (a: NamedBody, b: NamedBody) => /^\s*(?:,|và|;)\s*$/u.test(quote.slice(a.end, b.start));
  while (first > 0 && joined(bodies[first - 1], bodies[first])) first--;
  while (last < bodies.length - 1 && joined(bodies[last], bodies[last + 1])) last++;
  return bodies.slice(first, last + 1).map((b) => b.name.trim());
}
