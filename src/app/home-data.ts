import type { AssohDB } from '../db/db';
import type { Customer } from '../lib/domain';
import { getBackupStatus, type BackupStatus } from '../features/backup/queries';
import { dueToday, type DueToday } from '../features/credit/queries/today';
import { recentCustomers } from '../features/customers/queries';
import { giftsToday } from '../features/gifts/queries';
import { todaySales, type DayTotals } from '../features/sales/queries';

/** Everything the home screen shows of the notebook. */
export interface HomeData {
  recent: Customer[];
  sales: DayTotals;
  gifts: { count: number; valueMinor: number };
  backup: BackupStatus;
  /** Who promised to pay by today, and how many owe. */
  credit: DueToday;
}

let last: HomeData | undefined;

/**
 * The home screen's reads in one round (side by side, not one after the other), so it draws
 * once, whole: nothing on it moves when a figure arrives. Each result is remembered.
 */
export async function readHome(db: AssohDB, now = Date.now()): Promise<HomeData> {
  const [recent, sales, gifts, backup, credit] = await Promise.all([
    recentCustomers(db, 8),
    todaySales(db, now),
    giftsToday(db, now),
    getBackupStatus(db, now),
    dueToday(db, now),
  ]);
  last = { recent, sales, gifts, backup, credit };
  return last;
}

/** What the home screen last showed: it opens with it again, then refreshes. */
export function lastHome(): HomeData | undefined {
  return last;
}
