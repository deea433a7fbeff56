import type { AssohDB } from '../../db/db';
import { saleCreditOf, saleLines } from '../../db/credit-rows';
import { saleAdvance } from '../../db/reservation-rows';
import type { SaleCredit } from './commands';

/**
 * The sale's unpaid part and its promise, or null when it was paid in full. Apart from queries.ts,
 * which the home screen loads: the credit book's code stays off the first route.
 */
export async function getSaleCredit(db: AssohDB, saleId: string): Promise<SaleCredit | null> {
  const lines = await saleLines(db, saleId);
  const amountMinor = saleCreditOf(lines);
  if (amountMinor <= 0) return null;
  return { amountMinor, dueAt: lines.find((l) => l.live)?.current.dueAt };
}

/** A reservation's advance already paid toward this sale (0 for most sales). */
export async function getSaleAdvance(db: AssohDB, saleId: string): Promise<number> {
  const sale = await db.sales.get(saleId);
  return sale ? saleAdvance(db, sale) : 0;
}
