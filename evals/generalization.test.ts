/**
 * @module evals/generalization.test
 * The dev / held-back split and the archive scorers: the split follows from the path and matches the
 * gold files' own tags; metadata fields compare in their written forms; validity matches by symbol.
 */
import { describe, expect, it } from 'vitest';
import { metadataOf } from '../core/test-metadata.ts';
import { loadArchiveMetadataGold, loadValidityGold } from './load-archive-gold.ts';
import { loadArchiveQuestions } from './load-gold.ts';
import { splitOf } from './split.ts';
import { scoreArchiveMetadata } from './suites/archive-metadata-suite.ts';
import { scoreValidity } from './suites/validity-suite.ts';
import { evidenceForm } from './text-forms.ts';

describe('split', () => {
  it('tags every gold entry with the split its path gives', () => {
    for (const [file, g] of loadArchiveMetadataGold()) expect(g.split, file).toBe(splitOf(file));
    for (const q of loadArchiveQuestions()) if (q.source) expect(q.split, q.id).toBe(splitOf(q.source));
    for (const r of loadValidityGold().relations) expect(r.split, r.source).toBe(splitOf(r.source));
  });

  it('holds back about a third of the documents', () => {
    const splits = [...loadArchiveMetadataGold().values()].map((g) => g.split);
    const held = splits.filter((s) => s === 'heldback').length / splits.length;
    expect(held).toBeGreaterThan(0.2);
    expect(held).toBeLessThan(0.45);
  });
});

describe('evidenceForm', () => {
  it('finds a quote across line breaks, quote marks and tone placement, but not inside a word', () => {
    const clause = 'Sở Công Thương chủ trì,\nphối hợp với “Sở Xây dựng” hoà giải';
    expect(evidenceForm(clause).includes(evidenceForm('chủ trì, phối hợp với "Sở Xây dựng" hòa giải'))).toBe(true);
    expect(evidenceForm('khai thác cát').includes(evidenceForm('thác cá'))).toBe(false);
  });
});

const meta = metadataOf;

describe('scoreArchiveMetadata', () => {
  const gold = {
    split: 'dev' as const,
    format: 'docx' as const,
    type: 'NĐ',
    symbol: '71/2019/NĐ-CP',
    issuer: 'Chính phủ',
    place: 'Hà Nội',
    date: '2019-08-30',
    signerName: 'Nguyễn Xuân Phúc',
    signerTitle: 'THỦ TƯỚNG',
    signerCapacity: 'TM. CHÍNH PHỦ',
    title: 'Quy định xử phạt vi phạm hành chính trong lĩnh vực hóa chất và vật liệu nổ công nghiệp',
    titleContains: 'xử phạt vi phạm hành chính',
  };

  it('accepts the written forms of type and symbol, and the title by its distinctive words', () => {
    const verdicts = scoreArchiveMetadata(
      'x.docx',
      gold,
      meta({
        type: 'ND',
        symbol: '71/2019/ND-CP',
        issuer: 'CHÍNH PHỦ',
        place: 'Hà Nội',
        date: '2019-08-30',
        title: 'QUY ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC HÓA CHẤT',
        signer: { name: 'Nguyễn Xuân Phúc', title: 'THỦ TƯỚNG', capacity: 'TM. CHÍNH PHỦ' } as never,
      }),
    );
    expect(verdicts.filter((v) => !v.correct).map((v) => v.field)).toEqual([]);
  });

  it('counts every field wrong for a document that was not stored', () => {
    expect(scoreArchiveMetadata('x.docx', gold, null).every((v) => !v.correct)).toBe(true);
  });
});

describe('scoreValidity', () => {
  it('matches a relation by document, relation and the target symbol, and a date by its value', () => {
    const report = scoreValidity(
      {
        relations: [
          { source: 'a.docx', split: 'dev', relation: 'replaces', target: 'Nghị định số 163/2013/NĐ-CP', quote: 'q' },
          { source: 'a.docx', split: 'dev', relation: 'repeals', target: '50/2014/QH13', quote: 'q' },
        ],
        effectiveDates: [{ source: 'a.docx', split: 'dev', effectiveFrom: '2019-10-15', quote: 'q' }],
      },
      {
        relations: [
          { sourceDocumentId: 'a', relation: 'replaces', targetKey: '163/2013/nđ-cp', targetSymbol: '163/2013/NĐ-CP' },
          { sourceDocumentId: 'a', relation: 'amends', targetKey: '99/2020/nđ-cp', targetSymbol: '99/2020/NĐ-CP' },
        ] as never,
        dates: [{ sourceDocumentId: 'a', effectiveFrom: '2019-10-15' }] as never,
      },
      (source) => (source === 'a.docx' ? 'a' : undefined),
    );
    expect(report.relations.dev).toMatchObject({ recall: 0.5, n: 2, precision: 0.5, extracted: 2 });
    expect(report.dates.dev).toEqual({ accuracy: 1, n: 1 });
    expect(report.missed).toEqual([{ source: 'a.docx', relation: 'repeals', target: '50/2014/QH13' }]);
  });
});
