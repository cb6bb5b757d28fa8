import { describe, expect, it } from 'vitest';
import type { RelationGold } from '../load-archive-gold.ts';
import { expectedStatuses, formatMissClasses, scoreStatuses } from './validity-suite.ts';

const rel = (over: Partial<RelationGold>): RelationGold => ({
  source: 'a/ND-275-2026.docx',
  split: 'dev',
  relation: 'amends',
  target: '71/2019/NĐ-CP',
  targetPart: null,
  sourcePart: 'khoản 2 Điều 75',
  quote: 'Nghị định số 71/2019/NĐ-CP',
  ...over,
});

describe('expectedStatuses: what the gold relations imply for each changed document', () => {
  it('takes the strongest change, and held back when any changing document is held back', () => {
    const got = expectedStatuses([
      rel({ relation: 'amends', target: '17/2022/NĐ-CP' }),
      rel({ relation: 'repeals', target: '17/2022/NĐ-CP', targetPart: 'Điều 1', split: 'heldback' }),
      rel({ relation: 'replaces', target: '71/2019/NĐ-CP' }),
      rel({ relation: 'repeals', target: 'Nghị định số 71/2019/NĐ-CP', targetPart: 'Điều 3' }),
      rel({ relation: 'guides', target: '69/2025/QH15' }),
    ]);
    expect(got).toEqual([
      { target: '17/2022/NĐ-CP', split: 'heldback', status: 'partly_repealed' },
      { target: '71/2019/NĐ-CP', split: 'dev', status: 'replaced' },
    ]);
  });
});

describe('scoreStatuses', () => {
  it('scores what the store derives against the implied status, by split, and lists the misses', async () => {
    const relations = [
      rel({ relation: 'replaces', target: '71/2019/NĐ-CP' }),
      rel({ relation: 'amends', target: '32/2024/NĐ-CP' }),
    ];
    const store: Record<string, string> = { '71/2019/NĐ-CP': 'replaced', '32/2024/NĐ-CP': 'in_force' };
    const report = await scoreStatuses(relations, async (t) => store[t] ?? null);
    expect(report.statuses?.dev).toEqual({ accuracy: 0.5, n: 2 });
    expect(report.statusMisses).toEqual([{ target: '32/2024/NĐ-CP', want: 'amended', got: 'in_force' }]);
  });

  it('counts held-back misses without listing them', async () => {
    const relations = [rel({ relation: 'amends', target: '32/2024/NĐ-CP', split: 'heldback' })];
    const report = await scoreStatuses(relations, async () => 'in_force');
    expect(report.statuses?.heldback).toEqual({ accuracy: 0, n: 1 });
    expect(report.statusMisses).toEqual([]);
  });

  it('counts the misses of each split by class (want, got), items left out', async () => {
    const relations = [
      rel({ relation: 'amends', target: '32/2024/NĐ-CP', split: 'heldback' }),
      rel({ relation: 'amends', target: '17/2022/NĐ-CP', split: 'heldback' }),
      rel({ relation: 'repeals', target: '71/2019/NĐ-CP', split: 'heldback' }),
      rel({ relation: 'replaces', target: '68/2018/NĐ-CP', split: 'heldback' }),
      rel({ relation: 'replaces', target: '24/2016/NĐ-CP' }),
    ];
    const store: Record<string, string> = {
      '32/2024/NĐ-CP': 'replaced',
      '17/2022/NĐ-CP': 'replaced',
      '68/2018/NĐ-CP': 'replaced',
      '24/2016/NĐ-CP': 'amended',
    };
    const report = await scoreStatuses(relations, async (t) => store[t] ?? null);
    expect(report.statusMissClasses).toEqual({
      dev: { 'want replaced, got amended': 1 },
      heldback: { 'want amended, got replaced': 2, 'want repealed, got nothing': 1 },
    });
    expect(formatMissClasses(report.statusMissClasses?.heldback)).toBe(
      'want amended, got replaced ×2; want repealed, got nothing ×1',
    );
  });
});
