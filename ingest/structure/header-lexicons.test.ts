/** One test per lexicon entry: it names its source and the matcher recognises its own example. */
import { describe, expect, it } from 'vitest';
import bodyHeads from '../../core/lexicon/body-heads.json' with { type: 'json' };
import familyNames from '../../core/lexicon/family-names.json' with { type: 'json' };
import headerCues from '../../core/lexicon/header-cues.json' with { type: 'json' };
import officerRanks from '../../core/lexicon/officer-ranks.json' with { type: 'json' };
import signerTitles from '../../core/lexicon/signer-titles.json' with { type: 'json' };
import { DOCUMENT_TYPES, SYMBOL_TYPE_CODES } from '../../core/patterns.ts';
import {
  bodyHeadOf,
  isMotto,
  isSignedNote,
  isSignerTitle,
  recipientsCue,
  titleLineType,
  withoutRank,
} from './header-words.ts';
import { firstOfRunTogetherNames } from './signer-block.ts';

describe('document types (core/lexicon/document-types.json)', () => {
  it.each(DOCUMENT_TYPES.map((t) => [t.type, t] as const))('%s', (type, entry) => {
    expect(entry.source).toMatch(/NĐ 30|HD 36|Luật|archive|seeds/);
    const title = titleLineType(entry.example);
    if (title) expect(title.type).toBe(type);
    else expect(SYMBOL_TYPE_CODES[entry.example.replace(/^.*?-|\/.*$/g, '').toUpperCase()]).toBe(type);
    expect(titleLineType(entry.name.toUpperCase())?.type).toBe(type);
  });
});

describe('signer titles (core/lexicon/signer-titles.json)', () => {
  it.each(signerTitles.entries.map((e) => [e.title, e] as const))('%s', (title, entry) => {
    expect(entry.source.length).toBeGreaterThan(5);
    expect(isSignerTitle(title)).toBe(true);
    expect(isSignerTitle(`PHÓ ${title}`)).toBe(true);
  });
});

describe('officer ranks (core/lexicon/officer-ranks.json)', () => {
  it.each(officerRanks.entries.map((e) => [e.rank, e] as const))('%s', (rank, entry) => {
    expect(entry.source).toMatch(/Luật/);
    expect(withoutRank(`${rank} Nguyễn Văn Hiền`)).toBe('Nguyễn Văn Hiền');
  });

  it('a name that merely starts like a rank keeps its words', () => {
    expect(withoutRank('Trung Văn Tá')).toBe('Trung Văn Tá');
  });
});

describe('header cues (core/lexicon/header-cues.json)', () => {
  it.each(headerCues.entries.map((e) => [e.phrase, e] as const))('%s', (phrase, entry) => {
    expect(entry.source.length).toBeGreaterThan(5);
    if (entry.role === 'motto') expect(isMotto(phrase.toUpperCase())).toBe(true);
    if (entry.role === 'recipients') expect(recipientsCue(`${phrase}:`)).toBe(phrase);
    if (entry.role === 'signed') expect(isSignedNote(`(${phrase})`)).toBe(true);
  });
});

describe('body head nouns (core/lexicon/body-heads.json)', () => {
  it.each(bodyHeads.entries.map((e) => [e.head, e] as const))('%s', (head, entry) => {
    expect(entry.source.length).toBeGreaterThan(5);
    // A head noun and any name after it opens a body: the list is not a list of bodies.
    expect(bodyHeadOf(`${head.toUpperCase()} TÂN AN`)?.head).toBe(head);
  });

  it.each(bodyHeads.abbreviations.map((a) => [a.abbr, a] as const))('%s', (abbr, entry) => {
    expect(bodyHeadOf(`${abbr} TỈNH LÀO CAI`)?.head).toBe(entry.full);
  });

  it.each(['ĐẠI DIỆN ĐƠN VỊ', 'SỐ 12', 'QUẢN LÝ, SỬ DỤNG VŨ KHÍ'])('%s opens no body', (line) => {
    expect(bodyHeadOf(line)).toBeNull();
  });
});

describe('family names (core/lexicon/family-names.json)', () => {
  it.each(familyNames.entries.map((e) => [e.name, e] as const))('%s', (name, entry) => {
    expect(entry.source).toMatch(/Họ người Việt Nam/);
    // Two signatures' names on one line: the second opens at this family name.
    expect(firstOfRunTogetherNames(`Nguyễn Văn An ${name} Thị Hoa`)).toBe('Nguyễn Văn An');
  });
});
