import type { AssohDB } from '../../../db/db';
import type { DebtorLine, DebtorShard } from '../../../db/debtor-lines';
import { startOfDay } from '../../../lib/dates';

export interface DueToday {
  /** Customers who promised to pay today or earlier and still owe. */
  count: number;
  /** What those customers owe in all. */
  totalMinor: number;
  /** Everyone who owes something: the way to "Crédits" stays whenever someone does. */
  debtors: number;
}

/**
 * The home screen's line, cheap enough for the first screen: one read of the 16 debtor shards
 * (each debtor's balance and promise, db/debtor-shards.ts), where it read every customer whose
 * promise was due (579 rows in the bench's data set) and counted the debtors' index.
 */
export async function dueToday(db: AssohDB, now = Date.now()): Promise<DueToday> {
  return dueTodayOf(await db.debtorShards.toArray(), now);
}

/** The line's figures from the debtor shards (shared with app/start-reads.ts). */
export function dueTodayOf(shards: readonly DebtorShard[], now: number): DueToday {
  const today = startOfDay(now);
  let count = 0;
  let totalMinor = 0;
  let debtors = 0;
  // Indexed, not destructured: at a launch this runs once over thousands of lines, in code not
  // yet optimised, where taking each line apart through the array iterator cost about 10× more.
  for (const shard of shards) {
    const lines = shard.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as DebtorLine;
      debtors++;
      const promisedAt = line[5];
      if (promisedAt === null || promisedAt > today) continue;
      count++;
      totalMinor += line[3];
    }
  }
  return { count, totalMinor, debtors };
}
