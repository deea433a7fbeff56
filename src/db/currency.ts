import { refreshCustomers } from './customer-activity';
import type { AssohDB } from './db';
import { MONEY_TABLES, scaleAmounts, scaler } from '../lib/currency-scale';
import { editTime } from '../lib/merge';

/**
 * The notebook's currency changed: amounts are not converted, they keep the figures she typed
 * ("1 500 FCFA" becomes "1 500 MAD"), their minor units scaled to the new currency's decimals
 * (lib/currency-scale.ts). Inside the caller's transaction (products, sales, gifts,
 * reservations, creditEntries, customers).
 *
 * `at`: when the seller switched here: every scaled row is stamped then, or just after its own
 * version when that is later (lib/merge.ts, editTime: a row written by a phone whose clock runs
 * ahead), so the other phones always take the scaled row as the newer one. `null`: the switch
 * came from another phone of the notebook (sync), and the rows keep their times: the switching
 * phone's versions, newer, carry the same figures, and an edit made here later than the switch
 * stays the newer one.
 *
 * The credit entries are the one place an entry is rewritten: their figures stay, only the unit
 * they are counted in changes. The cached balances are rebuilt from the scaled entries, never
 * scaled themselves, so rounding cannot make them disagree.
 */
export async function keepFiguresInNewCurrency(
  db: AssohDB,
  fromDigits: number,
  toDigits: number,
  at: number | null,
): Promise<void> {
  if (fromDigits === toDigits) return;
  const scale = scaler(fromDigits, toDigits);
  const owing = new Set<string>();
  for (const table of MONEY_TABLES) {
    await db
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown> & { updatedAt: number }) => {
        if (!scaleAmounts(table, row, scale)) return;
        if (at !== null) row.updatedAt = editTime(row.updatedAt, at);
        if (table === 'creditEntries') owing.add(row.customerId as string);
      });
  }
  await refreshCustomers(db, [...owing]);
}

/** Anything recorded yet? The currency then belongs to the notebook. */
export async function hasRecords(db: AssohDB): Promise<boolean> {
  for (const table of [db.products, db.customers, db.sales, db.gifts] as const) {
    if ((await table.limit(1).count()) > 0) return true;
  }
  return false;
}
