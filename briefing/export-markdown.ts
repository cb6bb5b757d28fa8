/** @module briefing/export-markdown — a briefing as Markdown: numbered items, each followed by its citation. */
import type { BriefingExport } from './types.ts';
import { sectionHeading, WORDING } from './wording.ts';

/**
 * Escapes text from documents so Markdown shows it literally: no emphasis, links, headings or raw HTML.
 * @example escapeMarkdown('<b>*x*</b>') // '\\<b\\>\\*x\\*\\</b\\>'
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_{}[\]<>~]/g, (c) => `\\${c}`)
      // `&amp;`-like sequences would turn into characters; a lone `&` (`TN&MT`) is left alone.
      .replace(/&(?=#?\w+;)/g, '\\&')
  );
}

/** The citation line shown after an item: `(1032-CV/TU, mục 3.4)`. */
export function citationText(label: string): string {
  return `(${label})`;
}

/** Renders the briefing as Markdown; sections without items are left out. */
export function toMarkdown(briefing: BriefingExport): string {
  const lang = briefing.lang ?? 'vi';
  const w = WORDING[lang];
  const lines = [
    `# ${escapeMarkdown(w.title(briefing.topic))}`,
    '',
    `_${w.date(briefing.date ?? new Date().toISOString())}_`,
    '',
  ];
  lines.push(`> ${w.note}`, '');
  const sections = briefing.sections.filter((s) => s.items.length > 0);
  sections.forEach((section, si) => {
    lines.push(`## ${sectionHeading(lang, section.id, si)}`, '');
    section.items.forEach((item, i) => {
      const summary = item.summary ? `**${escapeMarkdown(item.summary)}**: ` : '';
      lines.push(
        `${i + 1}. ${summary}“${escapeMarkdown(item.text)}” ${escapeMarkdown(citationText(item.citation.label))}`,
      );
    });
    lines.push('');
  });
  if (sections.length === 0) lines.push(w.empty, '');
  if (briefing.excluded?.length) {
    lines.push(`_${escapeMarkdown(w.excluded(briefing.excluded.map(w.excludedSource).join('; ')))}_`, '');
  }
  return lines.join('\n');
}
