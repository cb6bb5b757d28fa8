/** @module core/store/migrations/007-reported-links — a validity link one document reports between two others. */

import type { Db } from '../db.ts';

/**
 * `source_key` is null when the stating document makes the change itself; else the node key of the act a
 * third-party sentence says makes it (`… đã được sửa đổi, bổ sung bởi Nghị định số …`), so a status can cite
 * the clause that reports it. Documents stored before this migration read null until ingested again.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE validity_links ADD COLUMN source_key text;
  `);
}
