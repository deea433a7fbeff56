import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import { UserError, ValidationError } from '../../i18n/errors';
import { customerInput, freshDb, productInput } from '../../test/fixtures';
import { createCustomer } from '../customers/commands';
import { createProduct, updateProduct } from '../products/commands';
import { createReservation, markProductAvailable } from '../reservations/commands';
import { saveSeller } from '../settings/commands';
import { deleteSale, recordSale, updateSale } from './commands';
import { todaySales } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = freshDb();
});

describe('recordSale', () => {
  it('totals the lines at the product prices and copies them into the sale', async () => {
    const piment = await createProduct(db, productInput(), 'XOF');
    const arachide = await createProduct(
      db,
      productInput({ name: 'Arachide', price: '1 000', unit: 'sac' }),
      'XOF',
    );
    const sale = await recordSale(db, {
      lines: [
        { productId: piment.id, quantity: 3 },
        { productId: arachide.id, quantity: 1 },
      ],
    });
    expect(sale.totalMinor).toBe(2500);
    expect(sale.customerId).toBeUndefined();
    await updateProduct(db, piment.id, productInput({ price: '700' }), 'XOF');
    expect((await db.sales.get(sale.id))?.lines[0]).toMatchObject({
      name: 'Piment frais',
      unitPriceMinor: 500,
    });
  });

  it('takes a total typed by hand instead of the sum', async () => {
    const p = await createProduct(db, productInput(), 'XOF');
    const sale = await recordSale(db, {
      lines: [{ productId: p.id, quantity: 3 }],
      manualTotalMinor: 1200,
    });
    expect(sale).toMatchObject({ totalMinor: 1200, manualTotal: true });
    const amountOnly = await recordSale(db, { lines: [], manualTotalMinor: 800 });
    expect(amountOnly.totalMinor).toBe(800);
  });

  it('refuses an empty sale and odd quantities, writing nothing', async () => {
    expect.assertions(5);
    const p = await createProduct(db, productInput(), 'XOF');
    await expect(recordSale(db, { lines: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      recordSale(db, { lines: [{ productId: p.id, quantity: 0 }] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      recordSale(db, { lines: [{ productId: p.id, quantity: 1e6 }] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      recordSale(db, { lines: [{ productId: 'gone', quantity: 1 }] }),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db.sales.count()).toBe(0);
  });

  it('marks the customer as seen, and the undo puts her back as she was', async () => {
    const p = await createProduct(db, productInput(), 'XOF');
    const c = await createCustomer(db, customerInput(), { country: 'CI' });
    const later = c.lastSeenAt + 60_000;
    const sale = await recordSale(db, {
      customerId: c.id,
      lines: [{ productId: p.id, quantity: 1 }],
      at: later,
    });
    expect((await db.customers.get(c.id))?.lastSeenAt).toBe(later);
    await deleteSale(db, sale.id);
    expect((await db.customers.get(c.id))?.lastSeenAt).toBe(c.lastSeenAt);
    expect(await db.sales.count()).toBe(0);
  });

  it('takes decimals for what is weighed and refuses them, with a message, for what is counted', async () => {
    const gombo = await createProduct(db, productInput({ name: 'Gombo', unit: 'kg' }), 'XOF');
    const tas = await createProduct(db, productInput(), 'XOF');
    const sale = await recordSale(db, { lines: [{ productId: gombo.id, quantity: 1.5 }] });
    expect(sale.totalMinor).toBe(750);
    expect.assertions(3);
    await expect(
      recordSale(db, { lines: [{ productId: tas.id, quantity: 1.5 }] }),
    ).rejects.toMatchObject({
      fields: { lines: { key: 'quantity.whole', params: { unit: 'tas' } } },
    });
    expect(await db.sales.count()).toBe(1);
  });

  it('a sale for a customer who no longer exists is refused whole', async () => {
    expect.assertions(2);
    const p = await createProduct(db, productInput(), 'XOF');
    await expect(
      recordSale(db, { customerId: 'nobody', lines: [{ productId: p.id, quantity: 1 }] }),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db.sales.count()).toBe(0);
  });
});

describe('todaySales and updateSale', () => {
  it('counts only today, and edits change the totals', async () => {
    const p = await createProduct(db, productInput(), 'XOF');
    const yesterday = Date.now() - 36 * 3600 * 1000;
    await recordSale(db, { lines: [{ productId: p.id, quantity: 2 }], at: yesterday });
    const s = await recordSale(db, { lines: [{ productId: p.id, quantity: 1 }] });
    expect(await todaySales(db)).toEqual({ count: 1, totalMinor: 500 });
    await updateSale(db, s.id, { lines: s.lines.map((l) => ({ ...l, quantity: 4 })) });
    expect(await todaySales(db)).toEqual({ count: 1, totalMinor: 2000 });
  });
});

describe('selling a reservation ("Vendre" opens the sale form, prefilled)', () => {
  it('fulfils it with the sale, its waiting message goes, and the undo makes it ready again', async () => {
    await saveSeller(db, {
      sellerName: 'Maman Awa',
      sellerPhone: '',
      country: 'CI',
      marketName: 'Adjamé',
      marketDay: 6,
      language: 'fr',
    });
    const gombo = await createProduct(db, productInput({ name: 'Gombo', available: false }), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), { country: 'CI' });
    const koffi = await createCustomer(db, customerInput({ firstName: 'Koffi' }), {
      country: 'CI',
    });
    const r = await createReservation(db, {
      customerId: awa.id,
      productId: gombo.id,
      quantity: '2',
      note: '',
      advance: '500',
    });
    expect(r.advanceMinor).toBe(500);
    expect(await markProductAvailable(db, gombo.id)).toBe(1);
    expect(await db.outbox.where('status').equals('pending').count()).toBe(1);

    // Another customer cannot take Awa's reservation: refused whole.
    await expect(
      recordSale(db, {
        customerId: koffi.id,
        lines: [{ productId: gombo.id, quantity: 2 }],
        reservationId: r.id,
      }),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db.sales.count()).toBe(0);

    const sale = await recordSale(db, {
      customerId: awa.id,
      lines: [{ productId: gombo.id, quantity: 2 }],
      reservationId: r.id,
    });
    expect(await db.reservations.get(r.id)).toMatchObject({ status: 'fulfilled', saleId: sale.id });
    // "Votre réservation est prête" would now be false.
    expect(await db.outbox.where('status').equals('pending').count()).toBe(0);
    // Sold once only.
    await expect(
      recordSale(db, {
        customerId: awa.id,
        lines: [{ productId: gombo.id, quantity: 2 }],
        reservationId: r.id,
      }),
    ).rejects.toBeInstanceOf(UserError);

    await deleteSale(db, sale.id);
    expect((await db.reservations.get(r.id))?.status).toBe('ready');
  });
});

describe('a reservation’s advance on credit', () => {
  it('leaves only the rest to owe: a credit above it is refused, in the sale and in its edit', async () => {
    const gombo = await createProduct(db, productInput({ name: 'Gombo' }), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), { country: 'CI' });
    const r = await createReservation(db, {
      customerId: awa.id,
      productId: gombo.id,
      quantity: '2',
      note: '',
      advance: '500',
    });
    const sell = (amountMinor: number) =>
      recordSale(db, {
        customerId: awa.id,
        lines: [{ productId: gombo.id, quantity: 2 }],
        reservationId: r.id,
        credit: { amountMinor },
      });
    // 2 × 500 = 1 000, of which 500 already paid with the reservation.
    await expect(sell(1000)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.sales.count()).toBe(0);
    const sale = await sell(500);
    expect((await db.customers.get(awa.id))?.creditBalanceMinor).toBe(500);

    const lines = sale.lines;
    await expect(
      updateSale(db, sale.id, { lines, credit: { amountMinor: 1000 } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await updateSale(db, sale.id, { lines, credit: { amountMinor: 200 } });
    expect((await db.customers.get(awa.id))?.creditBalanceMinor).toBe(200);
  });
});
