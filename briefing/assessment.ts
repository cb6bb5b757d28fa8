/**
 * @module briefing/assessment
 * Whether a sentence assesses (results achieved, shortcomings, causes) or assigns (a task, a target).
 * A report or plan says which in its part headings ("I. KẾT QUẢ ĐẠT ĐƯỢC", "II. NHIỆM VỤ, GIẢI PHÁP");
 * where no heading says, the sentence's own words do ("đã đạt", "còn hạn chế", "chưa đáp ứng").
 * The cues live in `data/assessment-cues.json`, with their source.
 */
import type { Clause } from '../core/types.ts';
import { matchForm } from '../core/text/vietnamese.ts';
import cues from './data/assessment-cues.json' with { type: 'json' };

export type SentenceRole = 'assessment' | 'task';

/** A pattern matching any cue as whole words (matching form). */
function wordsPattern(list: readonly string[]): RegExp {
  const escaped = list.map((c) => matchForm(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}])`, 'u');
}

const HEADING_ASSESSMENT = wordsPattern(cues.headingAssessment);
const HEADING_TASK = wordsPattern(cues.headingTask);
const SENTENCE = wordsPattern(cues.sentence);
const LEAD_IN = new RegExp(`^(?:${wordsPattern(cues.leadIn).source})`, 'u');

/**
 * What a heading announces: `assessment`, `task`, or null when it says neither. With both (`KẾT QUẢ VÀ
 * NHIỆM VỤ`), the first named wins.
 * @example headingRole('I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN') // 'assessment'
 */
export function headingRole(heading: string): SentenceRole | null {
  const text = matchForm(heading);
  const a = HEADING_ASSESSMENT.exec(text)?.index ?? -1;
  const t = HEADING_TASK.exec(text)?.index ?? -1;
  if (a < 0 && t < 0) return null;
  if (a < 0) return 'task';
  if (t < 0) return 'assessment';
  return a < t ? 'assessment' : 'task';
}

/** Parts of a legal normative text (and of its tables): provisions, which never assess (`người chưa được huấn luyện`). */
const PROVISIONS = new Set<Clause['kind']>(['article', 'appendix', 'row', 'quoted']);

/**
 * The role the nearest heading above a clause announces (its own heading included), or null. Inside an
 * article or appendix of a legal text, `task`: a provision states a rule, not a result.
 */
export function contextRole(clause: Clause, clauseById: ReadonlyMap<string, Clause>): SentenceRole | null {
  for (let c: Clause | undefined = clause; c; c = c.parentId ? clauseById.get(c.parentId) : undefined) {
    if (PROVISIONS.has(c.kind)) return 'task';
  }
  for (let c: Clause | undefined = clause; c; c = c.parentId ? clauseById.get(c.parentId) : undefined) {
    // A part's heading is its title; a part without one is titled by its first line when that is short.
    const title =
      c.heading ?? (c.id !== clause.id && c.kind === 'section' ? c.text.split('\n')[0].slice(0, 200) : null);
    const role = title ? headingRole(title) : null;
    if (role) return role;
  }
  return null;
}

/** True for a line in capitals (`TÌNH HÌNH THỰC HIỆN …`): it announces a part, it neither assesses nor assigns. */
export function isHeadingLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((l) => l !== l.toLowerCase()).length;
  // OCR may lower a letter or two (`THựC`): mostly capitals is enough.
  return letters.length > 0 && upper >= 0.8 * letters.length;
}

/** True when the sentence's own words assess (`đã đạt`, `còn hạn chế`, `chưa đáp ứng`, …). */
export function readsAsAssessment(sentence: string): boolean {
  const text = matchForm(sentence.trim());
  // A purpose clause leads into tasks.
  if (isHeadingLine(sentence) || LEAD_IN.test(text)) return false;
  return SENTENCE.test(text);
}

/**
 * A sentence's role: the heading's when a heading says, else assessment when its words assess, else task.
 * @example sentenceRole('Bên cạnh kết quả đạt được, … còn lúng túng', null) // 'assessment'
 */
export function sentenceRole(sentence: string, context: SentenceRole | null): SentenceRole {
  // Under a task heading, `tiếp tục phát huy kết quả đã đạt được` is still a task.
  if (context) return context;
  return readsAsAssessment(sentence) ? 'assessment' : 'task';
}
