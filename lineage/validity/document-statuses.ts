/**
 * @module lineage/validity/document-statuses
 * The status of every stored document as of a date, for the library's badges and its "still in
 * force" filter: derived as `nodeStatuses` derives one, kept while the store revision and the day
 * stay the same (a library page lists every document; deriving each on every load would repeat
 * the same few hundred queries).
 */
import type { Db } from '../../core/store/db.ts';
import { perStoreRevision } from '../../core/store/revision-cache.ts';
import { documentNodeId } from '../node-id.ts';
import type { ValidityStatus } from './derive-status.ts';
import { nodeStatuses, today } from './read-validity.ts';

/** Statuses by day for one store revision. */
const byRevision = perStoreRevision(async () => new Map<string, Promise<Map<string, ValidityStatus>>>());

async function derive(db: Db, asOf: string): Promise<Map<string, ValidityStatus>> {
  const ids = await db.query<{ id: string }>('select id from documents order by id');
  const statuses = await nodeStatuses(
    db,
    ids.map((d) => documentNodeId(d.id)),
    asOf,
  );
  return new Map(ids.map((d) => [d.id, statuses.get(documentNodeId(d.id))?.status ?? 'unknown']));
}

/** Each stored document's status as of `asOf`, by document id. */
export async function documentStatuses(db: Db, asOf: string = today()): Promise<Map<string, ValidityStatus>> {
  const byDay = await byRevision(db);
  let statuses = byDay.get(asOf);
  if (!statuses) {
    statuses = derive(db, asOf);
    byDay.set(asOf, statuses);
    statuses.catch(() => byDay.delete(asOf));
  }
  return statuses;
}

/** Statuses under which a document still applies (changed in part, perhaps, but not ended or pending). */
export const STILL_IN_FORCE: ReadonlySet<ValidityStatus> = new Set(['in_force', 'amended', 'partly_repealed']);
