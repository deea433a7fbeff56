import { describe, expect, it } from 'vitest';
import { UserError } from '../i18n/errors';
import {
  normaliseCustomer,
  normaliseOutbox,
  normaliseProduct,
  normaliseReservation,
  normaliseSale,
  normaliseSettings,
} from './restore-records';

const times = { createdAt: 1, updatedAt: 1 };
const NOW = Date.UTC(2026, 10, 23);

describe('derived keys are rebuilt from a file, never taken from it', () => {
  it('a customer is found by her name, whatever search keys the file carried', () => {
    const c = normaliseCustomer(
      {
        id: 'c1',
        firstName: 'Adèle',
        nickname: 'du quartier Zongo',
        acceptsMessages: true,
        searchWords: ['zzz'],
        nameKey: 'zzz',
        ...times,
      },
      1,
      NOW,
    );
    expect(c.searchWords).toEqual(['adele', 'du', 'quartier', 'zongo']);
    expect(c.nameKey).toBe('adele du quartier zongo');
  });

  it('a product sorts by its name and a sale is found by its lines’ products', () => {
    expect(
      normaliseProduct(
        {
          id: 'p',
          name: 'Piment',
          nameKey: 'x',
          priceMinor: 500,
          unit: 'tas',
          available: true,
          ...times,
        },
        1,
        NOW,
      ).nameKey,
    ).toBe('piment');
    const sale = normaliseSale(
      {
        id: 's',
        at: 1,
        lines: [
          { productId: 'p', name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 1 },
          { productId: 'p', name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 2 },
        ],
        productIds: ['other'],
        totalMinor: 1500,
        manualTotal: false,
        ...times,
      },
      1,
      NOW,
    );
    expect(sale.productIds).toEqual(['p']);
  });
});

describe('the optional words and dates of products and reservations travel in the file', () => {
  const reservation = {
    id: 'r',
    customerId: 'c',
    productId: 'p',
    quantity: 2,
    status: 'waiting',
    ...times,
  };

  it('keeps "pour quand ?", the advance and a product’s gender', () => {
    const r = normaliseReservation(
      { ...reservation, wantedOn: '2026-12-05', advanceMinor: 500 },
      1,
      NOW,
    );
    expect(r.wantedOn).toBe('2026-12-05');
    expect(r.advanceMinor).toBe(500);
    const p = normaliseProduct(
      {
        id: 'p',
        name: 'Gombo',
        priceMinor: 500,
        unit: 'kg',
        available: true,
        gender: 'f',
        ...times,
      },
      1,
      NOW,
    );
    expect(p.gender).toBe('f');
    // Files made before these fields restore as they were.
    expect(normaliseReservation(reservation, 1, NOW)).not.toHaveProperty('wantedOn');
  });

  it('refuses a day that is not on the calendar, or a gender it does not know', () => {
    expect.assertions(3);
    for (const wantedOn of ['2026-02-30', '5 décembre']) {
      try {
        normaliseReservation({ ...reservation, wantedOn }, 3, NOW);
      } catch (error) {
        expect((error as UserError).params).toEqual({ n: 3, field: 'wantedOn' });
      }
    }
    try {
      normaliseProduct(
        { id: 'p', name: 'X', priceMinor: 1, unit: 'kg', available: true, gender: 'n', ...times },
        1,
        NOW,
      );
    } catch (error) {
      expect((error as UserError).params).toEqual({ n: 1, field: 'gender' });
    }
  });
});

describe('v5 fields: channel, opened messages, thank-you expiry', () => {
  const base = { id: 'c1', firstName: 'Ɓinta', acceptsMessages: false, ...times };

  it('keeps her channel apart from her consent, and finds her by her quartier', () => {
    const c = normaliseCustomer({ ...base, channel: 'sms', area: 'Zongo' }, 1, NOW);
    expect(c).toMatchObject({ channel: 'sms', acceptsMessages: false });
    expect(c.searchWords).toEqual(['binta', 'zongo']);
    expect(normaliseCustomer(base, 1, NOW).channel).toBe('whatsapp');
  });

  it('refuses a channel it does not know, naming the field', () => {
    expect.assertions(2);
    try {
      normaliseCustomer({ ...base, channel: 'pigeon' }, 3, NOW);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).params).toEqual({ n: 3, field: 'channel' });
    }
  });

  it('reads a message opened and not yet confirmed, with its channel', () => {
    const m = normaliseOutbox(
      {
        id: 'm1',
        kind: 'merci',
        text: 'Bonjour',
        status: 'opened',
        openedAt: 5,
        via: 'sms',
        ...times,
      },
      1,
      NOW,
    );
    expect(m).toMatchObject({ status: 'opened', openedAt: 5, via: 'sms' });
  });

  it('reads the days before a thank-you expires, within 1 to 30', () => {
    const settings = {
      id: 'seller',
      sellerName: 'Awa',
      country: 'CI',
      currency: 'XOF',
      marketName: 'Treichville',
      marketDay: 6,
      language: 'fr',
      templates: {},
      inactiveDays: 21,
      ...times,
    };
    expect(normaliseSettings({ ...settings, thanksExpireDays: 7 }, 1, NOW).thanksExpireDays).toBe(
      7,
    );
    expect(normaliseSettings(settings, 1, NOW)).not.toHaveProperty('thanksExpireDays');
    expect(() => normaliseSettings({ ...settings, thanksExpireDays: 90 }, 1, NOW)).toThrow(
      UserError,
    );
  });
});
