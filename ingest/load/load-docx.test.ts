/** DOCX tables (#13): a data table arrives as pipe rows under its header row; the NĐ 30/2020 header and signature blocks stay cell by cell. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { type DocxElement, docxText, tableGrid } from './docx-text.ts';
import { loadFile } from './index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** A Kế hoạch of a Sở Công Thương: header and signature laid out as tables, its task table attached after the signature. */
const KE_HOACH = join(FIXTURES, 'KH-3957-SCT-kiem-tra-cap-GCN-VLNCN.docx');

const text = (value: string): DocxElement => ({
  type: 'paragraph',
  children: [{ type: 'run', children: [{ type: 'text', value }] }],
});
const cell = (value: string, span: { colSpan?: number; rowSpan?: number } = {}): DocxElement => ({
  type: 'tableCell',
  children: [text(value)],
  ...span,
});
const row = (...cells: DocxElement[]): DocxElement => ({ type: 'tableRow', children: cells });

describe('loadDocx on a real Kế hoạch', () => {
  it('writes the task table one row per line, the header row first, a cell’s paragraphs apart with `;`', async () => {
    const loaded = await loadFile(KE_HOACH);
    expect(loaded.text).toContain(
      [
        '| TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú |',
        '|  | Rà soát việc đáp ứng các điều kiện của học viên | Đỗ Mạnh Cường; Vũ Việt Linh; Nguyễn Thị Loan |  |',
        '|  | Xây dựng bài kiểm tra, đáp án | Đỗ Mạnh Cường; Vũ Việt Linh |  |',
      ].join('\n'),
    );
  });

  it('keeps the header and signature tables cell by cell, so the metadata reader still reads them', async () => {
    const loaded = await loadFile(KE_HOACH);
    expect(loaded.text.startsWith('UBND TỈNH LÀO CAI\n\n')).toBe(true);
    expect(loaded.text).toContain('\n\nSố:           /KH-SCT\n\n');
    const { metadata } = parseDocument(loaded.text, { documentId: 'kh', sourceName: 'kh.docx' });
    expect(metadata).toMatchObject({
      type: 'KH',
      issuer: 'Sở Công Thương',
      place: 'Lào Cai',
      partialDate: '2026-07',
      signer: { capacity: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Hoàng Văn Thuân' },
    });
  });
});

describe('tableGrid', () => {
  it('keeps merged cells as empty cells on the column grid', () => {
    const table: DocxElement = {
      type: 'table',
      children: [
        row(cell('TT'), cell('Nhiệm vụ'), cell('Cơ quan chủ trì'), cell('Cơ quan phối hợp')),
        row(cell('1'), cell('Rà soát quy hoạch', { rowSpan: 2 }), cell('Sở Xây dựng', { colSpan: 2 })),
        row(cell('2'), cell('Sở Công Thương'), cell('UBND các xã')),
      ],
    };
    expect(tableGrid(table)).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp'],
      ['1', 'Rà soát quy hoạch', 'Sở Xây dựng', ''],
      ['2', '', 'Sở Công Thương', 'UBND các xã'],
    ]);
  });

  it('writes a body table as pipe rows and a signature table as paragraphs', () => {
    const prose = text(
      'Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ sau đây theo đúng chức năng, nhiệm vụ được giao:',
    );
    const tasks: DocxElement = {
      type: 'table',
      children: [row(cell('TT'), cell('Cơ quan chủ trì')), row(cell('1'), cell('Sở Xây dựng'))],
    };
    const signature: DocxElement = {
      type: 'table',
      children: [row(cell('Nơi nhận:'), cell('TM. ỦY BAN NHÂN DÂN')), row(cell('- Như trên;'), cell('Nguyễn Văn A'))],
    };
    expect(docxText({ type: 'document', children: [prose, tasks, signature] })).toBe(
      `${prose.children?.[0]?.children?.[0]?.value}\n\n| TT | Cơ quan chủ trì |\n| 1 | Sở Xây dựng |\n\n` +
        'Nơi nhận:\n\nTM. ỦY BAN NHÂN DÂN\n\n- Như trên;\n\nNguyễn Văn A\n\n',
    );
  });
});
