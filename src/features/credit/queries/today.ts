import type { AssohDB } from '../../../db/db';
import { startOfDay } from '../../../lib/dates';
import type { Customer } from '../../../lib/domain';

export interface DueToday {
  /** Customers who promised to pay today or earlier and still owe. */
  count: number;
  /** What those customers owe in all. */
  totalMinor: number;
  /** Everyone who owes something: the way to "Crédits" stays whenever someone does. */
  debtors: number;
}

/**
 * The home screen's line, cheap enough for the first screen: the promises due (a few rows,
 * through the promisedAt index) and a count of the owedSince index, which holds only debtors.
 */
export async function dueToday(db: AssohDB, now = Date.now()): Promise<DueToday> {
  const [due, debtors] = await Promise.all([
    db.customers.where('promisedAt').belowOrEqual(startOfDay(now)).toArray(),
    db.customers.where('owedSince').above(-Infinity).count(),
  ]);
  return dueTodayOf(due, debtors);
}

/** The line's figures from the customers whose promise is due (shared with app/start-reads.ts). */
export function dueTodayOf(
  due: ReadonlyArray<Pick<Customer, 'creditBalanceMinor'>>,
  debtors: number,
): DueToday {
  let totalMinor = 0;
  for (const c of due) totalMinor += Math.max(0, c.creditBalanceMinor ?? 0);
  return { count: due.length, totalMinor, debtors };
}
