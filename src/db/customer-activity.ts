import { Dexie } from 'dexie';
import type { Customer } from '../lib/domain';
import { derivedFields, withDerived } from '../lib/notebook';
import type { AssohDB } from './db';

/**
 * A customer's lastSeenAt follows her newest sale or gift (or her creation). Sales and gifts
 * call these inside their own transactions, so the customer row never disagrees with history.
 */
export async function touchCustomer(
  db: AssohDB,
  customerId: string | undefined,
  at: number,
): Promise<void> {
  if (!customerId) return;
  const customer = await db.customers.get(customerId);
  if (customer) await seeCustomer(db, customer, at);
}

/** touchCustomer for her row as read in the caller's transaction: one write, no read. */
export async function seeCustomer(db: AssohDB, customer: Customer, at: number): Promise<void> {
  if (at > customer.lastSeenAt) await db.customers.put({ ...customer, lastSeenAt: at });
}

/**
 * Recomputes the fields of these customers that come from other tables (lib/notebook.ts's
 * derivedFields, the one definition deriveCustomers uses after a merge), in place, after a
 * credit entry, a deletion or a batch of changes from elsewhere. Inside the caller's transaction
 * (customers, sales, gifts, creditEntries). Derived fields never change updatedAt: they are not
 * the seller's edits, and must not win a merge over one. Returns their rows as they now are in the
 * transaction (a screen can show what the committed write holds without reading it again).
 */
export async function refreshCustomers(
  db: AssohDB,
  customerIds: ReadonlyArray<string | undefined>,
): Promise<Customer[]> {
  const rows: Customer[] = [];
  for (const id of new Set(customerIds)) {
    if (!id) continue;
    const range: [unknown[], unknown[]] = [
      [id, Dexie.minKey],
      [id, Dexie.maxKey],
    ];
    // Her row and what it is derived from, read at once (one round trip on a slow phone).
    const [customer, lastSale, lastGift, entries] = await Promise.all([
      db.customers.get(id),
      db.sales
        .where('[customerId+at]')
        .between(...range)
        .last(),
      db.gifts
        .where('[customerId+at]')
        .between(...range)
        .last(),
      db.creditEntries
        .where('[customerId+at]')
        .between(...range)
        .toArray(),
    ]);
    if (!customer) continue;
    const next = withDerived(
      customer,
      derivedFields(customer, {
        sales: lastSale ? [lastSale] : [],
        gifts: lastGift ? [lastGift] : [],
        entries,
      }),
    );
    if (next !== customer) await db.customers.put(next);
    rows.push(next);
  }
  return rows;
}
