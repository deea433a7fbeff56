import { newId, type AssohDB } from '../../db/db';
import {
  BACKUP_TABLES,
  type BackupData,
  type BackupTable,
  type ReadBackup,
} from '../../db/restore';
import { serializeBackup, type BackupFile } from './format';
import { readSnapshot } from './queries';

/** The benchmark times these on 5,000 customers and 50,000 sales. */
export async function createBackup(
  db: AssohDB,
  options: { includePhotos: boolean; now?: number },
): Promise<BackupFile> {
  const rows = await readSnapshot(db);
  return serializeBackup(rows, {
    createdAt: options.now ?? Date.now(),
    includePhotos: options.includePhotos,
  });
}

/** Called once the file has left the app (shared or downloaded): the reminder starts over. */
export async function markBackupDone(db: AssohDB, at = Date.now()): Promise<void> {
  await db.settings.update('seller', { lastBackupAt: at });
}

export type RestoreMode = 'replace' | 'merge';
export type Progress = (done: number, total: number) => void;

export interface RestoreResult {
  mode: RestoreMode;
  added: number;
  updated: number;
  /** Rows of the file left out in a merge because the phone's own were as recent or newer. */
  kept: number;
}

/** Rows per bulkPut: each one a short task, so the progress bar moves and the screen answers. */
export const CHUNK = 1000;
/** Automatic copies kept before a replace; older ones go. */
export const SAFETY_COPIES_KEPT = 3;

function total(data: BackupData): number {
  return BACKUP_TABLES.reduce((n, t) => n + data[t].length, 0);
}

function table(db: AssohDB, name: BackupTable) {
  return db.table<{ id: string; updatedAt: number }, string>(name);
}

const ALL = (db: AssohDB) => BACKUP_TABLES.map((t) => db.table(t));

/**
 * Writes a file read and validated by readBackupText. "replace" takes the file exactly, after
 * keeping the current notebook as an automatic copy; "merge" adds by id, the newer updatedAt
 * winning. Either runs in ONE transaction: a failure half-way (a full disk, a closed tab)
 * leaves the notebook as it was. Chunks are awaited one after the other inside it, so the
 * event loop runs between them and the progress bar can move.
 */
export async function restoreBackup(
  db: AssohDB,
  backup: ReadBackup,
  mode: RestoreMode,
  onProgress: Progress = () => undefined,
  now = Date.now(),
): Promise<RestoreResult> {
  const { data, header } = backup;
  const all = total(data);
  let done = 0;
  const result: RestoreResult = { mode, added: 0, updated: 0, kept: 0 };
  onProgress(0, all);

  if (mode === 'replace') {
    const before = await readSnapshot(db);
    const hasData = BACKUP_TABLES.some((t) => t !== 'settings' && before[t].length > 0);
    // Serialised before the transaction: hashing is not IndexedDB work and would end it.
    const copy = hasData
      ? await serializeBackup(before, { createdAt: now, includePhotos: true })
      : null;
    await db.transaction('rw', [...ALL(db), db.safetyCopies], async () => {
      if (copy) {
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
      for (const name of BACKUP_TABLES) {
        // A file without settings keeps the seller's own rather than sending her to setup.
        if (name === 'settings' && data.settings.length === 0) continue;
        await table(db, name).clear();
        const rows = data[name] as Array<{ id: string; updatedAt: number }>;
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          await table(db, name).bulkPut(chunk);
          done += chunk.length;
          result.added += chunk.length;
          onProgress(done, all);
        }
      }
      // The phone now holds exactly the file: that file is a backup of it.
      if (data.settings.length > 0) {
        await db.settings.update('seller', { lastBackupAt: header.createdAt });
      }
    });
    return result;
  }

  await db.transaction('rw', ALL(db), async () => {
    for (const name of BACKUP_TABLES) {
      const rows = data[name] as Array<{ id: string; updatedAt: number }>;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const existing = await table(db, name).bulkGet(chunk.map((r) => r.id));
        const winners = chunk.filter((row, j) => {
          const mine = existing[j];
          if (!mine) result.added++;
          else if (row.updatedAt > mine.updatedAt) result.updated++;
          else {
            result.kept++;
            return false;
          }
          return true;
        });
        await table(db, name).bulkPut(winners);
        done += chunk.length;
        onProgress(done, all);
      }
    }
  });
  return result;
}
