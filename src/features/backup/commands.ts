import type { AssohDB } from '../../db/db';
import { CHUNK, changeCount, changesBetween, writeChanges } from '../../db/notebook-write';
import {
  BACKUP_TABLES,
  notebookOf,
  type BackupData,
  type BackupTable,
  type ReadBackup,
} from '../../db/restore';
import { UserError } from '../../i18n/errors';
import { RECORD_TABLES, type Settings } from '../../lib/domain';
import { currencyLabel } from '../../lib/money';
import { deriveCustomers, mergeNotebooks, type MergePlan, type Notebook } from '../../lib/notebook';
import { repairLinks } from '../../lib/notebook-links';
import { serializeBackup, type BackupFile } from '../../db/backup-format';
import { keepSafetyCopy, readSnapshot } from '../../db/safety-copies';

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

export interface RestoreResult extends MergePlan {
  mode: RestoreMode;
}

export { CHUNK };

const ALL = (db: AssohDB) => [...BACKUP_TABLES.map((t) => db.table(t)), db.safetyCopies];

/**
 * The file's rows as the phone would hold them after a replace: every link mended and every
 * derived field rebuilt from the file's own rows. `dropped` counts the rows left out.
 */
export function replacementOf(data: BackupData): { notebook: Notebook; dropped: number } {
  const { notebook, dropped } = repairLinks(notebookOf(data));
  const n = [...dropped.values()].reduce((sum, ids) => sum + ids.size, 0);
  return { notebook: deriveCustomers(notebook), dropped: n };
}

/** Amounts mean what they say only in their own currency: a merge across two is refused. */
function refuseOtherCurrency(mine: Settings[], theirs: Settings[]): void {
  const [a, b] = [mine[0]?.currency, theirs[0]?.currency];
  if (a && b && a !== b)
    throw new UserError('backup.errorCurrency', { file: currencyLabel(b), mine: currencyLabel(a) });
}

/** What "Ajouter au carnet" would change, computed without writing anything. */
export async function planMerge(db: AssohDB, backup: ReadBackup): Promise<MergePlan> {
  const mine = await readSnapshot(db);
  refuseOtherCurrency(mine.settings, backup.data.settings);
  return mergeNotebooks(notebookOf(mine), notebookOf(backup.data)).plan;
}

/**
 * Writes a file read and validated by readBackupText. "replace" takes the file exactly (its
 * settings and currency too); "merge" keeps the phone's settings and, per id, the winner of
 * lib/merge.ts between the phone's version and the file's (deletions included). Either keeps an
 * automatic copy of the notebook first, and runs in ONE transaction: a failure half-way (a full
 * disk, a closed tab) leaves the notebook as it was.
 */
export async function restoreBackup(
  db: AssohDB,
  backup: ReadBackup,
  mode: RestoreMode,
  onProgress: Progress = () => undefined,
  now = Date.now(),
): Promise<RestoreResult> {
  const { data, header } = backup;
  const before = await readSnapshot(db);
  if (mode === 'merge') refuseOtherCurrency(before.settings, data.settings);
  const hasData = RECORD_TABLES.some((t) => before[t].length > 0);
  // Serialised before the transaction: hashing is not IndexedDB work and would end it.
  const copy = hasData
    ? await serializeBackup(before, { createdAt: now, includePhotos: true })
    : null;
  return db.transaction('rw', ALL(db), async () => {
    if (copy) await keepSafetyCopy(db, copy, now);
    if (mode === 'replace') return replace(db, data, header.createdAt, onProgress);
    // Read again inside the transaction: the merge is computed on exactly what it overwrites.
    const mine = await readSnapshot(db);
    const { notebook, plan } = mergeNotebooks(notebookOf(mine), notebookOf(data));
    const changes = changesBetween(notebookOf(mine), notebook);
    const total = changeCount(changes);
    onProgress(0, total);
    await writeChanges(db, changes, (done) => onProgress(done, total));
    // A phone with no settings yet (the first-run screen) takes the file's: nothing to keep.
    if (mine.settings.length === 0 && data.settings[0]) await db.settings.put(data.settings[0]);
    return { mode, ...plan };
  });
}

async function replace(
  db: AssohDB,
  data: BackupData,
  backupAt: number,
  onProgress: Progress,
): Promise<RestoreResult> {
  const { notebook, dropped } = replacementOf(data);
  const rows: { [T in BackupTable]: ReadonlyArray<object> } = {
    ...notebook,
    settings: data.settings,
  };
  const all = BACKUP_TABLES.reduce((n, t) => n + rows[t].length, 0);
  let done = 0;
  onProgress(0, all);
  for (const name of BACKUP_TABLES) {
    // A file without settings keeps the seller's own rather than sending her to setup.
    if (name === 'settings' && data.settings.length === 0) continue;
    await db.table(name).clear();
    const list = rows[name];
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = list.slice(i, i + CHUNK);
      await db.table(name).bulkPut(chunk);
      done += chunk.length;
      onProgress(done, all);
    }
  }
  // The phone now holds exactly the file: that file is a backup of it.
  if (data.settings.length > 0) await db.settings.update('seller', { lastBackupAt: backupAt });
  const added = RECORD_TABLES.reduce((n, t) => n + notebook[t].length, 0);
  return { mode: 'replace', added, updated: 0, deleted: 0, kept: 0, dropped };
}
