import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import type { Clause } from '../../core/types.ts';
import { loadFile } from '../load/index.ts';
import { buildClauseTree } from './clause-tree.ts';
import { splitParagraphs } from './paragraphs.ts';
import { quotedParagraphs } from './quoted-passages.ts';

/**
 * Golden structure tests on real legal documents of the archive (dev split), read through the
 * loader as in ingestion, and on two scanned pages OCR'd with `tesseract -l vie` at 300 dpi.
 * The citation name is given, so the goldens do not move with metadata extraction.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures', 'legal');

async function treeOf(file: string, citationName: string): Promise<Clause[]> {
  const loaded = await loadFile(join(FIXTURES, file));
  const clean = cleanText(loaded.text).clean.text;
  const clauses = buildClauseTree({ documentId: 'doc', cleanText: clean, documentLabel: 'DOC', citationName });
  for (const c of clauses) expect(clean.slice(c.span.start, c.span.end)).toBe(c.text);
  return clauses;
}

/** One line per clause: label, anchor, the first 40 characters of its text. */
function golden(clauses: Clause[]): string {
  return `${clauses.map((c) => `${c.label} | ${c.anchor} | ${c.text.slice(0, 40).replace(/\s+/g, ' ')}`).join('\n')}\n`;
}

const count = (clauses: Clause[], kind: Clause['kind']) => clauses.filter((c) => c.kind === kind).length;
const byAnchor = (clauses: Clause[], anchor: string) => clauses.find((c) => c.anchor === anchor);
const childrenOf = (clauses: Clause[], parent: Clause | undefined) =>
  clauses.filter((c) => parent && c.parentId === parent.id);

describe('Luật Hóa chất 69/2025/QH15 (docx)', async () => {
  const clauses = await treeOf('Luat-Hoa-chat-69-2025-QH15.docx', 'Luật 69/2025/QH15');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot('fixtures/legal/Luat-Hoa-chat-69-2025-QH15.golden.txt');
  });

  it('finds 7 chapters, 48 articles, and the 24 definitions of Điều 2 as its khoản', () => {
    expect(count(clauses, 'chapter')).toBe(7);
    expect(count(clauses, 'article')).toBe(48);
    const d2 = byAnchor(clauses, 'd2');
    expect(d2?.heading).toBe('Giải thích từ ngữ');
    expect(childrenOf(clauses, d2).map((c) => c.marker)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('cites as a lawyer does, smallest unit first', () => {
    expect(byAnchor(clauses, 'd2.k20')?.label).toBe('khoản 20 Điều 2 Luật 69/2025/QH15');
    expect(byAnchor(clauses, 'd5.k2.d')?.label).toBe('điểm d khoản 2 Điều 5 Luật 69/2025/QH15');
    expect(byAnchor(clauses, 'chVI.m2')?.label).toBe('Mục 2 Chương VI Luật 69/2025/QH15');
  });

  it('joins a two-line chapter heading and keeps an article under its Mục', () => {
    expect(byAnchor(clauses, 'chII')?.heading).toBe('PHÁT TRIỂN NGÀNH CÔNG NGHIỆP HÓA CHẤT');
    const d36 = byAnchor(clauses, 'd36');
    expect(clauses.find((c) => c.id === d36?.parentId)?.anchor).toBe('chVI.m2');
  });
});

describe('Nghị định 71/2019/NĐ-CP (docx)', async () => {
  const clauses = await treeOf('ND-71-2019-xu-phat-VPHC-hoachat-VLNCN.docx', 'Nghị định 71/2019/NĐ-CP');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot(
      'fixtures/legal/ND-71-2019-xu-phat-VPHC-hoachat-VLNCN.golden.txt',
    );
  });

  it('finds 69 articles and the điểm of a khoản', () => {
    expect(count(clauses, 'article')).toBe(69);
    expect(byAnchor(clauses, 'd5.k3.a')?.label).toBe('điểm a khoản 3 Điều 5 Nghị định 71/2019/NĐ-CP');
  });
});

