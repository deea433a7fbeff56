import type { AssohDB } from '../../db/db';
import type { Product, Sale } from '../../lib/domain';
import { startOfDay } from '../../lib/dates';

export interface DayTotals {
  count: number;
  totalMinor: number;
}

/** Today's sales through the `at` index: only today's rows are read. */
export async function todaySales(db: AssohDB, now = Date.now()): Promise<DayTotals> {
  let count = 0;
  let totalMinor = 0;
  await db.sales
    .where('at')
    .aboveOrEqual(startOfDay(now))
    .each((s) => {
      count++;
      totalMinor += s.totalMinor;
    });
  return { count, totalMinor };
}

export async function getSale(db: AssohDB, id: string): Promise<Sale | null> {
  return (await db.sales.get(id)) ?? null;
}

/** The products offered on the sale screen: available ones first, then A to Z. */
export async function listSaleProducts(db: AssohDB): Promise<Product[]> {
  const all = await db.products.orderBy('nameKey').toArray();
  return [...all.filter((p) => p.available), ...all.filter((p) => !p.available)];
}
