/**
 * The real corpus through clean → clause tree → references, every reference asserted with its
 * relation and clause anchor; then resolution across the five files. Metadata is what the header
 * extractor reads from each file (ingest/structure/metadata.ts), copied here so these tests stay
 * about references.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import type { DocumentMetadata, Reference } from '../../core/types.ts';
import { buildClauseTree } from '../structure/clause-tree.ts';
import { extractReferences } from './extract.ts';
import { resolveDocumentKeys } from './resolve.ts';

type Meta = Pick<DocumentMetadata, 'type' | 'symbol' | 'issuer' | 'place' | 'date' | 'title'>;

const SEEDS: Record<string, Meta> = {
  'binh-phuoc-cong-van-2016-ket-luan-02': {
    type: 'CV',
    symbol: null,
    issuer: 'Ban Thường vụ Tỉnh ủy',
    place: 'Đồng Xoài',
    date: '2016-06-13',
    title: 'Về việc triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư (khóa XII)',
  },
  'can-tho-chi-thi-bao-ve-moi-truong': {
    type: 'CT',
    symbol: null,
    issuer: 'Ban Thường vụ Thành ủy',
    place: null,
    date: null,
    title: 'về tăng cường sự lãnh đạo của Đảng trong công tác bảo vệ môi trường trên địa bàn thành phố Cần Thơ',
  },
  'can-tho-chuong-trinh-2021-xanh-va-sach': {
    type: 'CTr',
    symbol: null,
    issuer: 'Ban Chấp hành Đảng bộ thành phố',
    place: 'Cần Thơ',
    date: '2021-12-31',
    title:
      'bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường và ngập nghẹt thành phố giai đoạn 2022 - 2025',
  },
  'can-tho-cong-van-2024-ket-luan-81': {
    type: 'CV',
    symbol: '1032-CV/TU',
    issuer: 'Thành ủy Cần Thơ',
    place: 'Cần Thơ',
    date: '2024-07-09',
    title: 'Quán triệt, triển khai thực hiện Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị',
  },
  'soc-trang-nghi-quyet-2017-bao-ve-moi-truong': {
    type: 'NQ',
    symbol: '12-NQ/TU',
    issuer: 'Tỉnh ủy Sóc Trăng',
    place: 'Sóc Trăng',
    date: '2017-03-15',
    title: 'về bảo vệ môi trường tỉnh Sóc Trăng đến năm 2020',
  },
};

function referencesOf(id: string): Reference[] {
  const raw = readFileSync(fileURLToPath(new URL(`../../corpus/${id}.txt`, import.meta.url)), 'utf8');
  const { clean } = cleanText(raw);
  const clauses = buildClauseTree({ documentId: id, cleanText: clean.text, documentLabel: id });
  const metadata: DocumentMetadata = {
    ...SEEDS[id],
    symbolInferred: false,
    number: null,
    signer: null,
    recipients: [],
  };
  const refs = extractReferences({ documentId: id, cleanText: clean.text, clauses, metadata });
  for (const r of refs) {
    expect(clean.text.slice(r.span.start, r.span.end)).toBe(r.mention);
    const clause = clauses.find((c) => c.id === r.clauseId)!;
    expect(r.span.start >= clause.span.start && r.span.end <= clause.span.end).toBe(true);
  }
  return refs;
}

const rows = (id: string, refs: Reference[]) =>
  refs.map((r) => [r.clauseId.slice(id.length + 1), r.mention, r.target.key, r.relation, r.basis]);

const REFS = Object.fromEntries(Object.keys(SEEDS).map((id) => [id, referencesOf(id)]));

describe('seeds: every reference of every corpus file', () => {
  it.each([
    [
      'can-tho-cong-van-2024-ket-luan-81',
      [
        ['preamble', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', true],
        // `Sau 10 năm triển khai thực hiện ...` narrates; the name is the plenum alias of 24-NQ/TW.
        ['p1', 'Nghị quyết Trung ương 7 khóa XI', '24-NQ/TW', 'cites', false],
        ['p3', 'Nghị quyết Trung ương 7 khóa XI', '24-NQ/TW', 'implements', true],
        ['p3', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', true],
        // Inside 81's quoted subject: describes 81, the citing letter only cites it.
        ['p3', 'Nghị quyết Trung ương 7 khóa XI', '24-NQ/TW', 'cites', false],
        // `(viết tắt là Kết luận số 81-KL/TW)` restates the citation before it.
        ['p3', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', true],
        ['2', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', false],
        ['2', 'Chương trình số 27-CTr/TU', '27-CTr/TU@can-tho', 'implements', false],
        ['2', 'Kế hoạch số 255-KH/TU', '255-KH/TU@can-tho', 'implements', false],
        ['3', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', false],
        ['5', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', false],
        ['5', 'Kế hoạch số 255-KH/TU', '255-KH/TU@can-tho', 'implements', false],
        ['closing', 'Kết luận số 81-KL/TW', '81-KL/TW', 'attaches', false],
      ],
    ],
    [
      'binh-phuoc-cong-van-2016-ket-luan-02',
      [
        ['preamble', 'Kết luận số 02-KL/TW', '02-KL/TW', 'implements', true],
        ['p1', 'Nghị quyết số 41-NQ/TW', '41-NQ/TW', 'cites', false],
        ['p3', 'Kết luận số 02-KL/TW', '02-KL/TW', 'implements', true],
        // Inside 02's subject “Về tổng kết 10 năm thực hiện Nghị quyết số 41-NQ/TW ...”.
        ['p3', 'Nghị quyết số 41-NQ/TW', '41-NQ/TW', 'cites', false],
        ['1', 'Nghị quyết số 41-NQ/TW', '41-NQ/TW', 'continues', false],
        // The header names no province: local symbols take the place line's city.
        ['1', 'Chỉ thị số 38-CT/TU', '38-CT/TU@dong-xoai', 'continues', false],
        ['1', 'Nghị quyết số 24-NQ/TW', '24-NQ/TW', 'continues', false],
        ['1', 'Chương trình hành động số 32-CTr/TU', '32-CTr/TU@dong-xoai', 'continues', false],
        ['1', 'Kết luận số 02-KL/TW', '02-KL/TW', 'continues', false],
        ['2-2.1', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X', 'NQ-DH:tinh-dong-xoai:X', 'cites', false],
        // Named without its year, then with it: one law.
        ['2-2.2-p1', 'Luật Bảo vệ Môi trường', 'LUAT:bao-ve-moi-truong:2014', 'cites', false],
        ['3', 'Luật Bảo vệ Môi trường năm 2014', 'LUAT:bao-ve-moi-truong:2014', 'implements', false],
      ],
    ],
    [
      'can-tho-chuong-trinh-2021-xanh-va-sach',
      [
        ['p1', 'Nghị quyết số 59-NQ/TW', '59-NQ/TW', 'implements', true],
        [
          'p1',
          'Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ XIV',
          'NQ-DH:thanh-pho-can-tho:XIV',
          'implements',
          true,
        ],
        ['I-2-2.2-b1', 'Quyết định số 524/QĐ-TTg', '524/QĐ-TTg', 'implements', false],
        ['II-7-b1', 'Nghị quyết số 120/NQ-CP', '120/NQ-CP', 'implements', false],
      ],
    ],
    [
      'soc-trang-nghi-quyet-2017-bao-ve-moi-truong',
      [
        [
          'II-3-p1',
          'Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIII',
          'NQ-DH:tinh-soc-trang:XIII',
          'implements',
          false,
        ],
      ],
    ],
    // Only self references (`Chỉ thị này`) and generic words (`Chương trình kiểm tra, giám sát`).
    ['can-tho-chi-thi-bao-ve-moi-truong', []],
  ])('%s', (id, expected) => {
    expect(rows(id, REFS[id])).toEqual(expected);
  });
});

describe('seeds: what the citations say of the cited documents', () => {
  const target = (id: string, key: string) => REFS[id].find((r) => r.target.key === key)!.target;

  it.each([
    [
      'can-tho-cong-van-2024-ket-luan-81',
      '81-KL/TW',
      { type: 'KL', symbol: '81-KL/TW', number: '81', issuer: 'Bộ Chính trị', date: '2024-06-04', name: null },
    ],
    [
      'can-tho-cong-van-2024-ket-luan-81',
      '27-CTr/TU@can-tho',
      {
        type: 'CTr',
        symbol: '27-CTr/TU',
        issuer: 'Thành ủy Cần Thơ',
        date: '2021-12-31',
        subject:
          'Bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường và ngập nghẹt thành phố giai đoạn 2022 - 2025',
      },
    ],
    [
      'can-tho-cong-van-2024-ket-luan-81',
      '255-KH/TU@can-tho',
      { type: 'KH', issuer: 'Ban Thường vụ Thành ủy Cần Thơ', date: '2023-12-20' },
    ],
    [
      'binh-phuoc-cong-van-2016-ket-luan-02',
      '41-NQ/TW',
      {
        issuer: 'Bộ Chính trị',
        date: '2004-11-15',
        subject: 'Về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
      },
    ],
    ['binh-phuoc-cong-van-2016-ket-luan-02', '02-KL/TW', { issuer: 'Ban Bí thư', date: '2016-04-26' }],
    ['binh-phuoc-cong-van-2016-ket-luan-02', '38-CT/TU@dong-xoai', { issuer: 'Tỉnh ủy', date: '2005-10-10' }],
    [
      'binh-phuoc-cong-van-2016-ket-luan-02',
      'LUAT:bao-ve-moi-truong:2014',
      { type: 'LUAT', date: '2014', issuer: 'Quốc hội' },
    ],
    [
      'binh-phuoc-cong-van-2016-ket-luan-02',
      'NQ-DH:tinh-dong-xoai:X',
      { type: 'NQ', date: '2015', issuer: 'Đại hội Đảng bộ tỉnh' },
    ],
    [
      'can-tho-chuong-trinh-2021-xanh-va-sach',
      '524/QĐ-TTg',
      {
        type: 'QD',
        issuer: 'Thủ tướng Chính phủ',
        date: '2021-04-01',
        subject: 'phê duyệt Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”',
      },
    ],
    ['can-tho-chuong-trinh-2021-xanh-va-sach', '120/NQ-CP', { type: 'NQ', issuer: 'Chính phủ', date: '2017-11-17' }],
    [
      'can-tho-chuong-trinh-2021-xanh-va-sach',
      'NQ-DH:thanh-pho-can-tho:XIV',
      { date: '2020', issuer: 'Đại hội Đảng bộ thành phố Cần Thơ' },
    ],
  ])('%s → %s', (id, key, fields) => {
    expect(target(id, key)).toMatchObject(fields);
  });

  it('the plenum name in one file and the number in another meet at one node', () => {
    const byName = target('can-tho-cong-van-2024-ket-luan-81', '24-NQ/TW');
    const byNumber = target('binh-phuoc-cong-van-2016-ket-luan-02', '24-NQ/TW');
    expect(byName).toEqual(byNumber);
    expect(byName).toMatchObject({ symbol: '24-NQ/TW', date: '2013-06-03', name: 'Nghị quyết Trung ương 7 khóa XI' });
  });
});

describe('seeds: resolution across the corpus', () => {
  const documents = Object.entries(SEEDS).map(([id, m]) => ({ id, ...m }));
  const keys = Object.values(REFS).flatMap((refs) => refs.map((r) => r.target));
  const resolution = resolveDocumentKeys(documents, keys);

  it('the programme that printed no number gains the one the 2024 letter cites it by', () => {
    expect(resolution.inferredSymbols).toEqual(new Map([['can-tho-chuong-trinh-2021-xanh-va-sach', '27-CTr/TU']]));
    expect(resolution.nodeToDocument.get('27-CTr/TU@can-tho')).toBe('can-tho-chuong-trinh-2021-xanh-va-sach');
  });

  it('no other cited document is in the corpus', () => {
    expect([...resolution.nodeToDocument.keys()]).toEqual(['27-CTr/TU@can-tho']);
  });
});
