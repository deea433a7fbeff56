import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import { UserError, ValidationError } from '../../i18n/errors';
import { startOfDay } from '../../lib/dates';
import { addDays } from '../../lib/days';
import { customerInput, freshDb, productInput } from '../../test/fixtures';
import { markBackupDone } from '../backup/commands';
import { sellerSettings } from '../backup/fixtures';
import { getBackupStatus } from '../backup/queries';
import { creditInsights } from '../insights/queries';
import { createCustomer, deleteCustomer } from '../customers/commands';
import { createProduct } from '../products/commands';
import { deleteSale, recordSale, updateSale } from '../sales/commands';
import { saveSeller } from '../settings/commands';
import {
  addCredit,
  correctEntry,
  queueReminder,
  recordPayment,
  savePaymentDetails,
  voidEntry,
} from './commands';
import { creditOverview } from './queries/lists';
import { customerLedger } from './queries/ledger';
import { dueToday } from './queries/today';

let db: AssohDB;
beforeEach(async () => {
  db = freshDb();
  await db.settings.put(sellerSettings(Date.now(), { templates: {} }));
});

async function adele(over = {}) {
  return createCustomer(db, customerInput({ phone: '07 07 12 34 56', ...over }), {
    country: 'CI',
  });
}

async function figures(id: string) {
  const c = await db.customers.get(id);
  return { balance: c?.creditBalanceMinor, since: c?.owedSince, promised: c?.promisedAt };
}

