import { describe, expect, it } from 'vitest';
import { lawKey, type NumberedKeyInput, numberedKey } from './canonical.ts';
import {
  issuersCompatible,
  keyFitsDocument,
  resolveDocumentKeys,
  similarity,
  type StoredDocumentInfo,
} from './resolve.ts';

const stored = (d: Partial<StoredDocumentInfo> & { id: string }): StoredDocumentInfo => ({
  type: null,
  symbol: null,
  issuer: null,
  place: null,
  date: null,
  title: null,
  ...d,
});

const PROGRAMME = stored({
  id: 'programme',
  type: 'CTr',
  issuer: 'Ban Chấp hành Đảng bộ thành phố',
  place: 'Cần Thơ',
  date: '2021-12-31',
  title:
    'bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường và ngập nghẹt thành phố giai đoạn 2022 - 2025',
});

/** The programme as the 2024 letter cites it. */
const CITED_PROGRAMME = numberedKey({
  symbol: '27-CTr/TU',
  type: 'CTr',
  issuer: 'Thành ủy',
  place: 'Cần Thơ',
  date: '2021-12-31',
  subject:
    'Bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường và ngập nghẹt thành phố giai đoạn 2022 - 2025',
});

const key = (k: NumberedKeyInput) => numberedKey(k);

describe('resolveDocumentKeys: printed symbols', () => {
  const docs = [
    stored({ id: 'kl81', type: 'KL', symbol: '81-KL/TW', issuer: 'Bộ Chính trị', date: '2024-06-04' }),
    stored({
      id: 'ct-can-tho',
      type: 'CTr',
      symbol: '27-CTr/TU',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: '2021-12-31',
    }),
    stored({ id: 'sym-spaced', type: 'CV', symbol: '2449 -CV/ĐU', issuer: 'Đảng ủy Khối', date: '2023-05-03' }),
  ];
  it.each([
    ['same symbol', key({ symbol: '81-KL/TW' }), 'kl81'],
    [
      'same symbol, issuer and date agree',
      key({ symbol: '81-KL/TW', issuer: 'Bộ Chính trị', date: '2024-06-04' }),
      'kl81',
    ],
    ['same symbol, another year (a reused Party number)', key({ symbol: '81-KL/TW', date: '2009-06-04' }), undefined],
    ['same symbol, another issuer', key({ symbol: '81-KL/TW', issuer: 'Ban Bí thư' }), undefined],
    ['local symbol, same place', key({ symbol: '27-CTr/TU', issuer: 'Thành ủy', place: 'Cần Thơ' }), 'ct-can-tho'],
    ['local symbol, another province', key({ symbol: '27-CTr/TU', issuer: 'Tỉnh ủy', place: 'Bình Phước' }), undefined],
    ['local symbol without a place', key({ symbol: '27-CTr/TU' }), 'ct-can-tho'],
    ['a stored symbol printed with a stray space', key({ symbol: '2449-CV/ĐU' }), 'sym-spaced'],
    ['another type for the same number', key({ symbol: '81-KL/TW', type: 'NQ' }), undefined],
  ])('%s', (_name, node, documentId) => {
    expect(resolveDocumentKeys(docs, [node]).nodeToDocument.get(node.key)).toBe(documentId);
  });
});

describe('resolveDocumentKeys: a document that lost its number', () => {
  it('gains the symbol its citations describe it by (type, date, place, issuer, subject)', () => {
    const bare = key({ symbol: '27-CTr/TU' });
    const r = resolveDocumentKeys([PROGRAMME], [CITED_PROGRAMME, bare]);
    expect(r.inferredSymbols).toEqual(new Map([['programme', '27-CTr/TU']]));
    expect(r.nodeToDocument.get(CITED_PROGRAMME.key)).toBe('programme');
    // Once inferred, other mentions of the symbol meet the document too.
    expect(r.nodeToDocument.get(bare.key)).toBe('programme');
  });

  it.each([
    ['only the same date', { subject: null }, 'programme'],
    ['only a similar subject', { date: null }, 'programme'],
    ['neither date nor subject', { date: null, subject: null }, undefined],
    ['another date', { date: '2021-12-30' }, undefined],
    ['another type', { type: 'KH' as const }, undefined],
    ['another place', { key: '27-CTr/TU@binh-phuoc', issuer: 'Thành ủy Bình Phước' }, undefined],
  ])('%s', (_name, change, documentId) => {
    const node = { ...CITED_PROGRAMME, ...change };
    const r = resolveDocumentKeys([PROGRAMME], [node]);
    expect(r.nodeToDocument.get(node.key)).toBe(documentId);
    expect(r.inferredSymbols.get('programme')).toBe(documentId ? '27-CTr/TU' : undefined);
  });

  it('does not guess between two documents a citation describes equally', () => {
    const twin = { ...PROGRAMME, id: 'twin' };
    const node = { ...CITED_PROGRAMME, subject: null };
    expect(resolveDocumentKeys([PROGRAMME, twin], [node]).inferredSymbols.size).toBe(0);
  });

  it('a printed symbol is never replaced', () => {
    const numbered = { ...PROGRAMME, symbol: '30-CTr/TU' };
    expect(resolveDocumentKeys([numbered], [CITED_PROGRAMME]).inferredSymbols.size).toBe(0);
  });

  it('an inferred symbol is inferred afresh', () => {
    const inferred = { ...PROGRAMME, symbol: '27-CTr/TU', symbolInferred: true };
    expect(resolveDocumentKeys([inferred], [CITED_PROGRAMME]).inferredSymbols.get('programme')).toBe('27-CTr/TU');
  });
});

