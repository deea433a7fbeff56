import { Dexie } from 'dexie';
import type { AssohDB } from '../../db/db';
import type { Customer, OutboxKind, OutboxMessage, Product } from '../../lib/domain';
import {
  BADGE_MAX,
  badgeFigure,
  badgeRanges,
  thanksCutoff,
  type ExpiryReason,
} from '../../lib/outbox-age';
import { TEMPLATE_KINDS } from '../../lib/template-kinds';

const KINDS: readonly OutboxKind[] = [...TEMPLATE_KINDS, 'libre'];

/**
 * The first `limit` messages of a status in createdAt order (newest first when `newest`), read
 * through the [status+kind+createdAt] index one kind at a time: each range gives at most `limit`
 * rows, never the thousands of other statuses or aged thank-yous in between. `from(kind)`: the
 * oldest time a kind's range starts at; `extra(kind)`: rows of that kind to read beyond `limit`
 * (those the caller will leave out).
 */
async function firstOfStatus(
  db: AssohDB,
  status: OutboxMessage['status'],
  limit: number,
  {
    newest = false,
    from = () => Dexie.minKey,
    extra = () => 0,
  }: {
    newest?: boolean;
    from?: (kind: OutboxKind) => unknown;
    extra?: (kind: OutboxKind) => number;
  } = {},
): Promise<OutboxMessage[]> {
  const ranges = await Promise.all(
    KINDS.map((kind) => {
      const range = db.outbox
        .where('[status+kind+createdAt]')
        .between([status, kind, from(kind)], [status, kind, Dexie.maxKey], true, true);
      return (newest ? range.reverse() : range).limit(limit + extra(kind)).toArray();
    }),
  );
  return ranges
    .flat()
    .sort((a, b) => (newest ? b.createdAt - a.createdAt : a.createdAt - b.createdAt));
}

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

/** The thank-yous' cutoff of the seller's settings (lib/outbox-age.ts). */
async function cutoffOf(db: AssohDB, now: number): Promise<number> {
  const settings = await db.settings.get('seller');
  return thanksCutoff(now, settings?.thanksExpireDays);
}

/**
 * The "réservation prête" messages waiting (those few are read whole), their products, and
 * which of them wait for a product no longer available.
 */
async function reservationsWaiting(db: AssohDB) {
  const ready = await db.outbox
    .where('[status+kind+createdAt]')
    .between(['pending', 'reservation', Dexie.minKey], ['pending', 'reservation', Dexie.maxKey])
    .toArray();
  const productIds = [...new Set(ready.map((m) => m.productId ?? ''))];
  const products = new Map(
    (ready.length ? await db.products.bulkGet(productIds) : [])
      .filter((p): p is Product => Boolean(p))
      .map((p) => [p.id, p]),
  );
  const unavailable = ready.filter((m) => m.productId && !products.get(m.productId)?.available);
  return { ready, unavailable, products };
}

/**
 * What has aged out of the waiting messages (see lib/outbox-age.ts): how many thank-yous are too
 * old (an index count) and which "réservation prête" messages wait for a product that is no
 * longer available.
 */
async function aged(db: AssohDB, now: number) {
  const [cutoff, { unavailable, products }] = await Promise.all([
    cutoffOf(db, now),
    reservationsWaiting(db),
  ]);
  const oldThanksCount = await oldThanks(db, cutoff).count();
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
 * screen shows a page at a time, read kind by kind through the [status+kind+createdAt] index up
 * to the page's end (aged thank-yous are outside the range), never the whole pile.
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
    firstOfStatus(db, 'pending', limit, {
      // Thank-yous older than the cutoff wait in "Expirés", and so do the unavailable ones.
      from: (kind) => (kind === 'merci' ? cutoff : Dexie.minKey),
      extra: (kind) => (kind === 'reservation' ? unavailableIds.size : 0),
    }).then((rows) => rows.filter((m) => !unavailableIds.has(m.id)).slice(0, limit)),
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
  const rows = (await firstOfStatus(db, 'sent', limit, { newest: true })).slice(0, limit);
  return withCustomers(
    db,
    rows.sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0)),
  );
}

/**
 * How many messages are still to send or to confirm, out-of-date ones left out: for the "N
 * messages attendent" said when signal returns. Index counts over every message waiting.
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

/**
 * The Messages tab's badge: countPending's figure, exact up to BADGE_MAX and BADGE_MAX + 1 beyond
 * ("99+"), read as app/start-reads.ts reads it at a launch: a few keys of each range of
 * lib/outbox-age.ts badgeRanges, never all of the thousands of thank-yous a seller may pile up.
 * A live query: it runs again after every write to the outbox.
 */
export async function countBadge(db: AssohDB, now = Date.now()): Promise<number> {
  const [cutoff, { ready, unavailable }] = await Promise.all([
    cutoffOf(db, now),
    reservationsWaiting(db),
  ]);
  const found = await Promise.all(
    badgeRanges(cutoff).map(async ([lower, upper]) => {
      const keys = await db.outbox
        .where('[status+kind+createdAt]')
        .between(lower, upper, true, false)
        .limit(BADGE_MAX + 1)
        .primaryKeys();
      return keys.length;
    }),
  );
  return badgeFigure(found, ready.length, unavailable.length);
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
