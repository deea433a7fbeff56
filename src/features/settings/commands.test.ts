import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type AssohDB } from '../../db/db';
import { ValidationError } from '../../i18n/errors';
import type { Product } from '../../lib/domain';
import { saveSeller, type SellerInput } from './commands';
import { getSettings } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = createDb(`settings-${crypto.randomUUID()}`);
});

const awa: SellerInput = {
  sellerName: '  Maman   Awa ',
  sellerPhone: '07 07 12 34 56',
  country: 'CI',
  marketName: 'Treichville',
  marketDay: 6,
  language: 'fr',
};

/** A product at 1 500 in the notebook's minor units, last written at `at`. */
const piment = (at: number): Product => ({
  id: 'p',
  name: 'Piment',
  nameKey: 'piment',
  priceMinor: 1500,
  unit: 'tas',
  available: true,
  createdAt: at,
  updatedAt: at,
});

describe('saveSeller', () => {
  it('stores tidy text, the number in E.164 and the country’s currency', async () => {
    await saveSeller(db, awa);
    expect(await getSettings(db)).toMatchObject({
      sellerName: 'Maman Awa',
      sellerPhone: '+2250707123456',
      currency: 'XOF',
      marketDay: 6,
      inactiveDays: 21,
    });
    await saveSeller(db, { ...awa, country: 'MA', sellerPhone: '06 12 34 56 78' });
    expect(await getSettings(db)).toMatchObject({ currency: 'MAD', sellerPhone: '+212612345678' });
  });

  it('refuses an empty name and a wrong number, and changes nothing', async () => {
    expect.assertions(4);
    await saveSeller(db, awa);
    const before = await getSettings(db);
    const attempt = saveSeller(db, { ...awa, sellerName: '   ', sellerPhone: '12' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await attempt.catch((e: ValidationError) => {
      expect(Object.keys(e.fields).sort()).toEqual(['sellerName', 'sellerPhone']);
      expect(e.fields.sellerName?.key).toBe('setup.errorName');
    });
    expect(await getSettings(db)).toEqual(before);
  });

  it('refuses a country it does not know', async () => {
    expect.assertions(2);
    await expect(saveSeller(db, { ...awa, country: 'XX' })).rejects.toBeInstanceOf(ValidationError);
    expect(await getSettings(db)).toBeNull();
  });

  it('keeps the notebook’s currency once something is recorded, unless asked (figures kept)', async () => {
    await saveSeller(db, awa);
    await db.products.add(piment(1));
    // Morocco chosen: the dialling code changes, the currency stays (1 500 FCFA is not 15 MAD).
    await saveSeller(db, { ...awa, country: 'MA', sellerPhone: '06 12 34 56 78' });
    expect(await getSettings(db)).toMatchObject({ country: 'MA', currency: 'XOF' });
    expect((await db.products.get('p'))?.priceMinor).toBe(1500);
    // Asked for: the figures stay as typed, in the new currency's minor units (1 500,00 MAD).
    await saveSeller(db, { ...awa, country: 'MA', sellerPhone: '', changeCurrency: true });
    expect(await getSettings(db)).toMatchObject({ currency: 'MAD' });
    expect((await db.products.get('p'))?.priceMinor).toBe(150_000);
  });

  it('stamps every row it rescales after its own version, even one written by a clock ahead', async () => {
    await saveSeller(db, awa);
    // A price set on another phone whose clock runs five minutes ahead of this one.
    const ahead = Date.now() + 5 * 60_000;
    await db.products.add(piment(ahead));
    await saveSeller(db, { ...awa, country: 'MA', sellerPhone: '', changeCurrency: true });
    // The rescaled price is the newer version: a merge keeps it, not the price in francs.
    const product = await db.products.get('p');
    expect(product?.priceMinor).toBe(150_000);
    expect(product?.updatedAt).toBeGreaterThan(ahead);
  });
});
