/** @module answer/kinds/metadata.test — a document described by its content is the one its best clauses come from. */

import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../core/store/index.ts';
import type { ComposeContext } from '../compose-context.ts';
import { classifyQuestion } from '../classify.ts';
import { retrievedDocument } from './metadata.ts';

/** Catalog entries as stored from real archive documents (headers abridged). */
const permit = {
  id: 'gp-than-da',
  sourceName: 'GP-than-da-Suoi-Bac.docx',
  metadata: { type: 'GP', symbol: null, number: null, title: 'SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP' },
} as unknown as DocumentSummary;
const decree = {
  id: 'nd-34',
  sourceName: 'ND-34-2024-CWC-vukhihoahoc.docx',
  metadata: { type: 'ND', symbol: '34/2024/NĐ-CP', number: '34', title: 'Quy định chi tiết … vũ khí hóa học' },
} as unknown as DocumentSummary;
const resolution = {
  id: 'nq-12',
  sourceName: 'soc-trang-nghi-quyet-2017-bao-ve-moi-truong.txt',
  metadata: { type: 'NQ', symbol: '12-NQ/TU', number: '12', title: 'về bảo vệ môi trường tỉnh Sóc Trăng đến năm 2020' },
} as unknown as DocumentSummary;

const context = (question: string, documentIds: string[]): ComposeContext =>
  ({
    q: classifyQuestion(question),
    documents: [permit, decree, resolution],
    documentsById: new Map([permit, decree, resolution].map((d) => [d.id, d])),
    retrieved: documentIds.map((documentId, i) => ({ clauseId: `c${i}`, documentId, label: '', text: '', score: 1 })),
  }) as unknown as ComposeContext;

describe('retrievedDocument', () => {
  it.each<[string, string, string[], string | null]>([
    // The permit is named by its holder, a word of its body only (fresh dev questions).
    [
      'its best clauses agree',
      'Ai ký giấy phép sử dụng VLNCN cho Doanh nghiệp tư nhân than đá Suối Bắc?',
      ['gp-than-da', 'gp-than-da', 'nd-34', 'gp-than-da', 'gp-than-da'],
      'gp-than-da',
    ],
    [
      'the best clauses disagree',
      'Ai ký giấy phép cho than đá Suối Bắc?',
      ['gp-than-da', 'nd-34', 'nd-34', 'nd-34', 'nq-12'],
      null,
    ],
    [
      'its type is not the one asked',
      'Quyết định thành lập đoàn kiểm tra hóa chất tháng 5/2026 do ai ký ban hành?',
      ['nd-34', 'nd-34', 'nd-34'],
      null,
    ],
    // A question naming a document describes one by it: a retrieved resolution that is not it does not answer.
    [
      'a named document it is not',
      'Văn bản triển khai Kết luận 81 của Tỉnh ủy Sóc Trăng có số hiệu gì?',
      ['nq-12', 'nq-12', 'nq-12'],
      null,
    ],
    ['nothing retrieved', 'Ai ký giấy phép cho than đá Suối Bắc?', [], null],
  ])('%s', (_, question, ids, expected) => {
    expect(retrievedDocument(context(question, ids))?.id ?? null).toBe(expected);
  });
});
