import { Dexie } from 'dexie';
import type { AssohDB } from '../../db/db';
import type { Customer, OutboxMessage, Product } from '../../lib/domain';
import { thanksCutoff, type ExpiryReason } from '../../lib/outbox-age';

export interface OutboxRow {
  message: OutboxMessage;
  customer?: Customer;
  /** Set in "Expirés": why it should not be sent any more. */
  expired?: ExpiryReason;
  /** The product a "réservation prête" is about, when it still exists. */
  product?: Product;
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

/** Pending thank-yous prepared before the cutoff, through the [status+kind+createdAt] index. */
function oldThanks(db: AssohDB, cutoff: number) {
  return db.outbox
    .where('[status+kind+createdAt]')
    .between(['pending', 'merci', Dexie.minKey], ['pending', 'merci', cutoff]);
}

/**
 * What has aged out of the waiting messages (see lib/outbox-age.ts): how many thank-yous are too
 * old (an index count) and which "réservation prête" messages wait for a product that is no
 * longer available (those few are read, with their products).
 */
async function aged(db: AssohDB, now: number) {
  const settings = await db.settings.get('seller');
  const cutoff = thanksCutoff(now, settings?.thanksExpireDays);
  const [oldThanksCount, ready] = await Promise.all([
    oldThanks(db, cutoff).count(),
    db.outbox
      .where('[status+kind+createdAt]')
      .between(['pending', 'reservation', Dexie.minKey], ['pending', 'reservation', Dexie.maxKey])
      .toArray(),
  ]);
  const productIds = [...new Set(ready.map((m) => m.productId ?? ''))];
  const products = new Map(
    (ready.length ? await db.products.bulkGet(productIds) : [])
      .filter((p): p is Product => Boolean(p))
      .map((p) => [p.id, p]),
  );
  const unavailable = ready.filter((m) => m.productId && !products.get(m.productId)?.available);
  return { cutoff, oldThanksCount, unavailable, products };
}

export interface WaitingMessages {
  /** Opened in WhatsApp, SMS or the dialer: "Envoyé ?" waits for her answer. Asked first. */
  opened: OutboxRow[];
  /** The first `limit` to send, oldest first: the order they were prepared in. */
  pending: OutboxRow[];
  /** How many wait to be sent in all (out-of-date ones left out). */
  pendingTotal: number;
  /** How many have aged out: they wait in "Expirés". */
  expiredCount: number;
}

/**
 * The messages still to send. A seller who rarely sends her thank-yous piles up thousands: the
 * screen shows a page at a time, read through the createdAt index up to the last one shown (the
 * sent and out-of-date ones met on the way are skipped), never the whole pile.
 */
export async function listWaiting(
  db: AssohDB,
  limit: number,
  now = Date.now(),
): Promise<WaitingMessages> {
  const { cutoff, oldThanksCount, unavailable } = await aged(db, now);
  const unavailableIds = new Set(unavailable.map((m) => m.id));
  const [opened, pending, pendingCount] = await Promise.all([
    db.outbox.where('status').equals('opened').toArray(),
    db.outbox
      .orderBy('createdAt')
      .filter(
        (m) =>
          m.status === 'pending' &&
          !(m.kind === 'merci' && m.createdAt < cutoff) &&
          !unavailableIds.has(m.id),
      )
      .limit(limit)
      .toArray(),
    db.outbox.where('status').equals('pending').count(),
  ]);
  const expiredCount = oldThanksCount + unavailable.length;
  return {
    opened: await withCustomers(
      db,
      opened.sort((a, b) => a.createdAt - b.createdAt),
    ),
    pending: await withCustomers(db, pending),
    pendingTotal: pendingCount - expiredCount,
    expiredCount,
  };
}

/** "Expirés", the oldest first, a page at a time, and how many in all. */
export async function listExpired(
  db: AssohDB,
  limit: number,
  now = Date.now(),
): Promise<{ rows: OutboxRow[]; total: number }> {
  const { cutoff, oldThanksCount, unavailable, products } = await aged(db, now);
  const thanks = await oldThanks(db, cutoff).limit(limit).toArray();
  const page = [...thanks, ...unavailable]
    .sort((a, b) => a.createdAt - b.createdAt)
    .slice(0, limit);
  const rows = await withCustomers(db, page);
  return {
    rows: rows.map((row) =>
      row.message.kind === 'merci'
        ? { ...row, expired: 'old-thanks' as const }
        : {
            ...row,
            expired: 'unavailable' as const,
            product: row.message.productId ? products.get(row.message.productId) : undefined,
          },
    ),
    total: oldThanksCount + unavailable.length,
  };
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

/**
 * The badge: messages still to send or to confirm, out-of-date ones left out. Index counts; only
 * the "réservation prête" messages are read, to look at their products.
 */
export async function countPending(db: AssohDB, now = Date.now()): Promise<number> {
  // Two index counts, not anyOf(): Dexie counts an anyOf() by walking a cursor over every
  // message it names (thousands, each read and, in a live query, noted), after every outbox write.
  const [pending, opened, { oldThanksCount, unavailable }] = await Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('opened').count(),
    aged(db, now),
  ]);
  return pending + opened - oldThanksCount - unavailable.length;
}

/** The ids of every message aged out, for "Tout effacer" (run inside its transaction). */
export async function expiredIds(db: AssohDB, now = Date.now()): Promise<string[]> {
  const { cutoff, unavailable } = await aged(db, now);
  return [...(await oldThanks(db, cutoff).primaryKeys()), ...unavailable.map((m) => m.id)];
}

export async function getCustomerForMessage(db: AssohDB, id: string): Promise<Customer | null> {
  return (await db.customers.get(id)) ?? null;
}

export function listProductsForMessages(db: AssohDB): Promise<Product[]> {
  return db.products.orderBy('nameKey').toArray();
}
