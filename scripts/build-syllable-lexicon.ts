/**
 * @module scripts/build-syllable-lexicon
 * Writes `core/lexicon/syllables.json`: how often each Vietnamese syllable occurs in well-read text
 * (the seeds in `corpus/` and the dev-split archive copies in `evals/archive/` that read as Vietnamese),
 * the statistics the broken-font decoder scores its readings with. Held-back copies are not read.
 * Usage: `npx tsx scripts/build-syllable-lexicon.ts`
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { textQuality } from '../core/text/text-quality.ts';
import { syllablesOf } from '../core/text/syllable-lexicon.ts';
import { splitOf } from '../evals/split.ts';
import { loadFile } from '../ingest/load/index.ts';

const ARCHIVE = 'evals/archive';
/** Syllables seen fewer times are left out: a typo or a name read once is no statistic. */
const MIN_COUNT = 2;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

const counts = new Map<string, number>();
const add = (text: string) => {
  for (const s of syllablesOf(text)) counts.set(s, (counts.get(s) ?? 0) + 1);
};
for (const f of filesUnder('corpus').filter((f) => f.endsWith('.txt'))) add(readFileSync(f, 'utf8'));
let documents = 0;
for (const path of filesUnder(ARCHIVE).filter((f) => /\.(?:docx?|txt)$/i.test(f))) {
  if (splitOf(relative(ARCHIVE, path)) !== 'dev') continue;
  try {
    const { text } = await loadFile(path);
    const q = textQuality(text);
    if (q.wellFormed < 0.9 || q.marked < 0.5) continue;
    add(text);
    documents++;
  } catch {
    // A file that does not load gives no statistics.
  }
}
const entries = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(
  'core/lexicon/syllables.json',
  `${JSON.stringify(
    {
      about:
        'Lowercase Vietnamese syllables and how often they occur (count >= 2), from the seeds in corpus/ and ' +
        `${documents} dev-split archive documents in evals/archive/ that read as Vietnamese (scripts/build-syllable-lexicon.ts). ` +
        'Used to score readings of text whose fonts mapped glyphs to wrong code points (core/text/broken-font.ts).',
      entries: Object.fromEntries(entries),
    },
    null,
    0,
  )}\n`,
);
console.log(`${entries.length} syllables from ${documents} archive documents and the seeds`);
