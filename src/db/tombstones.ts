import type { RecordTable } from '../lib/domain';
import type { AssohDB } from './db';

/**
 * Every deletion of a record comes through here: the rows go and each leaves a tombstone, so a
 * merge or a sync never brings it back. Runs inside the caller's transaction, which must hold
 * the table and db.tombstones.
 */
export async function deleteRows(
  db: AssohDB,
  table: RecordTable,
  ids: readonly string[],
  at = Date.now(),
): Promise<void> {
  if (ids.length === 0) return;
  // A deletion is newer than the version it removes, whatever the phone's clock says (a version
  // stamped ahead by another phone): the merge rule lets a deletion win a tie, never a later row.
  const rows = (await db.table(table).bulkGet([...ids])) as Array<
    { updatedAt?: number } | undefined
  >;
  await db.table(table).bulkDelete([...ids]);
  await db.tombstones.bulkPut(
    ids.map((id, i) => ({ table, id, deletedAt: Math.max(at, rows[i]?.updatedAt ?? at) })),
  );
}