describe('a sale on credit', () => {
  it('writes its unpaid part with the sale, and her card says what she owes', async () => {
    const c = await adele();
    const p = await createProduct(db, productInput({ price: '600' }), 'XOF');
    const due = addDays(Date.now(), 7);
    const sale = await recordSale(db, {
      customerId: c.id,
      lines: [{ productId: p.id, quantity: 1 }],
      credit: { amountMinor: 600, dueAt: due },
    });
    expect(await figures(c.id)).toEqual({ balance: 600, since: sale.at, promised: due });
    const [entry] = await db.creditEntries.toArray();
    expect(entry).toMatchObject({ kind: 'credit', amountMinor: 600, saleId: sale.id });
  });

  it('refuses an unpaid part above the total, or for a passing customer, and writes nothing', async () => {
    expect.assertions(3);
    const c = await adele();
    const p = await createProduct(db, productInput({ price: '600' }), 'XOF');
    const lines = [{ productId: p.id, quantity: 1 }];
    await expect(
      recordSale(db, { customerId: c.id, lines, credit: { amountMinor: 700 } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(recordSale(db, { lines, credit: { amountMinor: 100 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.sales.count()).toBe(0);
  });

  it('is undone with its sale: the entry stays, struck out, and she owes nothing', async () => {
    const c = await adele();
    const sale = await recordSale(db, {
      customerId: c.id,
      lines: [],
      manualTotalMinor: 1000,
      credit: { amountMinor: 400 },
    });
    await deleteSale(db, sale.id);
    expect(await figures(c.id)).toEqual({
      balance: undefined,
      since: undefined,
      promised: undefined,
    });
    const { rows } = await customerLedger(db, c.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.replaced?.how).toBe('voided');
  });

  it('follows an edited sale through a correction, keeping what was paid', async () => {
    const c = await adele();
    const sale = await recordSale(db, {
      customerId: c.id,
      lines: [],
      manualTotalMinor: 1000,
      credit: { amountMinor: 600 },
    });
    await updateSale(db, sale.id, {
      lines: [],
      manualTotalMinor: 1200,
      credit: { amountMinor: 800 },
    });
    expect((await figures(c.id)).balance).toBe(800);
    // Paid in full after all: the credit is struck out, not rewritten.
    await updateSale(db, sale.id, { lines: [], manualTotalMinor: 1200, credit: null });
    expect((await figures(c.id)).balance).toBeUndefined();
    const { rows } = await customerLedger(db, c.id);
    expect(rows.map((r) => r.replaced?.how)).toEqual(['corrected', 'voided']);
    expect(await db.creditEntries.count()).toBe(3);
  });
});

describe('Paiement reçu', () => {
  it('a partial payment leaves the rest owed, and her receipt says both', async () => {
    const c = await adele();
    await addCredit(db, { customerId: c.id, amountMinor: 1500, note: '' });
    const { receipt, customer } = await recordPayment(db, {
      customerId: c.id,
      amountMinor: 1000,
      way: 'wave',
      note: '',
      receipt: true,
    });
    expect(receipt).toBe(true);
    expect((await figures(c.id)).balance).toBe(500);
    // Her card draws the row it hands back at once: it must be the row as committed.
    expect(customer).toEqual(await db.customers.get(c.id));
    const [message] = await db.outbox.toArray();
    expect(message).toMatchObject({ kind: 'recu', customerId: c.id, status: 'pending' });
    expect(message?.text).toBe(
      "Bonjour Adèle, j'ai bien reçu 1\u202f000\u00a0FCFA. Il reste 500\u00a0FCFA à régler. Merci\u202f! Maman Awa",
    );
  });

  it('more than she owes becomes an advance, which her next credit uses', async () => {
    const c = await adele();
    await addCredit(db, { customerId: c.id, amountMinor: 600, note: '' });
    const { customer } = await recordPayment(db, {
      customerId: c.id,
      amountMinor: 800,
      way: 'especes',
      note: '',
      receipt: false,
    });
    expect(await figures(c.id)).toEqual({ balance: -200, since: undefined, promised: undefined });
    expect(customer).toEqual(await db.customers.get(c.id));
    await addCredit(db, { customerId: c.id, amountMinor: 500, note: '' });
    expect((await figures(c.id)).balance).toBe(300);
  });

  it('no receipt for a customer who said no to messages', async () => {
    const c = await adele({ acceptsMessages: false });
    const { receipt } = await recordPayment(db, {
      customerId: c.id,
      amountMinor: 100,
      way: 'especes',
      note: '',
      receipt: true,
    });
    expect(receipt).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a payment for someone not in the notebook (deleted meanwhile) writes nothing', async () => {
    await adele();
    await expect(
      recordPayment(db, {
        customerId: 'gone',
        amountMinor: 100,
        way: 'especes',
        note: '',
        receipt: true,
      }),
    ).rejects.toMatchObject({ key: 'customers.notFound' });
    expect(await db.creditEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a zero or negative amount and writes nothing', async () => {
    expect.assertions(3);
    const c = await adele();
    const input = { customerId: c.id, way: 'especes' as const, note: '', receipt: false };
    await expect(recordPayment(db, { ...input, amountMinor: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(recordPayment(db, { ...input, amountMinor: -5 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.creditEntries.count()).toBe(0);
  });
});

describe('corrections and voids', () => {
  it('a corrected promise moves her "Paiera le"; a struck-out entry cannot be corrected', async () => {
    expect.assertions(3);
    const c = await adele();
    const e = await addCredit(db, {
      customerId: c.id,
      amountMinor: 600,
      dueAt: addDays(Date.now(), 2),
      note: '',
    });
    const later = addDays(Date.now(), 10);
    await correctEntry(
      db,
      { customerId: c.id, lineId: e.lineId },
      {
        amountMinor: 600,
        dueAt: later,
        note: '',
      },
    );
    expect((await figures(c.id)).promised).toBe(later);
    await voidEntry(db, { customerId: c.id, lineId: e.lineId });
    expect((await figures(c.id)).balance).toBeUndefined();
    await expect(
      correctEntry(db, { customerId: c.id, lineId: e.lineId }, { amountMinor: 1, note: '' }),
    ).rejects.toBeInstanceOf(UserError);
  });

  it('a correction that changes nothing writes nothing', async () => {
    const c = await adele();
    const e = await addCredit(db, { customerId: c.id, amountMinor: 600, note: 'tomates' });
    await correctEntry(
      db,
      { customerId: c.id, lineId: e.lineId },
      {
        amountMinor: 600,
        note: ' tomates ',
      },
    );
    expect(await db.creditEntries.count()).toBe(1);
  });
});

describe('reminders', () => {
  it('say what she owes, with the seller’s payment details or without them', async () => {
    const c = await adele();
    await addCredit(db, { customerId: c.id, amountMinor: 600, note: '' });
    await queueReminder(db, c.id);
    await savePaymentDetails(db, 'Wave : 07 07 12 34 56');
    await queueReminder(db, c.id);
    const texts = (await db.outbox.orderBy('createdAt').toArray()).map((m) => m.text);
    expect(texts).toEqual([
      'Bonjour Adèle, petit rappel\u00a0: il reste 600\u00a0FCFA à régler chez Maman Awa. Merci et à bientôt\u202f!',
      'Bonjour Adèle, petit rappel\u00a0: il reste 600\u00a0FCFA à régler chez Maman Awa. Wave\u00a0: 07 07 12 34 56 Merci et à bientôt\u202f!',
    ]);
  });

  it('are refused when she owes nothing', async () => {
    expect.assertions(2);
    const c = await adele();
    await expect(queueReminder(db, c.id)).rejects.toMatchObject({ key: 'credit.nothingOwed' });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('lists', () => {
  it('Crédits: the total, the ages, the promises due on top, then oldest or biggest first', async () => {
    const now = Date.now();
    const [a, b, d] = [
      await adele(),
      await adele({ firstName: 'Bintou', phone: '' }),
      await adele({ firstName: 'Djéné', phone: '' }),
    ];
    await addCredit(db, { customerId: a.id, amountMinor: 300, note: '' }, now - 40 * 86_400_000);
    await addCredit(db, { customerId: b.id, amountMinor: 900, note: '' }, now - 5 * 86_400_000);
    await addCredit(
      db,
      { customerId: d.id, amountMinor: 100, dueAt: startOfDay(now), note: '' },
      now - 70 * 86_400_000,
    );
    const oldest = await creditOverview(db, 'oldest', now);
    expect(oldest.totalMinor).toBe(1300);
    expect(oldest.ages.map((x) => x.totalMinor)).toEqual([900, 300, 100]);
    expect(oldest.due.map((x) => x.firstName)).toEqual(['Djéné']);
    expect(oldest.others.map((x) => x.firstName)).toEqual(['Adèle', 'Bintou']);
    const biggest = await creditOverview(db, 'biggest', now);
    expect(biggest.others.map((x) => x.firstName)).toEqual(['Bintou', 'Adèle']);
    expect(await dueToday(db, now)).toEqual({ count: 1, totalMinor: 100, debtors: 3 });
  });

  it('a deleted customer takes her entries along, leaving tombstones', async () => {
    const c = await adele();
    await addCredit(db, { customerId: c.id, amountMinor: 300, note: '' });
    await deleteCustomer(db, c.id);
    expect(await db.creditEntries.count()).toBe(0);
    expect(
      await db.tombstones
        .where('[table+id]')
        .between(['creditEntries', ''], ['creditEntries', '\uffff'])
        .count(),
    ).toBe(1);
  });
});

describe('a currency changed on purpose', () => {
  it('keeps the entries’ figures in the new unit and rebuilds her balance from them', async () => {
    const c = await adele();
    await addCredit(db, { customerId: c.id, amountMinor: 1500, note: '' });
    await recordPayment(db, {
      customerId: c.id,
      amountMinor: 500,
      way: 'especes',
      note: '',
      receipt: false,
    });
    const seller = {
      sellerName: 'Maman Awa',
      sellerPhone: '',
      marketName: 'Treichville',
      marketDay: 6,
      language: 'fr' as const,
    };
    await saveSeller(db, { ...seller, country: 'MA', changeCurrency: true });
    // 1 500 FCFA becomes 1 500 MAD: 150 000 centimes; what she owes follows from the entries.
    expect((await db.creditEntries.toArray()).map((e) => e.amountMinor).sort()).toEqual([
      150000, 50000,
    ]);
    expect((await figures(c.id)).balance).toBe(100000);
  });
});

describe('elsewhere in the notebook', () => {
  it('À relancer: what was collected this month (corrections counted once), owed, oldest first', async () => {
    const now = new Date(2026, 10, 20, 10).getTime();
    const [a, b] = [await adele(), await adele({ firstName: 'Bintou', phone: '' })];
    await addCredit(db, { customerId: a.id, amountMinor: 1000, note: '' }, now - 40 * 86_400_000);
    await addCredit(db, { customerId: b.id, amountMinor: 500, note: '' }, now - 2 * 86_400_000);
    const pay = (amountMinor: number, at: number) =>
      recordPayment(
        db,
        { customerId: a.id, amountMinor, way: 'especes', note: '', receipt: false },
        at,
      );
    // Last month's payment is not this month's money; a corrected one counts at its new figure.
    await pay(100, new Date(2026, 9, 30, 10).getTime());
    const { entry } = await pay(300, now - 86_400_000);
    await correctEntry(
      db,
      { customerId: a.id, lineId: entry.lineId },
      { amountMinor: 200, note: '' },
      now,
    );
    expect(await creditInsights(db, 5, now)).toMatchObject({
      collectedMonthMinor: 200,
      owedMinor: 1200,
      oldest: [
        { customer: { firstName: 'Adèle' }, balanceMinor: 700 },
        { customer: { firstName: 'Bintou' }, balanceMinor: 500 },
      ],
    });
  });

  it('a payment since the last backup counts as new for the backup reminder', async () => {
    const c = await adele();
    await markBackupDone(db, Date.now() + 1);
    expect((await getBackupStatus(db)).hasNewRecords).toBe(false);
    await recordPayment(
      db,
      { customerId: c.id, amountMinor: 100, way: 'especes', note: '', receipt: false },
      Date.now() + 5,
    );
    expect((await getBackupStatus(db)).hasNewRecords).toBe(true);
  });
});
