import { Dexie } from 'dexie';
import type { AssohDB } from '../../db/db';
import type { Customer, OutboxMessage, Product } from '../../lib/domain';
import { expiryOf, thanksCutoff, type ExpiryReason } from '../../lib/outbox-age';

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

async function cutoffFor(db: AssohDB, now: number): Promise<number> {
  const settings = await db.settings.get('seller');
  return thanksCutoff(now, settings?.thanksExpireDays);
}

/** The products of "réservation prête" messages, to tell whether each is still available. */
async function reservedProducts(
  db: AssohDB,
  messages: OutboxMessage[],
): Promise<Map<string, Product>> {
  const ids = [
    ...new Set(
      messages
        .filter((m) => m.kind === 'reservation' && m.productId)
        .map((m) => m.productId as string),
    ),
  ];
  const rows = await db.products.bulkGet(ids);
  return new Map(rows.filter((p): p is Product => Boolean(p)).map((p) => [p.id, p]));
}

export interface WaitingMessages {
  /** Opened in WhatsApp, SMS or the dialer: "Envoyé ?" waits for her answer. Asked first. */
  opened: OutboxRow[];
  /** To send, oldest first: the order they were prepared in. */
  pending: OutboxRow[];
  /** Out of date (see lib/outbox-age.ts), oldest first; never sent, never dropped unseen. */
  expired: OutboxRow[];
}

export async function listWaiting(db: AssohDB, now = Date.now()): Promise<WaitingMessages> {
  const [messages, cutoff] = await Promise.all([
    db.outbox.where('status').anyOf('pending', 'opened').toArray(),
    cutoffFor(db, now),
  ]);
  messages.sort((a, b) => a.createdAt - b.createdAt);
  const [rows, products] = await Promise.all([
    withCustomers(db, messages),
    reservedProducts(db, messages),
  ]);
  const lists: WaitingMessages = { opened: [], pending: [], expired: [] };
  for (const row of rows) {
    const product = row.message.productId ? products.get(row.message.productId) : undefined;
    const expired = expiryOf(row.message, product, cutoff);
    if (row.message.status === 'opened') lists.opened.push({ ...row, product });
    else if (expired) lists.expired.push({ ...row, product, expired });
    else lists.pending.push({ ...row, product });
  }
  return lists;
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
  const cutoff = await cutoffFor(db, now);
  const [waiting, oldThanks, reservations] = await Promise.all([
    db.outbox.where('status').anyOf('pending', 'opened').count(),
    db.outbox
      .where('[status+kind+createdAt]')
      .between(['pending', 'merci', Dexie.minKey], ['pending', 'merci', cutoff])
      .count(),
    db.outbox
      .where('[status+kind+createdAt]')
      .between(['pending', 'reservation', Dexie.minKey], ['pending', 'reservation', Dexie.maxKey])
      .toArray(),
  ]);
  if (reservations.length === 0) return waiting - oldThanks;
  const products = await reservedProducts(db, reservations);
  const unavailable = reservations.filter(
    (m) => expiryOf(m, m.productId ? products.get(m.productId) : undefined, cutoff) !== null,
  ).length;
  return waiting - oldThanks - unavailable;
}

export async function getCustomerForMessage(db: AssohDB, id: string): Promise<Customer | null> {
  return (await db.customers.get(id)) ?? null;
}

export function listProductsForMessages(db: AssohDB): Promise<Product[]> {
  return db.products.orderBy('nameKey').toArray();
}
