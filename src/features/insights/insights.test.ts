import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import { DAY_MS, startOfDayOffset } from '../../lib/dates';
import { customerInput, freshDb, productInput } from '../../test/fixtures';
import { createCustomer } from '../customers/commands';
import { customerHistory } from '../customers/queries';
import { createProduct } from '../products/commands';
import { recordSale } from '../sales/commands';
import { ambassadors, giftsThisMonth, inactiveCustomers, loyalCustomers } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = freshDb();
});
const CI = { country: 'CI' };

describe('insights', () => {
  it('finds who has not come for three weeks, with her last purchase', async () => {
    const now = Date.now();
    const p = await createProduct(db, productInput(), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const fatou = await createCustomer(db, customerInput({ firstName: 'Fatou' }), CI);
    const bina = await createCustomer(db, customerInput({ firstName: 'Bina' }), CI);
    await recordSale(db, {
      customerId: fatou.id,
      lines: [{ productId: p.id, quantity: 1 }],
      at: now - 25 * DAY_MS,
    });
    await recordSale(db, {
      customerId: awa.id,
      lines: [{ productId: p.id, quantity: 2 }],
      at: now - 35 * DAY_MS,
    });
    await recordSale(db, {
      customerId: bina.id,
      lines: [{ productId: p.id, quantity: 2 }],
      at: now - 2 * DAY_MS,
    });
    // As if they had been created long ago and seen last at these dates.
    await db.customers.update(awa.id, {
      lastSeenAt: now - 30 * DAY_MS,
      createdAt: now - 40 * DAY_MS,
    });
    await db.customers.update(fatou.id, {
      lastSeenAt: now - 25 * DAY_MS,
      createdAt: now - 40 * DAY_MS,
    });
    await db.customers.update(bina.id, {
      lastSeenAt: now - 2 * DAY_MS,
      createdAt: now - 40 * DAY_MS,
    });
    const { rows, total } = await inactiveCustomers(db, 21, 10, now);
    expect(total).toBe(2);
    expect(rows.map((r) => r.customer.firstName)).toEqual(['Fatou', 'Awa']);
    expect(rows[1]?.lastSale?.totalMinor).toBe(1000);
    expect(
      (await inactiveCustomers(db, 28, 10, now)).rows.map((r) => r.customer.firstName),
    ).toEqual(['Awa']);
  });

  it('ranks loyalty by days of purchase over 90 days, then by spending', async () => {
    const now = Date.now();
    const p = await createProduct(db, productInput(), 'XOF');
    const a = await createCustomer(db, customerInput({ firstName: 'A' }), CI);
    const b = await createCustomer(db, customerInput({ firstName: 'B' }), CI);
    for (const d of [1, 2, 3])
      await recordSale(db, {
        customerId: a.id,
        lines: [{ productId: p.id, quantity: 1 }],
        at: now - d * DAY_MS,
      });
    await recordSale(db, {
      customerId: b.id,
      lines: [{ productId: p.id, quantity: 9 }],
      at: now - DAY_MS,
    });
    await recordSale(db, {
      customerId: b.id,
      lines: [{ productId: p.id, quantity: 9 }],
      at: now - 120 * DAY_MS,
    });
    const rows = await loyalCustomers(db, 10, now);
    expect(rows.map((r) => [r.customer.firstName, r.visits])).toEqual([
      ['A', 3],
      ['B', 1],
    ]);
  });

  it('counts ambassadors by the customers they recommended', async () => {
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const ali = await createCustomer(db, customerInput({ firstName: 'Ali' }), CI);
    await createCustomer(db, customerInput({ firstName: 'X', recommendedById: awa.id }), CI);
    await createCustomer(db, customerInput({ firstName: 'Y', recommendedById: awa.id }), CI);
    await createCustomer(db, customerInput({ firstName: 'Z', recommendedById: ali.id }), CI);
    expect((await ambassadors(db)).map((r) => [r.customer.firstName, r.recommended])).toEqual([
      ['Awa', 2],
      ['Ali', 1],
    ]);
  });

  it('sums this month’s gifts only', async () => {
    const now = new Date(2026, 10, 20).getTime();
    const g = (id: string, at: number, valueMinor?: number) =>
      db.gifts.add({
        id,
        at,
        what: 'mangue',
        reason: 'fidelite',
        valueMinor,
        createdAt: at,
        updatedAt: at,
      });
    await g('a', new Date(2026, 10, 2).getTime(), 200);
    await g('b', new Date(2026, 10, 19).getTime());
    await g('c', new Date(2026, 9, 30).getTime(), 500);
    expect(await giftsThisMonth(db, now)).toEqual({ count: 2, valueMinor: 200 });
  });

  it('breaks ties the same way every time: visits, then spending, then name', async () => {
    const now = new Date(2026, 10, 22, 12).getTime();
    const p = await createProduct(db, productInput(), 'XOF');
    // Created in the reverse of the expected order, so the order of the rows cannot pass for it.
    const zoe = await createCustomer(db, customerInput({ firstName: 'Zoé' }), CI);
    const adele = await createCustomer(db, customerInput({ firstName: 'Adèle' }), CI);
    const big = await createCustomer(db, customerInput({ firstName: 'Yao' }), CI);
    for (const [c, quantity] of [
      [zoe, 1],
      [adele, 1],
      [big, 3],
    ] as const) {
      await recordSale(db, { customerId: c.id, lines: [{ productId: p.id, quantity }], at: now });
    }
    const rows = await loyalCustomers(db, 10, now);
    expect(rows.map((r) => r.customer.firstName)).toEqual(['Yao', 'Adèle', 'Zoé']);
    // Cut at two: of the two tied for second place, the name decides.
    expect((await loyalCustomers(db, 2, now)).map((r) => r.customer.firstName)).toEqual([
      'Yao',
      'Adèle',
    ]);

    await createCustomer(db, customerInput({ firstName: 'X', recommendedById: zoe.id }), CI);
    await createCustomer(db, customerInput({ firstName: 'Y', recommendedById: adele.id }), CI);
    expect((await ambassadors(db, 1)).map((r) => r.customer.firstName)).toEqual(['Adèle']);
  });

  it('counts visits on the phone’s own calendar days, as her card does', async () => {
    const p = await createProduct(db, productInput(), 'XOF');
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const sell = (at: number) =>
      recordSale(db, { customerId: awa.id, lines: [{ productId: p.id, quantity: 1 }], at });
    // Just after midnight and just before the next, then another day: two local days. Counted in
    // UTC days they were three wherever the clock is not UTC (Douala, Casablanca, Auckland).
    await sell(new Date(2026, 10, 20, 0, 30).getTime());
    await sell(new Date(2026, 10, 20, 23, 30).getTime());
    await sell(new Date(2026, 10, 22, 12).getTime());
    const now = new Date(2026, 10, 22, 18).getTime();
    const [loyal] = await loyalCustomers(db, 10, now);
    const card = await customerHistory(db, awa.id, now);
    expect(loyal?.visits).toBe(2);
    expect(card.summary.visits).toBe(2);
  });

  it('“not seen for N days” and the 90 days count calendar days, clock changes included', async () => {
    const now = new Date(2026, 10, 22, 8).getTime();
    const c = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    // Seen at the very start of the day three days ago: 3 calendar days, not 2.9.
    await db.customers.update(c.id, { lastSeenAt: new Date(2026, 10, 19, 0, 5).getTime() });
    expect((await inactiveCustomers(db, 3, 10, now)).total).toBe(1);
    expect((await inactiveCustomers(db, 4, 10, now)).total).toBe(0);
    const p = await createProduct(db, productInput(), 'XOF');
    // The first minute of the 90th local day back still counts.
    await recordSale(db, {
      customerId: c.id,
      lines: [{ productId: p.id, quantity: 1 }],
      at: startOfDayOffset(now, -89),
    });
    expect(await loyalCustomers(db, 10, now)).toHaveLength(1);
  });
});
