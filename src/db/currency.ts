import { refreshCustomers } from './customer-activity';
import type { AssohDB } from './db';

/**
 * The seller explicitly changed the notebook's currency: amounts are not converted, they keep
 * the figures she typed ("1 500 FCFA" becomes "1 500 MAD"), so their minor units are scaled to
 * the new currency's decimals (rounded when it has fewer). Inside the caller's transaction
 * (products, sales, gifts, creditEntries, customers).
 *
 * The credit entries are the one place an entry is rewritten: their figures stay, only the unit
 * they are counted in changes, and a merge with a notebook of the old currency is refused anyway.
 * The cached balances are rebuilt from the scaled entries, never scaled themselves, so rounding
 * cannot make them disagree.
 */
export async function keepFiguresInNewCurrency(
  db: AssohDB,
  fromDigits: number,
  toDigits: number,
  at: number,
): Promise<void> {
  if (fromDigits === toDigits) return;
  const scale = (minor: number) => Math.round(minor * 10 ** (toDigits - fromDigits));
  await db.products.toCollection().modify((p) => {
    p.priceMinor = scale(p.priceMinor);
    p.updatedAt = at;
  });
  await db.sales.toCollection().modify((s) => {
    for (const line of s.lines) line.unitPriceMinor = scale(line.unitPriceMinor);
    s.totalMinor = scale(s.totalMinor);
    s.updatedAt = at;
  });
  await db.gifts
    .filter((g) => g.valueMinor !== undefined)
    .modify((g) => {
      g.valueMinor = scale(g.valueMinor ?? 0);
      g.updatedAt = at;
    });
  const owing = new Set<string>();
  await db.creditEntries.toCollection().modify((e) => {
    // A figure never rounds to nothing: an entry keeps at least one unit.
    e.amountMinor = Math.max(1, scale(e.amountMinor));
    e.updatedAt = at;
    owing.add(e.customerId);
  });
  await refreshCustomers(db, [...owing]);
}

/** Anything recorded yet? The currency then belongs to the notebook. */
export async function hasRecords(db: AssohDB): Promise<boolean> {
  for (const table of [db.products, db.customers, db.sales, db.gifts] as const) {
    if ((await table.limit(1).count()) > 0) return true;
  }
  return false;
}
