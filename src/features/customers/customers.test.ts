import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import { ValidationError } from '../../i18n/errors';
import { customerInput, freshDb } from '../../test/fixtures';
import { createCustomer, deleteCustomer, updateCustomer } from './commands';
import { customerHistory, searchCustomers } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = freshDb();
});
const CI = { country: 'CI' };

describe('createCustomer', () => {
  it('needs only a first name, tidied; any script and emoji are fine', async () => {
    const c = await createCustomer(db, customerInput({ firstName: '  Awa  🌶️ ' }), CI);
    expect(c.firstName).toBe('Awa 🌶️');
    expect(c.acceptsMessages).toBe(true);
    const f = await createCustomer(db, customerInput({ firstName: 'فاطمة' }), CI);
    expect(f.searchWords).toEqual(['فاطمه']);
  });

  it('keeps her channel apart from her consent; a call needs a number', async () => {
    const sms = await createCustomer(
      db,
      customerInput({ firstName: 'Kofi', phone: '07 07 12 34 57', channel: 'sms' }),
      CI,
    );
    expect(sms).toMatchObject({ channel: 'sms', acceptsMessages: true });
    const noWhatsApp = await createCustomer(
      db,
      customerInput({ firstName: 'Ama', channel: 'sms', acceptsMessages: false }),
      CI,
    );
    expect(noWhatsApp).toMatchObject({ channel: 'sms', acceptsMessages: false });
    const call = await createCustomer(db, customerInput({ channel: 'call' }), CI).catch(
      (e: unknown) => e,
    );
    expect((call as ValidationError).fields.channel?.key).toBe('customers.callNeedsNumber');
    expect(await db.customers.count()).toBe(2);
  });

  it('refuses an empty or overlong name and a wrong number, writing nothing', async () => {
    expect.assertions(5);
    await expect(
      createCustomer(db, customerInput({ firstName: '   ' }), CI),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createCustomer(db, customerInput({ firstName: 'A'.repeat(41) }), CI),
    ).rejects.toBeInstanceOf(ValidationError);
    const wrong = await createCustomer(db, customerInput({ phone: '07 07 12' }), CI).catch(
      (e: ValidationError) => e,
    );
    expect(wrong).toBeInstanceOf(ValidationError);
    expect((wrong as ValidationError).fields.phone?.key).toBe('phone.errorShort');
    expect(await db.customers.count()).toBe(0);
  });

  it('stores the number in E.164 and warns when another customer has it', async () => {
    expect.assertions(4);
    const first = await createCustomer(
      db,
      customerInput({ nickname: 'du quartier Zongo', phone: '07 07 12 34 56' }),
      CI,
    );
    expect(first.phone).toBe('+2250707123456');
    const dup = await createCustomer(db, customerInput({ phone: '+225 0707123456' }), CI).catch(
      (e: ValidationError) => e,
    );
    expect((dup as ValidationError).fields.phone).toEqual({
      key: 'customers.duplicatePhone',
      params: { name: 'Adèle (du quartier Zongo)' },
    });
    await createCustomer(db, customerInput({ phone: '0707123456' }), {
      ...CI,
      allowDuplicatePhone: true,
    });
    expect(await db.customers.count()).toBe(2);
    // Editing a customer does not take her own number for a duplicate of someone else's.
    const solo = freshDb();
    const awa = await createCustomer(
      solo,
      customerInput({ firstName: 'Awa', phone: '07 07 12 34 56' }),
      CI,
    );
    await updateCustomer(
      solo,
      awa.id,
      customerInput({ firstName: 'Awa B.', phone: '0707123456' }),
      CI,
    );
    expect((await solo.customers.get(awa.id))?.firstName).toBe('Awa B.');
  });
});