describe('Nghị định 14/2026/NĐ-CP amending other decrees (docx)', async () => {
  const clauses = await treeOf('ND-14-2026-cat-giam-TTHC-SXKD.docx', 'Nghị định 14/2026/NĐ-CP');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot('fixtures/legal/ND-14-2026-cat-giam-TTHC-SXKD.golden.txt');
  });

  it('keeps the quoted new wording of Điều 6 under the amending Điều 1, opening no article of its own', () => {
    const d1 = byAnchor(clauses, 'd1');
    const quoted = childrenOf(clauses, d1);
    expect(quoted.every((c) => c.kind === 'quoted')).toBe(true);
    expect(quoted[0].text.startsWith('“Điều 6.')).toBe(true);
    expect(quoted.some((c) => c.text.startsWith('a) Bản chính'))).toBe(true);
    expect(byAnchor(clauses, 'd1.q2')?.label).toBe('đoạn trích 2 Điều 1 Nghị định 14/2026/NĐ-CP');
    // The article numbers of the decree's own tree run 1, 2, 3 … without the quoted ones.
    const numbers = clauses.filter((c) => c.kind === 'article' && c.parentId?.includes('~ch')).map((c) => c.marker);
    expect(numbers.slice(0, 6)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('Thông tư 13/2026/TT-BQP with an appendix (docx)', async () => {
  const clauses = await treeOf('TT-13-2026-BQP.docx', 'Thông tư 13/2026/TT-BQP');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot('fixtures/legal/TT-13-2026-BQP.golden.txt');
  });

  it('finds 4 chapters, 11 articles, then the appendix after the closing', () => {
    expect(count(clauses, 'chapter')).toBe(4);
    expect(count(clauses, 'article')).toBe(11);
    const kinds = clauses.filter((c) => c.parentId === null).map((c) => c.kind);
    expect(kinds.indexOf('appendix')).toBeGreaterThan(kinds.indexOf('recipients'));
    expect(byAnchor(clauses, 'pl')?.label).toBe('Phụ lục Thông tư 13/2026/TT-BQP');
  });
});

describe('Nghị quyết 24/2026/NQ-CP of the Government (docx)', async () => {
  const clauses = await treeOf('NQ-24-2026-NQ-CP-cat-giam-TTHC-XD.docx', 'Nghị quyết 24/2026/NQ-CP');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot('fixtures/legal/NQ-24-2026-NQ-CP-cat-giam-TTHC-XD.golden.txt');
  });

  it('finds its 6 articles and its appendices I, I.1 … I.7, II as top-level parts', () => {
    // The forms inside the appendices have their own `Điều 1.` …: they stay inside their appendix.
    expect(clauses.filter((c) => c.kind === 'article' && /^d\d/.test(c.anchor))).toHaveLength(6);
    expect(clauses.filter((c) => c.kind === 'article' && !/^d\d/.test(c.anchor)).length).toBeGreaterThan(0);
    const appendices = clauses.filter((c) => c.kind === 'appendix').map((c) => c.marker);
    expect(appendices).toEqual(['I', 'I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'II']);
    expect(clauses.filter((c) => c.kind === 'appendix').every((c) => c.parentId === null)).toBe(true);
  });
});

describe('Quyết định with a Phụ lục (docx)', async () => {
  const clauses = await treeOf('QD-thanh-lap-doan-kiem-tra-hoa-chat-2026.docx', 'Quyết định /QĐ-SCT');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot(
      'fixtures/legal/QD-thanh-lap-doan-kiem-tra-hoa-chat-2026.golden.txt',
    );
  });

  it('finds 5 short articles, then the appendix with its title and its table row by row', () => {
    expect(count(clauses, 'article')).toBe(5);
    const appendix = clauses.find((c) => c.kind === 'appendix');
    expect(appendix?.text).toContain('DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA');
    const rows = childrenOf(clauses, appendix);
    expect(rows.map((c) => c.kind)).toEqual(['row', 'row', 'row', 'row', 'row']);
    expect(rows[0].text).toBe('| TT | Đơn vị kiểm tra | Địa chỉ Dự án |');
    expect(rows[1]).toMatchObject({ marker: '01', heading: 'TT | Đơn vị kiểm tra | Địa chỉ Dự án' });
  });
});

describe('Quyết định 16/2026/QĐ-UBND issuing a Quy chế (OCR text)', async () => {
  const clauses = await treeOf('QD-16-2026-Quy-che-CCN-Lao-Cai-OCR.txt', 'Quyết định 16/2026/QĐ-UBND');

  it('matches its golden structure', async () => {
    await expect(golden(clauses)).toMatchFileSnapshot('fixtures/legal/QD-16-2026-Quy-che-CCN-Lao-Cai-OCR.golden.txt');
  });

  it('keeps the decision’s 3 articles apart from the attached Quy chế’s own Chương/Điều', () => {
    expect(clauses.filter((c) => c.kind === 'article' && /^d\d/.test(c.anchor)).map((c) => c.marker)).toEqual([
      '1',
      '2',
      '3',
    ]);
    const quyChe = clauses.find((c) => c.kind === 'attachment');
    expect(quyChe?.heading).toBe('Quy chế');
    expect(byAnchor(clauses, 'kt1.d1')?.label).toBe('Điều 1 Quy chế kèm theo Quyết định 16/2026/QĐ-UBND');
    expect(count(clauses, 'article')).toBe(33);
  });
});

