import { newId, type AssohDB } from './db';
import { deleteRows } from './tombstones';
import type {
  Customer,
  OutboxKind,
  OutboxMessage,
  Product,
  Reservation,
  Settings,
} from '../lib/domain';
import { fillTemplate, productValues } from '../lib/templates';
import { formatNumber } from '../lib/money';
import { sellerValues, templateText } from '../i18n/templates';

export interface MessageDraft {
  customerId?: string;
  kind: OutboxKind;
  text: string;
  saleId?: string;
  giftId?: string;
  reservationId?: string;
  productId?: string;
}

/**
 * Adds prepared messages to the outbox, inside the caller's transaction (outbox and customers).
 * Consent is kept here, the one place every message goes through: a customer who said no to
 * messages gets none, whatever screen prepared it. `known`: customers' rows the caller has
 * read (or written) in this same transaction, not read again.
 */
export async function insertMessages(
  db: AssohDB,
  drafts: MessageDraft[],
  known: readonly Customer[] = [],
): Promise<{ queued: OutboxMessage[]; refused: number }> {
  const customers = new Map(known.map((c) => [c.id, c]));
  const ids = [
    ...new Set(drafts.map((d) => d.customerId).filter((id): id is string => Boolean(id))),
  ].filter((id) => !customers.has(id));
  if (ids.length > 0)
    for (const c of await db.customers.bulkGet(ids)) if (c) customers.set(c.id, c);
  const now = Date.now();
  const queued: OutboxMessage[] = [];
  let refused = 0;
  for (const d of drafts) {
    const customer = d.customerId ? customers.get(d.customerId) : undefined;
    if (d.customerId && (!customer || !customer.acceptsMessages)) {
      refused++;
      continue;
    }
    queued.push({ ...d, id: newId(), status: 'pending', createdAt: now, updatedAt: now });
  }
  await db.outbox.bulkAdd(queued);
  return { queued, refused };
}

/**
 * The product is available again: each waiting reservation becomes ready and, for customers who
 * accept messages, a "réservation prête" message. Runs inside the caller's transaction
 * (reservations, outbox, customers, settings).
 */
export async function readyWaitingReservations(
  db: AssohDB,
  product: Product,
): Promise<Reservation[]> {
  const waiting = await db.reservations
    .where('[productId+status]')
    .equals([product.id, 'waiting'])
    .toArray();
  if (waiting.length === 0) return [];
  const settings = (await db.settings.get('seller')) as Settings;
  const now = Date.now();
  const text = templateText('reservation', settings.templates, settings.language);
  const customers = await db.customers.bulkGet(waiting.map((r) => r.customerId));
  await insertMessages(
    db,
    waiting.map((r, i) => ({
      customerId: r.customerId,
      kind: 'reservation' as const,
      reservationId: r.id,
      productId: product.id,
      text: fillTemplate(
        text,
        {
          ...sellerValues(settings),
          ...productValues(product, settings.language),
          prenom: customers[i]?.firstName,
          quantite: `${formatNumber(r.quantity, settings.language)} ${product.unit}`,
        },
        settings.language,
      ),
    })),
  );
  const ready = waiting.map((r) => ({
    ...r,
    status: 'ready' as const,
    readyAt: now,
    updatedAt: now,
  }));
  await db.reservations.bulkPut(ready);
  return ready;
}

/**
 * A reservation sold, cancelled or whose product went: its "réservation prête" message not yet
 * sent would now say something false, so it goes. Inside the caller's transaction (outbox,
 * tombstones). Sent messages stay: they are what was said.
 */
export async function deletePendingReservationMessages(
  db: AssohDB,
  reservationIds: readonly string[],
  at = Date.now(),
): Promise<void> {
  if (reservationIds.length === 0) return;
  const ids = new Set(reservationIds);
  const pending = await db.outbox
    .where('status')
    .equals('pending')
    .and((m) => m.reservationId !== undefined && ids.has(m.reservationId))
    .primaryKeys();
  await deleteRows(db, 'outbox', pending, at);
}
