/**
 * The automatic copies of the notebook kept before a change that rewrites many rows at once (a
 * restore, passing the notebook to another currency here or on another phone of the notebook):
 * listed on Sauvegarde, restorable like a file. Here, below the features, so that the backup
 * and the sync (whose worker follows another phone's switch) keep them the same way.
 */
import { serializeBackup, type BackupFile } from './backup-format';
import { BACKUP_TABLES } from './backup-tables';
import { newId, type AssohDB } from './db';
import type { BackupData } from './restore';
import { RECORD_TABLES } from '../lib/domain';

/** Automatic copies kept before a replace or a merge; older ones go. */
export const SAFETY_COPIES_KEPT = 3;

/** The whole notebook, read in one transaction so the backup is one consistent moment. */
export async function readSnapshot(db: AssohDB): Promise<BackupData> {
  const tables = BACKUP_TABLES.map((t) => db.table(t));
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((t) => t.toArray()));
    return Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, rows[i]])) as unknown as BackupData;
  });
}

/**
 * An automatic copy of the notebook as it is now, for a change that rewrites many rows at once:
 * passing the notebook to another currency. Nothing recorded yet: nothing to keep.
 */
export async function keepCopyBeforeChange(db: AssohDB, now = Date.now()): Promise<void> {
  const before = await readSnapshot(db);
  if (!RECORD_TABLES.some((t) => before[t].length > 0)) return;
  const copy = await serializeBackup(before, { createdAt: now, includePhotos: true });
  await db.transaction('rw', db.safetyCopies, () => keepSafetyCopy(db, copy, now));
}

/** Inside the caller's transaction (safetyCopies): the copy, and only the newest few kept. */
export async function keepSafetyCopy(db: AssohDB, copy: BackupFile, now: number): Promise<void> {
  await db.safetyCopies.add({
    id: newId(),
    createdAt: now,
    file: new Blob([copy.text], { type: 'application/json' }),
    customers: copy.header.counts.customers,
    sales: copy.header.counts.sales,
  });
  const old = await db.safetyCopies
    .orderBy('createdAt')
    .reverse()
    .offset(SAFETY_COPIES_KEPT)
    .primaryKeys();
  await db.safetyCopies.bulkDelete(old);
}
