/**
 * @module ingest/facts/closing-paragraphs — trailing paragraphs that close a document (`Trên đây là …`,
 * `Trong quá trình thực hiện, nếu có vướng mắc, báo cáo về Sở …`): they follow the last item in the tree but
 * speak for the whole document, so they must not inherit that item's body (cues in closing-cues.json).
 */
import { foldedForm } from '../../core/text/vietnamese.ts';
import type { Clause } from '../../core/types.ts';
import data from './closing-cues.json' with { type: 'json' };

const CUES: readonly string[] = data.cues;
const REQUESTS: readonly string[] = data.requests;
/** How far into a sentence a request may stand (its subject before it: `Ủy ban nhân dân tỉnh yêu cầu …`). */
const SUBJECT_CHARS = 50;

const opensWith = (s: string, cue: string) => s.startsWith(cue) && !/[a-z0-9]/.test(s.charAt(cue.length));

/** Kinds that carry a marker: a clause of these after a paragraph means the document goes on. */
const MARKED = new Set<Clause['kind']>(['section', 'item', 'subitem', 'point', 'bullet', 'part', 'chapter', 'article']);

/** True when a sentence of the text opens with a closing cue. */
export function opensClosingSentence(text: string): boolean {
  return foldedForm(text)
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.replace(/^[^a-z0-9]+/, ''))
    .some(
      (s) =>
        CUES.some((cue) => opensWith(s, cue)) ||
        REQUESTS.some((cue) => {
          const at = s.indexOf(cue);
          return at >= 0 && at <= SUBJECT_CHARS && (at === 0 || s[at - 1] === ' ') && opensWith(s.slice(at), cue);
        }),
    );
}

/**
 * Ids of the unnumbered paragraphs after the last marked clause of the document that open a sentence
 * with a closing cue.
 * @example closingParagraphs(clauses) // Set { id of `Trên đây là kết luận của đồng chí …` }
 */
export function closingParagraphs(clauses: readonly Clause[]): Set<string> {
  const out = new Set<string>();
  let lastMarked = -1;
  for (const c of clauses) if (MARKED.has(c.kind)) lastMarked = Math.max(lastMarked, c.span.start);
  for (const c of clauses) {
    if (c.kind === 'paragraph' && c.parentId !== null && c.span.start > lastMarked && opensClosingSentence(c.text)) {
      out.add(c.id);
    }
  }
  return out;
}