describe('searchCustomers', () => {
  it('is accent-, case- and punctuation-blind, on first name and nickname, by prefix', async () => {
    await createCustomer(
      db,
      customerInput({ firstName: 'Adèle', nickname: 'du quartier Zongo' }),
      CI,
    );
    await createCustomer(
      db,
      customerInput({ firstName: 'ADELE', nickname: 'la dame au foulard bleu' }),
      CI,
    );
    await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    expect((await searchCustomers(db, 'adele')).map((c) => c.nickname).sort()).toEqual([
      'du quartier Zongo',
      'la dame au foulard bleu',
    ]);
    expect((await searchCustomers(db, 'Adé')).length).toBe(2);
    expect((await searchCustomers(db, 'zon')).map((c) => c.firstName)).toEqual(['Adèle']);
    expect((await searchCustomers(db, 'adele foul')).map((c) => c.nickname)).toEqual([
      'la dame au foulard bleu',
    ]);
    expect(await searchCustomers(db, 'bintou')).toEqual([]);
  });

  it('finds the region’s letters from plain ones, Arabic spellings, and names with ’', async () => {
    await createCustomer(db, customerInput({ firstName: 'Ɓinta', nickname: 'Ɗiallo' }), CI);
    await createCustomer(db, customerInput({ firstName: 'Ŋɔnɔ' }), CI);
    await createCustomer(db, customerInput({ firstName: 'N’Guessan' }), CI);
    await createCustomer(db, customerInput({ firstName: 'فاطمة' }), CI);
    await createCustomer(db, customerInput({ firstName: 'أحمد' }), CI);
    const names = async (q: string) => (await searchCustomers(db, q)).map((c) => c.firstName);
    expect(await names('binta dia')).toEqual(['Ɓinta']);
    expect(await names('ɓin')).toEqual(['Ɓinta']);
    expect(await names('nono')).toEqual(['Ŋɔnɔ']);
    expect(await names("n'guess")).toEqual(['N’Guessan']);
    expect(await names('guessan')).toEqual(['N’Guessan']);
    expect(await names('فاطمه')).toEqual(['فاطمة']);
    expect(await names('احمد')).toEqual(['أحمد']);
  });

  it('finds a customer by her quartier', async () => {
    await createCustomer(db, customerInput({ firstName: 'Awa', area: 'Treichville' }), CI);
    await createCustomer(db, customerInput({ firstName: 'Fatou', area: 'Adjamé' }), CI);
    expect((await searchCustomers(db, 'adja')).map((c) => c.firstName)).toEqual(['Fatou']);
    expect((await searchCustomers(db, 'awa treich')).map((c) => c.firstName)).toEqual(['Awa']);
  });

  it('finds a customer by the digits of her number, as the seller types it', async () => {
    await createCustomer(
      db,
      customerInput({ firstName: 'Awa', phone: '07 07 12 34 56', nickname: 'maison 2' }),
      CI,
    );
    await createCustomer(
      db,
      customerInput({ firstName: 'Koffi', phone: '+229 01 97 12 34 56' }),
      CI,
    );
    await createCustomer(db, customerInput({ firstName: 'Yao', phone: '05 05 12 34 56' }), CI);
    const names = async (q: string) =>
      (await searchCustomers(db, q, 30, 'CI')).map((c) => c.firstName).sort();
    expect(await names('0707')).toEqual(['Awa']);
    expect(await names('07 07 12 34')).toEqual(['Awa']);
    expect(await names('٠٧٠٧')).toEqual(['Awa']);
    expect(await names('+225 05')).toEqual(['Yao']);
    expect(await names('+229 0197')).toEqual(['Koffi']);
    expect(await names('229 01')).toEqual(['Koffi']);
    expect(await names('awa 07')).toEqual(['Awa']);
    expect(await names('yao 07')).toEqual([]);
    // A digit in a nickname is found as before.
    expect(await names('2')).toEqual(['Awa']);
    expect(await names('0808')).toEqual([]);
  });

  it('finds no one for a query with no letter or digit, and lists recent people for none', async () => {
    await createCustomer(db, customerInput({ firstName: 'Awa 🌶️' }), CI);
    expect(await searchCustomers(db, '🌶️')).toEqual([]);
    expect(await searchCustomers(db, ' ?! ')).toEqual([]);
    expect((await searchCustomers(db, '  ')).map((c) => c.firstName)).toEqual(['Awa 🌶️']);
  });

  it('puts the people seen most recently first', async () => {
    const old = await createCustomer(db, customerInput({ firstName: 'Aminata' }), CI);
    await createCustomer(db, customerInput({ firstName: 'Amina' }), CI);
    await db.customers.update(old.id, { lastSeenAt: Date.now() + 1000 });
    expect((await searchCustomers(db, 'ami')).map((c) => c.firstName)).toEqual([
      'Aminata',
      'Amina',
    ]);
  });
});

describe('searchCustomers with many matches', () => {
  it('reads only the most recently seen of them, newest first', async () => {
    const now = Date.now();
    for (let i = 0; i < 40; i++) {
      const c = await createCustomer(
        db,
        customerInput({ firstName: `Aminata`, nickname: `n°${i}` }),
        CI,
      );
      await db.customers.update(c.id, { lastSeenAt: now - i * 60_000 });
    }
    await createCustomer(db, customerInput({ firstName: 'Bintou' }), CI);
    const found = await searchCustomers(db, 'ami', 5);
    expect(found.map((c) => c.nickname)).toEqual(['n°0', 'n°1', 'n°2', 'n°3', 'n°4']);
    expect((await searchCustomers(db, 'aminata n 3', 50)).map((c) => c.nickname).sort()).toEqual(
      [
        'n°3',
        'n°30',
        'n°31',
        'n°32',
        'n°33',
        'n°34',
        'n°35',
        'n°36',
        'n°37',
        'n°38',
        'n°39',
      ].sort(),
    );
  });

  it('sees at once who was just seen, though the recency order is kept between keystrokes', async () => {
    const now = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const c = await createCustomer(
        db,
        customerInput({ firstName: 'Awa', nickname: `n°${i}` }),
        CI,
      );
      await db.customers.update(c.id, { lastSeenAt: now - (i + 1) * 60_000 });
      ids.push(c.id);
    }
    expect((await searchCustomers(db, 'aw', 3)).map((c) => c.nickname)).toEqual([
      'n°0',
      'n°1',
      'n°2',
    ]);
    // The least recent comes back to the stall: the next keystroke must put her first.
    await db.customers.update(ids[11] ?? '', { lastSeenAt: now });
    expect((await searchCustomers(db, 'awa', 3)).map((c) => c.nickname)).toEqual([
      'n°11',
      'n°0',
      'n°1',
    ]);
  });
});