describe('resolveDocumentKeys: documents cited by name', () => {
  const law2014 = stored({ id: 'luat-2014', type: 'LUAT', title: 'Luật Bảo vệ môi trường', date: '2014-06-23' });
  const law2020 = stored({
    id: 'luat-2020',
    type: 'LUAT',
    title: 'Luật Bảo vệ môi trường',
    date: '2020-11-17',
    symbol: '72/2020/QH14',
  });
  it.each([
    [lawKey('Luật Bảo vệ Môi trường', '2014'), 'luat-2014'],
    [lawKey('Luật Bảo vệ Môi trường', '2020'), 'luat-2020'],
    [lawKey('Luật Đất đai', '2013'), undefined],
    [{ ...lawKey('Luật Bảo vệ môi trường', '2020'), symbol: '72/2020/QH14' }, 'luat-2020'],
    [lawKey('Luật Bảo vệ Môi trường', null), undefined],
  ])('%j', (node, documentId) => {
    expect(resolveDocumentKeys([law2014, law2020], [node]).nodeToDocument.get(node.key)).toBe(documentId);
  });
});

describe('helpers', () => {
  it.each([
    ['Thành ủy', 'Thành ủy Cần Thơ', true],
    ['Ban Thường vụ Thành ủy Cần Thơ', 'Thành ủy Cần Thơ', true],
    ['Ban Chấp hành Đảng bộ thành phố', 'Thành ủy Cần Thơ', true],
    ['Tỉnh uỷ Sóc Trăng', 'Tỉnh ủy Sóc Trăng', true],
    ['Thành ủy Cần Thơ', 'Tỉnh ủy Sóc Trăng', false],
    ['Bộ Chính trị', 'Ban Bí thư', false],
    [null, 'Ban Bí thư', true],
  ])('issuersCompatible(%j, %j) = %s', (a, b, ok) => {
    expect(issuersCompatible(a, b)).toBe(ok);
  });

  it('similarity compares words, not spelling', () => {
    expect(similarity('Về bảo vệ môi trường', 'về bảo vệ môi trường')).toBe(1);
    expect(similarity('Bảo vệ môi trường “Cần Thơ xanh và sạch”', 'bảo vệ môi trường Cần Thơ xanh sạch')).toBe(1);
    expect(similarity('phát triển khoa học', 'bảo vệ môi trường')).toBe(0);
  });
});

describe('keyFitsDocument: a blank-numbered draft met by description', () => {
  // A working record cites "Văn bản số 4135/UBND-KT ngày 21/5/2026 của UBND tỉnh Lào Cai"; the province's
  // blank-numbered letter prints `ngày  tháng 6 năm 2026`, so it is not that letter and a link to it is dropped.
  const letter = stored({
    id: 'letter',
    type: 'CV',
    issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
    partialDate: '2026-06',
    title: 'V/v báo cáo tình hình triển khai các khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh',
  });
  const cited = key({
    symbol: '4135/UBND-KT',
    type: 'CV',
    issuer: 'UBND tỉnh Lào Cai',
    place: 'Lào Cai',
    date: '2026-05-21',
  });

  it('a citation dated outside the printed month does not fit', () => {
    expect(keyFitsDocument(cited, letter)).toBe(false);
    expect(keyFitsDocument({ ...cited, date: '2026-06-02' }, letter)).toBe(true);
  });

  it('the same date fits a document that prints its number', () => {
    expect(keyFitsDocument(cited, { ...letter, symbol: '4135/UBND-KT' })).toBe(true);
  });
});
