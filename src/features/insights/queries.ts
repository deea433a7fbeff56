import { Dexie } from 'dexie';
import type { AssohDB } from '../../db/db';
import { allLines } from '../../db/debtor-lines';
import type { Customer, Sale } from '../../lib/domain';
import { localDay, startOfDayOffset, startOfMonth } from '../../lib/dates';
import { liveEntries } from '../../lib/ledger';

export interface InactiveRow {
  customer: Customer;
  lastSale?: Sale;
}

/**
 * Customers not seen for `days` calendar days (last seen before the local day `days - 1` days
 * ago began), most recently seen first (the ones still easy to win back), through the lastSeenAt
 * index; their last purchase from the end of [customerId+at].
 */
export async function inactiveCustomers(
  db: AssohDB,
  days: number,
  limit: number,
  now = Date.now(),
): Promise<{ rows: InactiveRow[]; total: number }> {
  const range = db.customers.where('lastSeenAt').below(startOfDayOffset(now, -(days - 1)));
  const [total, customers] = await Promise.all([
    range.count(),
    range.reverse().limit(limit).toArray(),
  ]);
  const lastSales = await Promise.all(
    customers.map((c) =>
      db.sales.where('[customerId+at]').between([c.id, Dexie.minKey], [c.id, Dexie.maxKey]).last(),
    ),
  );
  return { rows: customers.map((customer, i) => ({ customer, lastSale: lastSales[i] })), total };
}

/**
 * Keeps the first `limit` of a sorted list and whatever ties with the last of them: the names
 * that break the tie are read only for those, and every phone shows the same ten.
 */
function withinTies<T>(limit: number, same: (a: T, b: T) => boolean) {
  return (item: T, i: number, list: readonly T[]): boolean => {
    const last = list[limit - 1];
    return i < limit || (last !== undefined && same(item, last));
  };
}

export interface LoyalRow {
  customer: Customer;
  visits: number;
  totalMinor: number;
}

/**
 * The most loyal over the last 90 local days (today included): days with a purchase, then
 * spending, then name; only the period's sales are read.
 */
export async function loyalCustomers(
  db: AssohDB,
  limit = 10,
  now = Date.now(),
): Promise<LoyalRow[]> {
  const stats = new Map<string, { days: Set<number>; total: number }>();
  await db.sales
    .where('at')
    .aboveOrEqual(startOfDayOffset(now, -89))
    .each((s) => {
      if (!s.customerId) return;
      const entry = stats.get(s.customerId) ?? { days: new Set<number>(), total: 0 };
      entry.days.add(localDay(s.at));
      entry.total += s.totalMinor;
      stats.set(s.customerId, entry);
    });
  const top = [...stats.entries()]
    .map(([id, e]) => ({ id, visits: e.days.size, totalMinor: e.total }))
    .sort((a, b) => b.visits - a.visits || b.totalMinor - a.totalMinor)
    .filter(withinTies(limit, (a, b) => a.visits === b.visits && a.totalMinor === b.totalMinor));
  const customers = await db.customers.bulkGet(top.map((x) => x.id));
  return top
    .flatMap((x, i) => {
      const customer = customers[i];
      return customer ? [{ customer, visits: x.visits, totalMinor: x.totalMinor }] : [];
    })
    .sort(
      (a, b) =>
        b.visits - a.visits ||
        b.totalMinor - a.totalMinor ||
        a.customer.nameKey.localeCompare(b.customer.nameKey) ||
        (a.customer.id < b.customer.id ? -1 : 1),
    )
    .slice(0, limit);
}

export interface AmbassadorRow {
  customer: Customer;
  recommended: number;
}

/** Who brought the most new customers: counted over the recommendedById index keys alone. */
export async function ambassadors(db: AssohDB, limit = 10): Promise<AmbassadorRow[]> {
  const keys = (await db.customers.orderBy('recommendedById').keys()) as string[];
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .filter(withinTies(limit, (a, b) => a[1] === b[1]));
  const customers = await db.customers.bulkGet(top.map(([id]) => id));
  return top
    .flatMap(([, n], i) => {
      const customer = customers[i];
      return customer ? [{ customer, recommended: n }] : [];
    })
    .sort(
      (a, b) =>
        b.recommended - a.recommended ||
        a.customer.nameKey.localeCompare(b.customer.nameKey) ||
        (a.customer.id < b.customer.id ? -1 : 1),
    )
    .slice(0, limit);
}

/** Gifts given this month and their estimated value: the goodwill's cost. */
export async function giftsThisMonth(
  db: AssohDB,
  now = Date.now(),
): Promise<{ count: number; valueMinor: number }> {
  let count = 0;
  let valueMinor = 0;
  await db.gifts
    .where('at')
    .aboveOrEqual(startOfMonth(now))
    .each((g) => {
      count++;
      valueMinor += g.valueMinor ?? 0;
    });
  return { count, valueMinor };
}

export interface CreditInsights {
  /** Payments that count, received since the first of the month. */
  collectedMonthMinor: number;
  /** What every debtor owes in all. */
  owedMinor: number;
  /** The oldest debts, oldest first. */
  oldest: Array<{ customer: Customer; balanceMinor: number; owedSince: number }>;
}

/**
 * The credit book at a glance: money collected this month (the month's entries only, through
 * the `at` index: every version of an entry keeps its time, so each line comes whole), the total
 * owed (the debtor shards: every debtor's balance in 16 rows, db/debtor-shards.ts) and the
 * oldest debts (the first rows of the owedSince index, which holds only debtors, oldest first).
 */
export async function creditInsights(
  db: AssohDB,
  limit = 5,
  now = Date.now(),
): Promise<CreditInsights> {
  const [month, shards, first] = await Promise.all([
    db.creditEntries.where('at').aboveOrEqual(startOfMonth(now)).toArray(),
    db.debtorShards.toArray(),
    db.customers.where('owedSince').above(-Infinity).limit(limit).toArray(),
  ]);
  let collectedMonthMinor = 0;
  for (const e of liveEntries(month))
    if (e.kind === 'paiement') collectedMonthMinor += e.amountMinor;
  let owedMinor = 0;
  for (const line of allLines(shards)) owedMinor += line[3];
  const oldest = first.map((customer) => ({
    customer,
    balanceMinor: customer.creditBalanceMinor ?? 0,
    owedSince: customer.owedSince ?? now,
  }));
  return { collectedMonthMinor, owedMinor, oldest };
}
