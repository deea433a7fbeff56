import { Dexie } from 'dexie';
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
  if (customer && at > customer.lastSeenAt)
    await db.customers.update(customerId, { lastSeenAt: at });
}

export async function recomputeLastSeen(
  db: AssohDB,
  customerId: string | undefined,
): Promise<void> {
  if (!customerId) return;
  const customer = await db.customers.get(customerId);
  if (!customer) return;
  const range: [unknown[], unknown[]] = [
    [customerId, Dexie.minKey],
    [customerId, Dexie.maxKey],
  ];
  const [lastSale, lastGift] = await Promise.all([
    db.sales
      .where('[customerId+at]')
      .between(...range)
      .last(),
    db.gifts
      .where('[customerId+at]')
      .between(...range)
      .last(),
  ]);
  const lastSeenAt = Math.max(customer.createdAt, lastSale?.at ?? 0, lastGift?.at ?? 0);
  if (lastSeenAt !== customer.lastSeenAt) await db.customers.update(customerId, { lastSeenAt });
}
