/**
 * The heavy work of backups, the same on either thread: the worker runs it so a 50,000-sale
 * file is parsed, checked and written without the screen freezing; the main thread runs it
 * where no worker can start. The file read for a restore waits here between the preview and
 * the seller's choice, so it is never sent back and forth.
 */
import type { AssohDB } from '../../db/db';
import { readBackupText, type ReadBackup } from '../../db/restore';
import { UserError } from '../../i18n/errors';
import {
  createBackup,
  planMerge,
  replacementOf,
  restoreBackup,
  type Progress,
  type RestoreMode,
} from './commands';
import type { BackupResult } from './backup-protocol';
import { summarizeBackup } from './summary';

/** Far above a real notebook (50,000 sales is about 15 MB), far below what a phone can hold. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

let pending: ReadBackup | null = null;

export async function createJob(db: AssohDB, includePhotos: boolean): Promise<BackupResult> {
  const file = await createBackup(db, { includePhotos });
  return {
    kind: 'created',
    blob: new Blob([file.text], { type: 'application/json' }),
    fileName: file.fileName,
    header: file.header,
  };
}

export async function inspectJob(file: Blob): Promise<BackupResult> {
  pending = null;
  if (file.size > MAX_FILE_BYTES) throw new UserError('backup.errorTooBig');
  pending = await readBackupText(await file.text());
  return {
    kind: 'inspected',
    summary: summarizeBackup(pending, replacementOf(pending.data).dropped),
  };
}

/** What a merge of the file inspected last would change: shown before anything is written. */
export async function planJob(db: AssohDB): Promise<BackupResult> {
  if (!pending) throw new UserError('backup.errorDamaged');
  return { kind: 'planned', plan: await planMerge(db, pending) };
}

export async function restoreJob(
  db: AssohDB,
  mode: RestoreMode,
  onProgress: Progress,
): Promise<BackupResult> {
  if (!pending) throw new UserError('backup.errorDamaged');
  const result = await restoreBackup(db, pending, mode, onProgress);
  pending = null;
  return { kind: 'restored', result };
}
