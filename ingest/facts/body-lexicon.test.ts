/** One test per entry of body-lexicon.json: where it comes from, and that text naming it is read as a body. */
import { describe, expect, it } from 'vitest';
import lexicon from './body-lexicon.json' with { type: 'json' };
import { findBodyMentions } from './body-mentions.ts';
import { matchText } from './match-text.ts';

const FIELD_EXAMPLE = 'Hóa chất';

describe('heads', () => {
  it.each(lexicon.heads.map((h) => [h.name, h] as const))('%s', (name, head) => {
    expect(head.source.length).toBeGreaterThan(5);
    expect(head.forms.length).toBeGreaterThan(0);
    if (head.field && head.kind === 'organ' && !('unit' in head)) {
      // Open class: the head and any capitalized name after it (`Cục Hóa chất`, `Công ty Tân An`).
      const text = `Giao ${name} ${FIELD_EXAMPLE} chủ trì thực hiện.`;
      const mentions = findBodyMentions(matchText(text));
      expect(mentions.some((m) => m.head.name === name && m.field !== null)).toBe(true);
    }
  });
});

describe('fields and units', () => {
  it.each(lexicon.fields.map((f) => [f.name, f] as const))('field %s', (_, field) => {
    expect(field.source.length).toBeGreaterThan(5);
  });
  it.each(lexicon.units.map((u) => [u.unit, u] as const))('unit %s', (_, unit) => {
    expect(unit.source.length).toBeGreaterThan(5);
  });
});
