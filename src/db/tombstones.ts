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
  await db.table(table).bulkDelete([...ids]);
  await db.tombstones.bulkPut(ids.map((id) => ({ table, id, deletedAt: at })));
}
