/** @module core/store/insert-rows — batched, parameterized multi-row INSERT for any table. */

import type { Db } from './db.ts';

/** Postgres binds at most 65535 parameters per statement. */
const MAX_PARAMS = 65_535;
/** Most rows per statement: fewer round trips (each one a WASM call on PGlite) without huge statements. */
export const INSERT_BATCH_SIZE = 1000;

/**
 * Inserts `rows` (values in `columns` order) in statements of `batchSize` rows (default: as many as
 * the parameter limit allows, up to `INSERT_BATCH_SIZE`).
 * `table`, `columns` and `suffix` (e.g. an `ON CONFLICT` clause) must be constants, never input.
 * @example await insertRows(db, 'store_meta', ['key', 'value'], [['dim', '384']])
 */
export async function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: { suffix?: string; batchSize?: number } = {},
): Promise<void> {
  const batchSize =
    options.batchSize ?? Math.max(1, Math.min(INSERT_BATCH_SIZE, Math.floor(MAX_PARAMS / columns.length)));
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  for (let from = 0; from < rows.length; from += batchSize) {
    const batch = rows.slice(from, from + batchSize);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      if (row.length !== columns.length) {
        throw new Error(`insertRows(${table}): row has ${row.length} values for ${columns.length} columns`);
      }
      const slots = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await db.query(`${head}${tuples.join(', ')}${options.suffix ? ` ${options.suffix}` : ''}`, params);
  }
}
