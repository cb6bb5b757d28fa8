/**
 * @module answer/eval.test
 * The gold questions end to end on the real corpus: citation hit rate ≥ 90% on answerable questions,
 * lead-body accuracy ≥ 90%, abstention on every out-of-corpus question and on fewer than 5% of
 * answerable ones, and no citation that fails verification.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { clauseTexts, verifyCitations } from './verify-citations.ts';
import { type GoldQuestion, figures, type Scored, scoreAnswer } from './evaluate.ts';
import { useCorpusStore } from './test-corpus.ts';

const GOLD: GoldQuestion[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', 'evals', 'gold', 'questions.json'), 'utf8'),
);

describe('gold questions on the corpus', () => {
  const store = useCorpusStore();

  it('meets the answer quality targets', async () => {
    const { db, embedder } = store();
    const scored: Scored[] = [];
    const misses: string[] = [];
    for (const gold of GOLD) {
      const answer = await ask(db, { question: gold.question }, { embedder });
      const { rejected } = await verifyCitations(db, answer.citations);
      const texts = await clauseTexts(
        db,
        answer.citations.map((c) => c.clauseId),
      );
      const s = scoreAnswer(gold, answer, new Map([...texts].map(([id, c]) => [id, c.text])), rejected.length);
      scored.push(s);
      const wrong = gold.kind === 'out-of-corpus' ? !s.abstained : s.abstained || s.hit === false || s.leadOk === false;
      if (wrong) misses.push(`${gold.id} ${gold.kind}: ${answer.answer.slice(0, 160)}`);
    }
    const f = figures(scored);
    console.log('answer figures', JSON.stringify(f, null, 2), '\nmisses:\n', misses.join('\n'));
    expect(f.citationHitRate).toBeGreaterThanOrEqual(0.9);
    expect(f.leadAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(f.outOfCorpusAbstained).toBe(f.outOfCorpus);
    expect(f.falseAbstentionRate).toBeLessThan(0.05);
    expect(f.failedVerifications).toBe(0);
  }, 600_000);
});
