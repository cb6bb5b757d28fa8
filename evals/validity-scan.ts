/**
 * @module evals/validity-scan
 * Audit of changing sentences over a folder's dev-split files (no gold read): each sentence whose words amend, repeal,
 * replace or end another document (`sửa đổi, bổ sung …`, `bãi bỏ …`, `thay thế …`, `hết hiệu lực`), and what the parser
 * made of it — a link of the relation its verb implies, a link of another relation, none (with or without a reference
 * in the sentence), and the form of each link's target key (a symbol, a law's name, a bare number).
 * Usage: `npx tsx evals/validity-scan.ts <folder> [--show class] [--ocr-cache dir] [--max-ocr-pages n]` (give `--ocr-cache`
 * a folder outside the repo for a whole archive: new scans' OCR would land in `evals/ocr-cache/`). Without `--show`, every
 * changing sentence is printed with its class; the counts by class come last.
 */
import { foldAccents } from '../core/text/vietnamese.ts';
import { arg, folderArg, parsedDevFiles } from './dev-files.ts';

const root = folderArg('npx tsx evals/validity-scan.ts <folder> [--show class]');
const show = arg('show');

/** The relation a changing sentence's verb implies (Luật Ban hành VBQPPL: `bãi bỏ` of a part repeals it in part). */
function verbOf(folded: string): string | null {
  if (
    /\bhet hieu luc\b/.test(folded) &&
    !/\b(?:luat|nghi dinh|thong tu|quyet dinh|nghi quyet|van ban) nay het/.test(folded)
  )
    return 'ends';
  if (/\bbai bo\b|\bhuy bo\b/.test(folded)) return 'repeals';
  if (/\bthay the\b/.test(folded)) return 'replaces';
  if (/\bsua doi\b|\bbo sung mot so\b/.test(folded)) return 'amends';
  return null;
}

/** Key forms: a symbol (`08/2022/NĐ-CP`), a law by name (`LUAT:dat-dai:2024`), a short form, or none. */
function keyForm(key: string | null): string {
  if (key === null) return 'self';
  if (/^\d+[\d/-]*[\p{L}]/u.test(key)) return 'symbol';
  return key.split(':')[0];
}

const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
let files = 0;
for await (const item of parsedDevFiles(root)) {
  if ('error' in item) continue;
  files++;
  console.log(`# ${item.file}`);
  const { doc, file } = item;
  const links = doc.validity?.links ?? [];
  for (const clause of doc.clauses) {
    const text = doc.cleanText.slice(clause.span.start, clause.span.end);
    for (const sentence of text.split(/(?<=[.;:])\s+|\n+/)) {
      const folded = foldAccents(sentence).toLowerCase();
      const verb = verbOf(folded);
      if (!verb) continue;
      // Self statements and requests are not changes of another document.
      if (/\b(?:de nghi|kien nghi|nghien cuu)\b/.test(folded)) continue;
      const at = clause.span.start + text.indexOf(sentence);
      const end = at + sentence.length;
      const inside = links.filter((l) => l.span.start < end && l.span.end > at && l.relation !== 'basis');
      const refs = doc.references.filter((r) => r.span.start >= at && r.span.end <= end);
      let cls: string;
      if (inside.length === 0)
        cls = refs.length === 0 ? 'no link, no reference' : `no link, reference ${keyForm(refs[0].target.key)}`;
      else {
        const want = verb === 'ends' ? 'replaces' : verb;
        const rel = inside.map((l) => l.relation);
        const form = [...new Set(inside.map((l) => keyForm(l.targetKey)))].join('+');
        cls = rel.includes(want as never) ? `linked ${want} → ${form}` : `wrong relation ${want} read ${rel.join(',')}`;
      }
      bump(cls);
      if (show === undefined || cls.startsWith(show))
        console.log(
          `${cls} | ${file} | ${sentence.replace(/\s+/g, ' ').slice(0, 220)}${inside.length ? ` || ${inside.map((l) => `${l.relation} ${l.targetKey} [${l.targetPart}]`).join('; ')}` : ''}${refs.length ? ` || refs ${refs.map((r) => r.target.key).join(', ')}` : ''}`,
        );
    }
  }
}
console.log(`${files} dev files`);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
