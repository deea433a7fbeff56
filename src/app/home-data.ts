import type { AssohDB } from '../db/db';
import type { Customer } from '../lib/domain';
import { getBackupStatus, type BackupStatus } from '../features/backup/queries';
import { dueToday, type DueToday } from '../features/credit/queries/today';
import { recentCustomers } from '../features/customers/queries';
import { giftsToday } from '../features/gifts/queries';
import { todaySales, type DayTotals } from '../features/sales/queries';
import { rememberHome } from './home-last';

/** Everything the home screen shows of the notebook. */
export interface HomeData {
  recent: Customer[];
  sales: DayTotals;
  gifts: { count: number; valueMinor: number };
  backup: BackupStatus;
  /** Who promised to pay by today, and how many owe. */
  credit: DueToday;
}

/**
 * The home screen's reads in one round (side by side, not one after the other), so it draws
 * once, whole: nothing on it moves when a figure arrives. Each result is remembered (home-last.ts).
 */
export async function readHome(db: AssohDB, now = Date.now()): Promise<HomeData> {
  const [recent, sales, gifts, backup, credit] = await Promise.all([
    recentCustomers(db, 8),
    todaySales(db, now),
    giftsToday(db, now),
    getBackupStatus(db, now),
    dueToday(db, now),
  ]);
  return rememberHome({ recent, sales, gifts, backup, credit });
}
