import { describe, expect, it } from 'vitest';
import type { RelationGold } from '../load-archive-gold.ts';
import { scoreRelationKinds } from './relation-kinds-suite.ts';

const gold = (relation: RelationGold['relation'], target: string): RelationGold => ({
  source: 'a.docx',
  split: 'dev',
  relation,
  target,
  quote: '',
});
const row = (relation: string, symbol: string | null, key: string) => ({
  documentId: 'A',
  relation,
  names: [symbol, key],
  shown: symbol ?? key,
});

describe('scoreRelationKinds', () => {
  const report = scoreRelationKinds(
    {
      documents: { 'a.docx': { split: 'dev', complete: true } },
      relations: [gold('repeals', '37/2010/NĐ-CP'), gold('basis', '181/2024/NĐ-CP'), gold('cites', '18/2018/TT-BCA')],
    },
    [
      row('repeals', '37/2010/NĐ-CP', 'ND:37/2010'),
      row('implements', '181/2024/NĐ-CP', 'ND:181/2024'),
      row('cites', '181/2024/NĐ-CP', 'ND:181/2024'),
      row('cites', '99/2020/NĐ-CP', 'ND:99/2020'),
    ],
    (s) => (s === 'a.docx' ? 'A' : undefined),
  );
  it('scores recall per relation over the gold rows', () => {
    expect(report.bySplit.dev.repeals.recall).toBe(1);
    expect(report.bySplit.dev.basis.recall).toBe(0);
    expect(report.bySplit.dev.cites.recall).toBe(0);
  });
  it('counts a relation the complete gold does not list as false, a cites of a listed target as right', () => {
    expect(report.bySplit.dev.implements.precision).toBe(0);
    expect(report.bySplit.dev.cites.precision).toBe(0.5);
    expect(report.unlisted.map((u) => `${u.relation} ${u.target}`)).toEqual([
      'implements 181/2024/NĐ-CP',
      'cites 99/2020/NĐ-CP',
    ]);
  });
});
