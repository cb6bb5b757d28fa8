/** @module briefing/export-markdown.test — Markdown export: structure, citations after every item, escaping of hostile text. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from './export-markdown.ts';
import { sampleBriefing } from './test-briefing.ts';

describe('toMarkdown', () => {
  const md = toMarkdown(sampleBriefing());
  const lines = md.split('\n');

  it('titles the briefing and dates it', () => {
    expect(lines[0]).toBe('# TÓM TẮT: THU GOM CHẤT THẢI RẮN');
    expect(md).toContain('_Ngày 09 tháng 07 năm 2024_');
  });

  it('numbers the non-empty sections in order and leaves empty ones out', () => {
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## I. MỤC TIÊU, CHỈ TIÊU', '## II. NHIỆM VỤ VÀ CƠ QUAN CHỦ TRÌ']);
  });

  it('follows every item with its citation', () => {
    const items = lines.filter((l) => /^\d+\. /.test(l));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^1\. \*\*.+\*\*: “Đến năm 2025, .+ đạt 95%\.” \(27-CTr\/TU, mục II\.2\)$/);
    expect(items[1].endsWith('(1032-CV/TU, mục 3.4)')).toBe(true);
    expect(items[2]).toBe('2. “Sở TN&MT phối hợp kiểm tra \\[định kỳ\\].” (1032-CV/TU, mục 3.5)');
  });

  it('keeps hostile markup literal', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*hoạt động\\*');
  });

  it('writes English headings when asked', () => {
    const en = toMarkdown({ ...sampleBriefing(), lang: 'en' });
    expect(en).toContain('## I. OBJECTIVES AND TARGETS');
    expect(en.split('\n')[0]).toBe('# BRIEFING: THU GOM CHẤT THẢI RẮN');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a_b*c', 'a\\_b\\*c'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['&amp; & TN&MT', '\\&amp; & TN&MT'],
    ['line\nbreak', 'line break'],
    ['`code` ~x~', '\\`code\\` \\~x\\~'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
