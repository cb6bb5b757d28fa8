/**
 * Learns the heads of actor phrases from a store: in the genre's assignment sentence (NĐ 30/2020; Luật ban hành
 * VBQPPL drafting: `<actor> (có trách nhiệm|chịu trách nhiệm|chủ trì) …`) the words before the cue name who answers
 * for the task, and normative texts name that actor by its role in lowercase (`Chủ đầu tư có trách nhiệm`, `Hội đồng
 * thẩm định có trách nhiệm`, `cơ quan chuyên môn về xây dựng có trách nhiệm`), which no head of body-lexicon.json
 * finds. Counts, per two-syllable opening of such a phrase at the start of a clause or sentence, the documents it
 * leads in; keeps those of at least MIN_DOCUMENTS documents that are no lexicon head and not excluded (a verb, a
 * title or a heading opening the sentence, listed with its reason in the data file). Writes
 * ingest/facts/actor-heads.json.
 *
 *   npx tsx scripts/learn-actor-heads.ts [pgliteDir]   (default: the dev store, evals/out/dev-store/pglite)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openPglite } from '../core/store/db.ts';
import { foldedForm } from '../core/text/vietnamese.ts';
import { BODY_HEADS } from '../ingest/facts/body-lexicon.ts';

const OUT = new URL('../ingest/facts/actor-heads.json', import.meta.url);
const MIN_DOCUMENTS = 2;
/** An actor phrase at a clause's or sentence's start, up to the responsibility cue (at most eight words, no stop). */
const ACTOR_PHRASE =
  /(?:^|[;.:]\s+|\n)\s*(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\))?\s*((?:[\p{L}\p{M}]+,? ){1,8}?)(?:có trách nhiệm|chịu trách nhiệm|chủ trì)(?![\p{L}])/gu;

const previous = JSON.parse(readFileSync(OUT, 'utf8')) as { excluded: Record<string, string> };
const known = BODY_HEADS.flatMap((h) => h.forms);
const db = await openPglite(process.argv[2] ?? new URL('../evals/out/dev-store/pglite', import.meta.url).pathname);
const rows = await db.query<{ document_id: string; text: string }>('select document_id, text from clauses');
await db.close();
const documents = new Map<string, Set<string>>();
for (const row of rows) {
  for (const m of row.text.normalize('NFC').matchAll(ACTOR_PHRASE)) {
    const words = m[1].replace(/,/g, '').trim().split(' ');
    if (words.length < 2 || !/^\p{Lu}/u.test(words[0])) continue;
    const head = foldedForm(words.slice(0, 2).join(' '));
    if (!documents.has(head)) documents.set(head, new Set());
    documents.get(head)?.add(row.document_id);
  }
}
const heads = [...documents]
  .map(([head, docs]) => ({ head, documents: docs.size }))
  .filter(
    (h) =>
      h.documents >= MIN_DOCUMENTS &&
      !(h.head in previous.excluded) &&
      !known.some((k) => h.head === k || h.head.startsWith(`${k} `)),
  )
  .sort((a, b) => b.documents - a.documents || a.head.localeCompare(b.head));
writeFileSync(OUT, `${JSON.stringify({ ...previous, minDocuments: MIN_DOCUMENTS, heads }, null, 2)}\n`);
console.log(heads.map((h) => `${h.documents} ${h.head}`).join('\n'));
