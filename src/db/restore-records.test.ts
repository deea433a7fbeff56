import { describe, expect, it } from 'vitest';
import { normaliseCustomer, normaliseProduct, normaliseSale } from './restore-records';

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
