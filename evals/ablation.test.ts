/** @module evals/ablation.test — `RANK_ABLATE` names become a search option; the data lists stay as they are. */

import { describe, expect, it } from 'vitest';
import askedFields from '../search/data/asked-fields.json' with { type: 'json' };
import { QUESTION_BRIDGES } from '../search/data/question-bridges.ts';
import { askedLabels } from '../search/labelled-answer.ts';
import { parseAblation } from './ablation.ts';

describe('parseAblation', () => {
  it('reads fields, bridges and features into the search option without cutting the lists', () => {
    const fields = askedFields.fields.length;
    const bridges = QUESTION_BRIDGES.length;
    const parsed = parseAblation('field:place, bridge:địa điểm,feature:position');
    expect(parsed.search).toEqual({ fields: ['place'], bridges: ['địa điểm'] });
    expect(parsed.features).toEqual(['position']);
    expect(parsed.asks).toContain('o dau');
    expect(askedFields.fields.length).toBe(fields);
    expect(QUESTION_BRIDGES.length).toBe(bridges);
    // A search without the option still asks the field.
    expect(askedLabels('Lớp huấn luyện tổ chức ở đâu?')).toContain('dia diem');
  });

  it('refuses a name no list holds', () => {
    expect(() => parseAblation('field:colour')).toThrow(/no asked field colour/);
    expect(() => parseAblation('bridge:màu sắc')).toThrow(/no question bridge to màu sắc/);
  });
});
