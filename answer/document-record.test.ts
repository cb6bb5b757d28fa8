/** @module answer/document-record.test — words that name a document are shown by its record, field by field. */

import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/store/test-fixtures.ts';
import { recordShows } from './document-record.ts';

// The fixture's record: Nghị quyết doc-a-NQ/TU "về bảo vệ và phát triển rừng bền vững", Thành ủy Cần Thơ, 2024.
const doc = makeDocument({ id: 'doc-a' });
const concept = (...alternatives: string[]) => ({ label: alternatives[0], alternatives });

describe('recordShows', () => {
  it.each([
    ['a title phrase', concept('phat trien rung')],
    ['the type name', concept('nghi quyet')],
    ['the issuer', concept('thanh uy')],
    ['the place', concept('can tho')],
    ['the year', concept('2024')],
    ['any alternative', concept('forest', 'rung')],
  ])('shows %s', (_, c) => {
    expect(recordShows(doc, c)).toBe(true);
  });

  it.each([
    ['a word the clause, not the record, holds', concept('che phu')],
    ['a phrase across two fields (title end, type name)', concept('vung nghi')],
    ['part of a word', concept('vun')],
  ])('does not show %s', (_, c) => {
    expect(recordShows(doc, c)).toBe(false);
  });

  it('shows nothing without a document', () => {
    expect(recordShows(undefined, concept('rung'))).toBe(false);
  });
});
