import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frenchAgo, frenchPlural, frenchWhole } from './french';

describe('French figures without Intl', () => {
  it('write whole numbers as Intl does', () => {
    const intl = new Intl.NumberFormat('fr', { maximumFractionDigits: 0 });
    const check = (n: number) => expect(frenchWhole(n)).toBe(intl.format(n));
    for (const n of [0, 1, 999, 1000, 12_345, 999_999, 1_000_000, -1, -1234, -1_000_000]) check(n);
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (n) => {
          check(n);
        },
      ),
    );
  });

  it('leave what is not a plain whole number to Intl', () => {
    for (const n of [1.5, -0, NaN, Infinity, 2 ** 60]) expect(frenchWhole(n)).toBeNull();
  });

  it('choose the plural form Intl chooses', () => {
    const rules = new Intl.PluralRules('fr');
    for (const n of [0, 1, 2, 3, 999_999, 1_000_000, 2_000_000, 1_000_001, 10 ** 9])
      expect(frenchPlural(n)).toBe(rules.select(n));
    fc.assert(
      fc.property(fc.nat({ max: 50_000_000 }), (n) => {
        expect(frenchPlural(n)).toBe(rules.select(n));
      }),
    );
    expect(frenchPlural(1.5)).toBeNull();
  });

  it('say how long ago as Intl does', () => {
    const rtf = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
    for (const unit of ['day', 'week', 'month'] as const)
      for (let n = 0; n < 1200; n++) expect(frenchAgo(n, unit)).toBe(rtf.format(-n, unit));
  });
});
