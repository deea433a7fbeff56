import type { AssohDB } from '../../../db/db';
import type { Customer } from '../../../lib/domain';
import { startOfDay, startOfDayOffset } from '../../../lib/dates';

export type CreditSort = 'oldest' | 'biggest';

export interface Debtor {
  customer: Customer;
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
 * Who owes, read once through the owedSince index (only debtors are in it, oldest debt first):
 * the total to collect, the ages of the debts, the promises due on top.
 */
export async function creditOverview(
  db: AssohDB,
  sort: CreditSort,
  now = Date.now(),
): Promise<CreditOverview> {
  const rows = await db.customers.where('owedSince').above(-Infinity).toArray();
  const today = startOfDay(now);
  const bucketOf = ageBucketer(now);
  const ages = BUCKETS.map((from) => ({ from, count: 0, totalMinor: 0 }));
  const due: Debtor[] = [];
  const others: Debtor[] = [];
  let totalMinor = 0;
  for (const customer of rows) {
    const balanceMinor = customer.creditBalanceMinor ?? 0;
    const owedSince = customer.owedSince ?? now;
    if (balanceMinor <= 0) continue;
    totalMinor += balanceMinor;
    const bucket = ages[BUCKETS.indexOf(bucketOf(owedSince))] as AgeBucket;
    bucket.count++;
    bucket.totalMinor += balanceMinor;
    const row = { customer, balanceMinor, owedSince, promisedAt: customer.promisedAt };
    (row.promisedAt !== undefined && row.promisedAt <= today ? due : others).push(row);
  }
  due.sort((a, b) => (a.promisedAt ?? 0) - (b.promisedAt ?? 0) || a.owedSince - b.owedSince);
  if (sort === 'biggest') others.sort((a, b) => b.balanceMinor - a.balanceMinor);
  return { totalMinor, count: due.length + others.length, ages, due, others };
}