describe('deleteCustomer', () => {
  it('keeps her sales and gifts in the totals, without a name, in one go', async () => {
    const c = await createCustomer(db, customerInput(), CI);
    const other = await createCustomer(
      db,
      customerInput({ firstName: 'Bintou', recommendedById: c.id }),
      CI,
    );
    const now = Date.now();
    await db.sales.add({
      id: 's1',
      customerId: c.id,
      at: now,
      lines: [],
      totalMinor: 500,
      manualTotal: true,
      productIds: [],
      createdAt: now,
      updatedAt: now,
    });
    await db.gifts.add({
      id: 'g1',
      customerId: c.id,
      at: now,
      what: 'arachide',
      reason: 'fidelite',
      createdAt: now,
      updatedAt: now,
    });
    await deleteCustomer(db, c.id);
    expect(await db.customers.get(c.id)).toBeUndefined();
    expect((await db.sales.get('s1'))?.customerId).toBeUndefined();
    expect((await db.sales.get('s1'))?.totalMinor).toBe(500);
    expect((await db.gifts.get('g1'))?.customerId).toBeUndefined();
    expect((await db.customers.get(other.id))?.recommendedById).toBeUndefined();
  });
});

describe('customer card', () => {
  it('sums visits by day, spending and gifts, and lists history newest first', async () => {
    const c = await createCustomer(db, customerInput(), CI);
    const day = 24 * 3600 * 1000;
    const t0 = Date.UTC(2026, 10, 1, 9);
    const sale = (id: string, at: number, total: number) =>
      db.sales.add({
        id,
        customerId: c.id,
        at,
        lines: [],
        totalMinor: total,
        manualTotal: true,
        productIds: [],
        createdAt: at,
        updatedAt: at,
      });
    await sale('a', t0, 500);
    await sale('b', t0 + 3600_000, 1000);
    await sale('c', t0 + 2 * day, 250);
    await db.gifts.add({
      id: 'g',
      customerId: c.id,
      at: t0 + day,
      what: 'mangue',
      reason: 'fidelite',
      valueMinor: 200,
      createdAt: t0,
      updatedAt: t0,
    });
    const history = await customerHistory(db, c.id);
    expect(history.summary).toMatchObject({
      visits: 2,
      totalSpentMinor: 1750,
      lastVisitAt: t0 + 2 * day,
      giftCount: 1,
      giftValueMinor: 200,
    });
    expect(history.entries.map((e) => (e.kind === 'sale' ? e.sale.id : e.gift.id))).toEqual([
      'c',
      'g',
      'b',
      'a',
    ]);
  });

  it('counts a gift as a visit in "Dernière visite", even with no sale yet', async () => {
    const c = await createCustomer(db, customerInput(), CI);
    expect((await customerHistory(db, c.id)).summary.lastVisitAt).toBeUndefined();
    const at = Date.UTC(2026, 10, 22, 10);
    await db.gifts.add({
      id: 'g',
      customerId: c.id,
      at,
      what: 'un piment en plus',
      reason: 'fidelite',
      createdAt: at,
      updatedAt: at,
    });
    expect((await customerHistory(db, c.id)).summary).toMatchObject({ lastVisitAt: at, visits: 0 });
  });
});

describe('a gift given just after a sale', () => {
  it('goes with that sale for a quarter of an hour', async () => {
    const c = await createCustomer(db, customerInput(), CI);
    const at = Date.UTC(2026, 10, 22, 10);
    await db.sales.add({
      id: 's',
      customerId: c.id,
      at,
      lines: [],
      productIds: [],
      totalMinor: 500,
      manualTotal: true,
      createdAt: at,
      updatedAt: at,
    });
    expect((await customerHistory(db, c.id, at + 5 * 60_000)).recentSaleId).toBe('s');
    expect((await customerHistory(db, c.id, at + 30 * 60_000)).recentSaleId).toBeUndefined();
  });
});
