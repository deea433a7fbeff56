import { beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer } from '../features/customers/commands';
import { deleteGift, recordGift } from '../features/gifts/commands';
import { deleteMessage, queueMessages } from '../features/outbox/commands';
import { createProduct, deleteProduct, updateProduct } from '../features/products/commands';
import {
  cancelReservation,
  createReservation,
  fulfilReservation,
} from '../features/reservations/commands';
import { deleteSale, recordSale } from '../features/sales/commands';
import { sellerSettings } from '../features/backup/fixtures';
import { customerInput, freshDb, productInput } from '../test/fixtures';
import type { AssohDB } from './db';

let db: AssohDB;
beforeEach(async () => {
  db = freshDb();
  await db.settings.put(sellerSettings(1));
});
const CI = { country: 'CI' };
const stones = async () => (await db.tombstones.toArray()).map((t) => `${t.table}/${t.id}`).sort();

describe('every deletion leaves a tombstone', () => {
  it('a customer, with her reservations and her messages', async () => {
    const p = await createProduct(db, productInput({ available: false }), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const r = await createReservation(db, {
      customerId: awa.id,
      productId: p.id,
      quantity: '2',
      note: '',
    });
    await queueMessages(db, [{ customerId: awa.id, kind: 'nouvelles', text: 'Bonjour Awa' }]);
    const [m] = await db.outbox.toArray();
    const sale = await recordSale(db, {
      customerId: awa.id,
      lines: [{ productId: p.id, quantity: 1 }],
    });
    await deleteCustomer(db, awa.id);
    expect(await stones()).toEqual(
      [`customers/${awa.id}`, `outbox/${m!.id}`, `reservations/${r.id}`].sort(),
    );
    // Her sale stays, as "client de passage".
    expect((await db.sales.get(sale.id))?.customerId).toBeUndefined();
  });

  it('a sale with its thank-you not yet sent, a gift, a message', async () => {
    const p = await createProduct(db, productInput(), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const sale = await recordSale(db, {
      customerId: awa.id,
      lines: [{ productId: p.id, quantity: 1 }],
    });
    await queueMessages(db, [
      { customerId: awa.id, kind: 'merci', text: 'Merci', saleId: sale.id },
      { customerId: awa.id, kind: 'nouvelles', text: 'Bonjour' },
    ]);
    const thanks = (await db.outbox.toArray()).find((m) => m.saleId === sale.id)!;
    const other = (await db.outbox.toArray()).find((m) => m.kind === 'nouvelles')!;
    const gift = await recordGift(
      db,
      { customerId: awa.id, what: 'mangue', reason: 'fidelite', value: '', saleId: sale.id },
      'XOF',
    );
    await deleteSale(db, sale.id);
    expect(await stones()).toEqual([`outbox/${thanks.id}`, `sales/${sale.id}`].sort());
    // The gift stays, unlinked, and says so by its time (a merge must see the change).
    expect(await db.gifts.get(gift.id)).not.toHaveProperty('saleId');
    await deleteGift(db, gift.id);
    await deleteMessage(db, other.id);
    expect(await stones()).toEqual(
      [`gifts/${gift.id}`, `outbox/${other.id}`, `outbox/${thanks.id}`, `sales/${sale.id}`].sort(),
    );
  });

  it('a product, and the “réservation prête” messages it leaves untrue', async () => {
    const p = await createProduct(db, productInput({ available: false }), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const r = await createReservation(db, {
      customerId: awa.id,
      productId: p.id,
      quantity: '2',
      note: '',
    });
    await updateProduct(db, p.id, productInput({ available: true }), 'XOF');
    const [ready] = await db.outbox.toArray();
    expect(ready).toMatchObject({ kind: 'reservation', reservationId: r.id, status: 'pending' });
    await deleteProduct(db, p.id);
    expect(await stones()).toEqual([`outbox/${ready!.id}`, `products/${p.id}`].sort());
    expect(await db.reservations.get(r.id)).toMatchObject({ status: 'cancelled' });
  });
});

describe('a “réservation prête” message that became false goes', () => {
  async function readyReservation() {
    const p = await createProduct(db, productInput({ available: false }), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const r = await createReservation(db, {
      customerId: awa.id,
      productId: p.id,
      quantity: '2',
      note: '',
    });
    await updateProduct(db, p.id, productInput({ available: true }), 'XOF');
    expect(await db.outbox.count()).toBe(1);
    return r;
  }

  it('when the reservation is sold', async () => {
    const r = await readyReservation();
    await fulfilReservation(db, r.id);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.tombstones.count()).toBe(1);
  });

  it('when it is cancelled', async () => {
    const r = await readyReservation();
    await cancelReservation(db, r.id);
    expect(await db.outbox.count()).toBe(0);
  });

  it('but a message already sent stays: it is what was said', async () => {
    const r = await readyReservation();
    const [m] = await db.outbox.toArray();
    await db.outbox.update(m!.id, { status: 'sent', sentAt: 2 });
    await fulfilReservation(db, r.id);
    expect(await db.outbox.count()).toBe(1);
  });
});
