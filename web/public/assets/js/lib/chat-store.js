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

/**
 * The answer's lead sentence: its first sentence, citation marks removed.
 * @example leadSentence('Sở Tài nguyên và Môi trường chủ trì [1]. Phối hợp: ...') // 'Sở Tài nguyên và Môi trường chủ trì.'
 */
export function leadSentence(answer) {
  const text = String(answer ?? '').trim();
  const m = /^([\s\S]*?[.!?…])(?=\s|$)/.exec(text);
  const first = (m ? m[1] : text).replace(/\s*\[\d+\]/g, '').trim();
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
