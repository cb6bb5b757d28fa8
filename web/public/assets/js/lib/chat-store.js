/** @module web/lib/chat-store — the conversation kept in the browser (localStorage), so a reload keeps it; and the plain-text form of an answer. */

const KEY = 'vankien.chat.v1';
/** Old turns beyond this are dropped: localStorage is small and the context window shorter still. */
const MAX_TURNS = 30;

/** @typedef {{ question: string, result: { answer?: string, abstained?: boolean, citations?: Array<{label:string, quote:string, documentId:string, clauseId:string}>, closest?: unknown[] } }} Turn */

/** @returns {Turn[]} */
export function loadTurns(storage = globalThis.localStorage) {
  try {
    const parsed = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t) => t && typeof t.question === 'string' && t.result) : [];
  } catch {
    return [];
  }
}

/** @param {Turn[]} turns */
export function saveTurns(turns, storage = globalThis.localStorage) {
  try {
    storage?.setItem(KEY, JSON.stringify(turns.slice(-MAX_TURNS)));
  } catch {
    // Full or private storage: the conversation still works for this page.
  }
}

export function clearTurns(storage = globalThis.localStorage) {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/** A dot after a signing capacity or a place abbreviation (`KT.`, `TM.`, `TL.`, `Q.`, `TP.`, `TX.`) ends no sentence. */
const ABBREVIATION = /(?:^|[\s(“"])[A-ZĐ]{1,3}\.$/u;
/** Nor does the dot of a list number at the start of a line (`3.`, `3.4.`). */
const LIST_NUMBER = /(?:^|\n)\s*\d+(?:\.\d+)*\.$/;

const count = (s, ch) => s.split(ch).length - 1;
/** Inside brackets or a quotation, a full stop belongs to what is quoted (`(KT. CHỦ TỊCH)`, `“… cát. Xây …”`). */
const open = (s) => count(s, '(') > count(s, ')') || count(s, '“') > count(s, '”') || count(s, '"') % 2 === 1;

/**
 * The answer's lead sentence: its first sentence, citation marks removed, on one line. A full stop ends
 * it only outside brackets and quotes and not after an abbreviation: a signer answer names the capacity
 * `(KT. CHỦ TỊCH, PHÓ CHỦ TỊCH)` and a body can be `UBND TP. Cần Thơ`.
 * @example leadSentence('Sở Tài nguyên và Môi trường chủ trì [1]. Phối hợp: ...') // 'Sở Tài nguyên và Môi trường chủ trì.'
 */
export function leadSentence(answer) {
  const text = String(answer ?? '').trim();
  let end = text.length;
  const stops = /[.!?…](?=\s|$)/g;
  for (let m = stops.exec(text); m; m = stops.exec(text)) {
    const head = text.slice(0, m.index + 1);
    if (m[0] === '.' && (ABBREVIATION.test(head) || LIST_NUMBER.test(head))) continue;
    if (open(head)) continue;
    end = m.index + 1;
    break;
  }
  const first = text
    .slice(0, end)
    .replace(/\s*\[\d+\]/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return first && !/[.!?…]$/.test(first) ? `${first}.` : first;
}

/** The answer as plain text for the clipboard: lead, then one line per source with its full quote. */
export function answerAsText(question, result) {
  const lines = [];
  if (question) lines.push(question, '');
  lines.push(leadSentence(result.answer));
  for (const c of result.citations ?? []) lines.push(`- “${c.quote}” (${c.label})`);
  return lines.join('\n');
}