describe('scanned pages after OCR', async () => {
  it.each([
    ['ocr-Quyet-dinh-phe-duyet_TKBVTC_kho-p1-3.txt', 'Quyết định 89/2026/QĐ-CT', 3],
    ['ocr-QD-1074-QD-BXD-p1-2.txt', 'Quyết định 1074/QĐ-BXD', 3],
  ])('%s keeps its articles and matches its golden structure', async (file, name, articles) => {
    const clauses = await treeOf(file, name);
    expect(count(clauses, 'article')).toBe(articles);
    expect(byAnchor(clauses, 'd1')?.label).toBe(`Điều 1 ${name}`);
    await expect(golden(clauses)).toMatchFileSnapshot(`fixtures/legal/${file.replace(/\.txt$/, '.golden.txt')}`);
  });
});

describe('appendix tables, row by row', () => {
  // Phụ lục I of Nghị định 24/2026/NĐ-CP as a loader writes a DOCX table: one `| … |` line a row.
  const text = [
    'CHÍNH PHỦ',
    'Điều 1. Phạm vi điều chỉnh',
    'Nghị định này quy định các danh mục hoá chất thuộc phạm vi điều chỉnh của Luật Hoá chất.',
    'Điều 4. Hiệu lực thi hành',
    'Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.',
    'TM. CHÍNH PHỦ',
    'PHỤ LỤC I',
    'DANH MỤC HOÁ CHẤT CƠ BẢN THUỘC LĨNH VỰC CÔNG NGHIỆP HOÁ CHẤT TRỌNG ĐIỂM',
    '(Kèm theo Nghị định số 24/2026/NĐ-CP ngày 17 tháng 01 năm 2026 của Chính phủ)',
    '| STT | Tên khoa học (danh pháp IUPAC) | Tên chất | Mã số CAS | Công thức hóa học |',
    '| --- | --- | --- | --- | --- |',
    '| 1. | 1,3-Butadiene | 1,3-Butadien | 106-99-0 | C4H6 |',
    '| 2. | Ethanoic acid | Axit Axetic (GAA) | 64-19-7 | C2H4O2 |',
    '| 3. | Acrylonitrile | Acrylonitrile | 107-13-1 | C3H3N |',
  ].join('\n');
  const clauses = buildClauseTree({
    documentId: 'nd24',
    cleanText: cleanText(text).clean.text,
    documentLabel: '24/2026/NĐ-CP',
    citationName: 'Nghị định 24/2026/NĐ-CP',
  });
  const rows = clauses.filter((c) => c.kind === 'row');

  it('gives one clause a row under its appendix, the header row kept as each row’s heading', () => {
    expect(rows.map((c) => c.anchor)).toEqual(['plI.h1', 'plI.r1', 'plI.r2', 'plI.r3']);
    expect(rows[2].text).toBe('| 2. | Ethanoic acid | Axit Axetic (GAA) | 64-19-7 | C2H4O2 |');
    expect(rows[2].heading).toBe('STT | Tên khoa học (danh pháp IUPAC) | Tên chất | Mã số CAS | Công thức hóa học');
  });

  it('cites a row by its number (STT) inside its appendix', () => {
    expect(rows[3].label).toBe('mục 3 Phụ lục I Nghị định 24/2026/NĐ-CP');
    expect(rows[0].label).toBe('dòng tiêu đề Phụ lục I Nghị định 24/2026/NĐ-CP');
  });
});

describe('quoted passages', () => {
  const quoted = (text: string) => quotedParagraphs(splitParagraphs(text));
  it.each([
    [
      'amending article, whole quoted Điều',
      'Điều 1. Sửa đổi, bổ sung Điều 6\n“Điều 6. Thủ tục\n1. Doanh nghiệp nộp hồ sơ.\na) Đơn.”\nĐiều 2. Hiệu lực',
      [false, true, true, true, false],
    ],
    [
      'quote opened mid-line after “như sau:”',
      '1. Khoản 2 được sửa đổi như sau: “2. Hồ sơ gồm:\na) Đơn;\nb) Bản sao.”\n2. Bãi bỏ khoản 3.',
      [false, true, true, false],
    ],
    [
      'OCR stray straight quote is not a passage',
      '3. Nội dung khảo sát.\n".-\nĐiều 10. Trình tự',
      [false, false, false],
    ],
    [
      'unclosed curly quote is ignored',
      'Điều 1. Sửa đổi như sau:\n“Điều 5. Tên\nĐiều 2. Hiệu lực',
      [false, false, false],
    ],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
