import type { AssohDB, SafetyCopy } from '../../db/db';
import { DAY_MS, daysBetween } from '../../lib/dates';
import type { Settings } from '../../lib/domain';

export const REMIND_AFTER_DAYS = 7;

export interface BackupStatus {
  lastBackupAt?: number;
  /** True when something was recorded since the last backup (or ever, without one). */
  hasNewRecords: boolean;
  /** Show the gentle reminder: new records and no backup for REMIND_AFTER_DAYS days. */
  remind: boolean;
  /** Calendar days since the last backup, as of the query. */
  daysSinceBackup?: number;
}

/**
 * Cheap enough for the home screen: at most four index look-ups that stop at the first row
 * (updatedAt on customers, sales, gifts and credit entries, deletedAt on tombstones), never a
 * table scan.
 */
export async function getBackupStatus(db: AssohDB, now = Date.now()): Promise<BackupStatus> {
  const settings = await db.settings.get('seller');
  const since = settings?.lastBackupAt ?? 0;
  const newer = (t: typeof db.customers | typeof db.sales | typeof db.gifts) =>
    t.where('updatedAt').above(since).first();
  const firstNew =
    (await newer(db.customers)) ??
    (await newer(db.sales)) ??
    (await newer(db.gifts)) ??
    // A payment or a credit is new too: the notebook's money must not wait for the next sale.
    (await db.creditEntries.where('updatedAt').above(since).first()) ??
    // A deletion is news too: the last backup would bring the row back on a new phone.
    (await db.tombstones.where('deletedAt').above(since).first());
  return backupStatusOf(settings, firstNew !== undefined, now);
}

/**
 * The reminder's rule, from the settings and whether anything is new since the last backup:
 * shared by the query above and the first screen's reads without Dexie (app/start-reads.ts).
 */
export function backupStatusOf(
  settings: Pick<Settings, 'lastBackupAt' | 'createdAt'> | undefined,
  hasNewRecords: boolean,
  now: number,
): BackupStatus {
  const lastBackupAt = settings?.lastBackupAt;
  // Without a backup, count from when the notebook was started.
  const reference = lastBackupAt ?? settings?.createdAt ?? now;
  const remind = hasNewRecords && now - reference >= REMIND_AFTER_DAYS * DAY_MS;
  const daysSinceBackup = lastBackupAt === undefined ? undefined : daysBetween(lastBackupAt, now);
  return { lastBackupAt, hasNewRecords, remind, daysSinceBackup };
}

/** The automatic copies kept before "replace" restores, newest first. */
export async function listSafetyCopies(db: AssohDB): Promise<SafetyCopy[]> {
  return db.safetyCopies.orderBy('createdAt').reverse().toArray();
}

export async function getSafetyCopy(db: AssohDB, id: string): Promise<SafetyCopy | undefined> {
  return db.safetyCopies.get(id);
}

/** Counts for the "replace" confirmation. */
export async function countNotebook(db: AssohDB): Promise<{ customers: number; sales: number }> {
  return { customers: await db.customers.count(), sales: await db.sales.count() };
}

/** The rows the CSV export needs. */
export async function listCustomersForExport(db: AssohDB) {
  return db.customers.orderBy('nameKey').toArray();
}
export async function listSalesForExport(db: AssohDB) {
  return db.sales.orderBy('at').toArray();
}
export async function listCreditEntriesForExport(db: AssohDB) {
  return db.creditEntries.orderBy('at').toArray();
}
