/** @module briefing/export-docx.test — DOCX export read back (mammoth text, raw XML): Nghị định 30 layout, citations, escaping. */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { toDocx } from './export-docx.ts';
import { sampleBriefing } from './test-briefing.ts';
import { unzip } from './test-unzip.ts';

describe('toDocx', async () => {
  const bytes = await toDocx(sampleBriefing());
  const parts = unzip(bytes);
  const xml = parts.get('word/document.xml')?.toString('utf8') ?? '';
  const styles = parts.get('word/styles.xml')?.toString('utf8') ?? '';
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const paragraphs = text.split('\n').filter((p) => p.trim());

  it('is a Word document that opens', () => {
    expect(parts.has('[Content_Types].xml')).toBe(true);
    expect(xml).toContain('<w:body>');
    expect(paragraphs[0]).toBe('TÓM TẮT: THU GOM CHẤT THẢI RẮN');
  });

  it('is A4 with the margins of Nghị định 30/2020/NĐ-CP', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850.
    expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([1134, 1134, 1701, 850]);
  });

  it('sets Times New Roman at 13–14 pt', () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) expect([26, 28]).toContain(s);
  });

  it('follows every item with its citation', () => {
    const items = paragraphs.filter((p) => /^\d+\. /.test(p));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^1\. tỷ lệ chất thải rắn .+: “Đến năm 2025, .+ đạt 95%\.” \(27-CTr\/TU, mục II\.2\)$/);
    expect(items[1]).toMatch(/\(1032-CV\/TU, mục 3\.4\)$/);
    expect(items[2]).toBe('2. “Sở TN&MT phối hợp kiểm tra [định kỳ].” (1032-CV/TU, mục 3.5)');
  });

  it('keeps hostile text as text', () => {
    expect(text).toContain('<script>alert(1)</script> *hoạt động*');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('numbers pages in the header from page 2', () => {
    expect(xml).toContain('<w:titlePg');
    const headers = [...parts.keys()]
      .filter((k) => /^word\/header\d+\.xml$/.test(k))
      .map((k) => parts.get(k)?.toString('utf8') ?? '');
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('has section headings as Word headings', () => {
    expect(paragraphs).toContain('I. MỤC TIÊU, CHỈ TIÊU');
    expect(paragraphs).toContain('II. NHIỆM VỤ VÀ CƠ QUAN CHỦ TRÌ');
    expect(xml).toContain('w:val="Heading1"');
  });
});
