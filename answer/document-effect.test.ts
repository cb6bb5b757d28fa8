/**
 * @module answer/document-effect.test
 * When a whole document takes effect is asked of its closing article, not of a time limit counted from it
 * (`trong thời gian 30 ngày kể từ ngày Thông tư này có hiệu lực`); which provisions take effect early is asked
 * of a clause. A relative effect (`sau 10 ngày kể từ ngày ký ban hành`) is stated in the text's own words.
 */
import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import { relativeEffect } from './kinds/validity.ts';
import { asksDocumentEffect } from './validity-question.ts';

describe('asksDocumentEffect: a question about when a whole document takes effect', () => {
  it.each<[string, boolean]>([
    ['Thông tư của Bộ Quốc phòng hướng dẫn Luật Hóa chất năm 2026 có hiệu lực từ ngày nào?', true],
    ['luat hoa chat 2025 hieu luc khi nao', true],
    ['When does Decree 26/2026 on managing chemical activities take effect?', true],
    ['Những điều khoản nào của Luật Xây dựng 2025 có hiệu lực sớm từ ngày 01/01/2026?', false],
    ['Điều 6 Nghị định 146/2025/NĐ-CP có hiệu lực từ ngày nào?', false],
    ['Binh chủng Hóa học tổng hợp số lượng hóa chất cấm báo cáo ai và trước ngày nào?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksDocumentEffect(foldKeepingOffsets(question))).toBe(expected);
  });
});

describe('relativeEffect: the effect as the closing article words it, when it names no date', () => {
  it.each<[string, string | null]>([
    ['Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký ban hành.', 'sau 10 ngày kể từ ngày ký ban hành'],
    ['Quyết định có hiệu lực kể từ ngày ký./.', 'kể từ ngày ký'],
    ['Thông tư này có hiệu lực thi hành kể từ ngày 12 tháng 02 năm 2026.', null],
  ])('%s', (quote, expected) => {
    expect(relativeEffect(quote)).toBe(expected);
  });
});
