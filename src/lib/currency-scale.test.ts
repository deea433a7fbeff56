import { describe, expect, it } from 'vitest';
import { scaleAmounts, scaler } from './currency-scale';

describe('figures kept in another currency', () => {
  it('scales every amount a row holds, and only those', () => {
    const up = scaler(0, 2);
    const sale = { totalMinor: 1500, lines: [{ unitPriceMinor: 500, quantity: 3 }], at: 7 };
    expect(scaleAmounts('sales', sale, up)).toBe(true);
    expect(sale).toEqual({
      totalMinor: 150_000,
      lines: [{ unitPriceMinor: 50_000, quantity: 3 }],
      at: 7,
    });
    const reservation = { advanceMinor: 200, quantity: 1 };
    expect(scaleAmounts('reservations', reservation, up)).toBe(true);
    expect(reservation).toEqual({ advanceMinor: 20_000, quantity: 1 });
    const gift = { what: 'Piment' };
    expect(scaleAmounts('gifts', gift, up)).toBe(false);
    expect(gift).toEqual({ what: 'Piment' });
    expect(scaleAmounts('customers', { firstName: 'Awa' }, up)).toBe(false);
  });

  it('rounds to the fewer decimals, and never brings a credit entry to nothing', () => {
    const down = scaler(2, 0);
    const entry = { amountMinor: 40 };
    scaleAmounts('creditEntries', entry, down);
    expect(entry.amountMinor).toBe(1);
    const product = { priceMinor: 12_345 };
    scaleAmounts('products', product, down);
    expect(product.priceMinor).toBe(123);
  });

  it('leaves what is not a number for the checks that refuse it', () => {
    const doc: Record<string, unknown> = { totalMinor: '1500', lines: 'x' };
    scaleAmounts('sales', doc, scaler(0, 2));
    expect(doc).toEqual({ totalMinor: '1500', lines: 'x' });
  });
});
