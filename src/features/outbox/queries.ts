import type { AssohDB } from '../../db/db';
import type { Customer, OutboxMessage, Product } from '../../lib/domain';

export interface OutboxRow {
  message: OutboxMessage;
  customer?: Customer;
}

async function withCustomers(db: AssohDB, messages: OutboxMessage[]): Promise<OutboxRow[]> {
  const ids = [
    ...new Set(messages.map((m) => m.customerId).filter((id): id is string => Boolean(id))),
  ];
  const customers = new Map(
    (await db.customers.bulkGet(ids))
      .filter((c): c is Customer => Boolean(c))
      .map((c) => [c.id, c]),
  );
  return messages.map((message) => ({
    message,
    customer: message.customerId ? customers.get(message.customerId) : undefined,
  }));
}

/**
 * The first `limit` waiting, oldest first (the order they were prepared in), and how many wait
 * in all. A seller who rarely sends her thank-yous piles up thousands: the screen shows a page
 * at a time, read through the createdAt index up to the last one shown (the sent ones met on
 * the way are skipped), never the whole pile.
 */
export async function listPending(
  db: AssohDB,
  limit: number,
): Promise<{ rows: OutboxRow[]; total: number }> {
  const [messages, total] = await Promise.all([
    db.outbox
      .orderBy('createdAt')
      .filter((m) => m.status === 'pending')
      .limit(limit)
      .toArray(),
    countPending(db),
  ]);
  return { rows: await withCustomers(db, messages), total };
}

/** The last sent, newest first. */
export async function listSent(db: AssohDB, limit = 50): Promise<OutboxRow[]> {
  const rows = await db.outbox
    .orderBy('createdAt')
    .reverse()
    .filter((m) => m.status === 'sent')
    .limit(limit)
    .toArray();
  return withCustomers(
    db,
    rows.sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0)),
  );
}

/** The badge: an index count, never a scan. */
export function countPending(db: AssohDB): Promise<number> {
  return db.outbox.where('status').equals('pending').count();
}

export async function getCustomerForMessage(db: AssohDB, id: string): Promise<Customer | null> {
  return (await db.customers.get(id)) ?? null;
}

export function listProductsForMessages(db: AssohDB): Promise<Product[]> {
  return db.products.orderBy('nameKey').toArray();
}
