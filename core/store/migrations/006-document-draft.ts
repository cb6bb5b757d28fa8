/** @module core/store/migrations/006-document-draft — what a header says of a draft: the draft flag, the body above the issuer, a date with a blank day. */

import type { Db } from '../db.ts';

/**
 * `draft` is true when the header prints a blank number (`Số:   /KH-UBND`); `parent_issuer` is the
 * upper line of a two-line issuer block (`Bộ Công Thương` over `Cục Hóa chất`); `partial_date` is
 * what a header with a blank day prints (`2026-04`), kept apart from `date`, the signing date
 * (NĐ 30/2020). Documents stored before this migration read false / null until ingested again.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE documents ADD COLUMN draft boolean NOT NULL DEFAULT false;
    ALTER TABLE documents ADD COLUMN parent_issuer text;
    ALTER TABLE documents ADD COLUMN partial_date text;
  `);
}
