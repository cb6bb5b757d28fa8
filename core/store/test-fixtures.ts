/** @module core/store/test-fixtures — small parsed documents with Vietnamese text for store tests. */

import type { Clause, DocumentKey, ParsedDocument } from '../types.ts';
import type { SaveExtras } from './documents-repo.ts';

/** Options of `makeDocument`; everything has a default. */
export interface DocumentFixture {
  id: string;
  contentHash?: string;
  symbol?: string | null;
  issuer?: string;
  place?: string;
  date?: string | null;
  title?: string;
  /** The cited document; defaults to `NQ 41-NQ/TW` without a date. */
  cited?: Partial<DocumentKey>;
}

/**
 * A document with 3 clauses (preamble, section I, item I.1), one reference (in the preamble),
 * one responsibility and one target (in item 1), all spans pointing at real words of the clean text.
 */
export function makeDocument(f: DocumentFixture): ParsedDocument {
  const symbol = f.symbol === undefined ? `${f.id}-NQ/TU` : f.symbol;
  const title = f.title ?? 'về bảo vệ và phát triển rừng bền vững';
  const preamble = `THÀNH ỦY CẦN THƠ\nNGHỊ QUYẾT ${title}\nCăn cứ Nghị quyết số 41-NQ/TW của Bộ Chính trị.`;
  const section = 'I- MỤC TIÊU VÀ NHIỆM VỤ';
  const item = '1. Đến năm 2025, tỷ lệ che phủ rừng đạt 74,8%; Ủy ban nhân dân thành phố chủ trì thực hiện.';
  const cleanText = `${preamble}\n${section}\n${item}`;
  const at = (part: string) => {
    const start = cleanText.indexOf(part);
    if (start < 0) throw new Error(`fixture: "${part}" not in text`);
    return { start, end: start + part.length };
  };
  const clause = (
    anchor: string,
    rest: Omit<Clause, 'id' | 'documentId' | 'anchor' | 'span' | 'text'>,
    text: string,
  ): Clause => ({
    id: `${f.id}~${anchor}`,
    documentId: f.id,
    anchor,
    ...rest,
    text,
    span: at(text),
  });
  const clauses: Clause[] = [
    clause(
      'preamble',
      {
        parentId: null,
        kind: 'preamble',
        marker: null,
        path: [],
        ordinal: 0,
        depth: 0,
        label: `${symbol ?? f.id}, phần mở đầu`,
        heading: null,
      },
      preamble,
    ),
    clause(
      'I',
      {
        parentId: null,
        kind: 'section',
        marker: 'I',
        path: ['I'],
        ordinal: 1,
        depth: 0,
        label: `${symbol ?? f.id}, mục I`,
        heading: 'MỤC TIÊU VÀ NHIỆM VỤ',
      },
      section,
    ),
    clause(
      'I-1',
      {
        parentId: `${f.id}~I`,
        kind: 'item',
        marker: '1',
        path: ['I', '1'],
        ordinal: 0,
        depth: 1,
        label: `${symbol ?? f.id}, mục I.1`,
        heading: null,
      },
      item,
    ),
  ];
  const cited: DocumentKey = {
    key: 'NQ 41-NQ/TW',
    type: 'NQ',
    symbol: '41-NQ/TW',
    number: '41',
    issuer: 'Bộ Chính trị',
    date: null,
    subject: null,
    name: null,
    ...f.cited,
  };
  return {
    id: f.id,
    sourceName: `${f.id}.docx`,
    contentHash: f.contentHash ?? `sha256-${f.id}`,
    rawText: cleanText.replace('Ủy ban', 'Uỷ ban'),
    cleanText,
    metadata: {
      type: 'NQ',
      symbol,
      symbolInferred: false,
      number: symbol?.split('-')[0] ?? null,
      issuer: f.issuer ?? 'Thành ủy Cần Thơ',
      place: f.place ?? 'Cần Thơ',
      date: f.date === undefined ? '2024-07-09' : f.date,
      draft: false,
      parentIssuer: null,
      partialDate: null,
      title,
      signer: { capacity: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn A' },
      recipients: ['Ban Bí thư', 'Lưu Văn phòng Thành ủy'],
    },
    metadataSources: { symbol: 'text', date: 'text', signer: 'text' },
    clauses,
    references: [
      {
        clauseId: clauses[0].id,
        mention: 'Nghị quyết số 41-NQ/TW',
        span: at('Nghị quyết số 41-NQ/TW'),
        target: cited,
        relation: 'implements',
        basis: true,
      },
    ],
    responsibilities: [
      {
        clauseId: clauses[2].id,
        role: 'lead',
        body: { name: 'Ủy ban nhân dân thành phố', level: 'province', place: 'Cần Thơ' },
        bodyText: 'Ủy ban nhân dân thành phố',
        inherited: false,
        sourceClauseId: clauses[2].id,
        span: at('Ủy ban nhân dân thành phố chủ trì'),
      },
    ],
    targets: [
      {
        clauseId: clauses[2].id,
        indicator: 'tỷ lệ che phủ rừng',
        value: 74.8,
        valueText: '74,8',
        unit: '%',
        comparator: 'reach',
        deadline: 2025,
        period: null,
        scope: null,
        place: 'Cần Thơ',
        span: at('tỷ lệ che phủ rừng đạt 74,8%'),
      },
    ],
    validity: { links: [], dates: [] },
  };
}

/** Matching forms: lower case, diacritics kept (the real normalizer lives in the text stage). */
export function normTextsOf(doc: ParsedDocument): Map<string, string> {
  return new Map(doc.clauses.map((c) => [c.id, c.text.toLowerCase()]));
}

/** The minimal extras for saving a fixture document. */
export function extrasOf(doc: ParsedDocument, more: Partial<SaveExtras> = {}): SaveExtras {
  return { normTexts: normTextsOf(doc), ...more };
}
