import type { AssohDB } from '../../../db/db';
import { allLines, type DebtorLine } from '../../../db/debtor-lines';
import { startOfDay, startOfDayOffset } from '../../../lib/dates';

export type CreditSort = 'oldest' | 'biggest';

/** One who owes, as Crédits lists her (her line in db/debtor-shards.ts). */
export interface Debtor {
  id: string;
  firstName: string;
  nickname?: string;
  balanceMinor: number;
  owedSince: number;
  promisedAt?: number;
}

export interface AgeBucket {
  /** The bucket's first day of age: 0 (0–30 days), 31 (31–60), 61 (over 60). */
  from: 0 | 31 | 61;
  count: number;
  totalMinor: number;
}

export interface CreditOverview {
  totalMinor: number;
  count: number;
  ages: AgeBucket[];
  /** Promised for today or earlier (the broken promises first, oldest promise first). */
  due: Debtor[];
  /** Everyone else who owes, in the order asked. */
  others: Debtor[];
}

const BUCKETS = [0, 31, 61] as const;

/**
 * The age bucket of a debt owed since `since`: over 60 calendar days before `now`'s day, over 30,
 * or less. Two day starts computed once per read, then two comparisons per debtor: counting the
 * days of each of thousands of debtors built two dates each, on the screen's way to the seller.
 */
export function ageBucketer(now: number): (since: number) => (typeof BUCKETS)[number] {
  const from31 = startOfDayOffset(now, -30);
  const from61 = startOfDayOffset(now, -60);
  return (since) => (since < from61 ? 61 : since < from31 ? 31 : 0);
}

/**
 * Who owes, read once from the debtor shards (db/debtor-shards.ts: every debtor's line in 16
 * rows, not her whole customer row): the total to collect, the ages of the debts, the promises due
 * on top, then oldest debt first or biggest first.
 */
export async function creditOverview(
  db: AssohDB,
  sort: CreditSort,
  now = Date.now(),
): Promise<CreditOverview> {
  const lines = allLines(await db.debtorShards.toArray());
  const today = startOfDay(now);
  const bucketOf = ageBucketer(now);
  const ages = BUCKETS.map((from) => ({ from, count: 0, totalMinor: 0 }));
  const due: Debtor[] = [];
  const others: Debtor[] = [];
  let totalMinor = 0;
  // Indexed, not destructured through the array iterator: thousands of lines, at the tap.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DebtorLine;
    const id = line[0];
    const firstName = line[1];
    const nickname = line[2];
    const balanceMinor = line[3];
    const since = line[4];
    const promisedAt = line[5];
    const owedSince = since ?? now;
    totalMinor += balanceMinor;
    const bucket = ages[BUCKETS.indexOf(bucketOf(owedSince))] as AgeBucket;
    bucket.count++;
    bucket.totalMinor += balanceMinor;
    const row: Debtor = { id, firstName, balanceMinor, owedSince };
    if (nickname) row.nickname = nickname;
    if (promisedAt !== null) row.promisedAt = promisedAt;
    (promisedAt !== null && promisedAt <= today ? due : others).push(row);
  }
  // Ties broken by id, so the order never depends on how the shards happen to hold the lines.
  const byId = (a: Debtor, b: Debtor) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  due.sort(
    (a, b) => (a.promisedAt ?? 0) - (b.promisedAt ?? 0) || a.owedSince - b.owedSince || byId(a, b),
  );
  others.sort(
    sort === 'biggest'
      ? (a, b) => b.balanceMinor - a.balanceMinor || a.owedSince - b.owedSince || byId(a, b)
      : (a, b) => a.owedSince - b.owedSince || byId(a, b),
  );
  return { totalMinor, count: due.length + others.length, ages, due, others };
}
