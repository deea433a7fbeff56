import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  frenchAgo,
  frenchDate,
  frenchList,
  frenchPlural,
  frenchWeekday,
  frenchWhole,
  type DateStyle,
} from './french';
import { DATE_STYLES } from './when';

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

  it('write dates as Intl does, in the phone’s time zone', () => {
    const check = (at: number) => {
      for (const [style, opts] of Object.entries(DATE_STYLES) as [
        DateStyle,
        Intl.DateTimeFormatOptions,
      ][])
        expect(frenchDate(at, style)).toBe(new Intl.DateTimeFormat('fr', opts).format(at));
    };
    // Every day of one year (each month, weekday, 1 to 31) at a morning and an evening time.
    for (let day = 0; day < 366; day++) {
      check(new Date(2026, 0, 1 + day, 0, 0).getTime());
      check(new Date(2026, 0, 1 + day, 23, 59).getTime());
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 1, 1), max: Date.UTC(9999, 10, 30) }), (at) => {
        check(at);
      }),
      { numRuns: 2000 },
    );
  });

  it('leave dates Intl writes otherwise to Intl', () => {
    for (const at of [new Date(999, 5, 1).getTime(), Date.UTC(10_000, 5, 1), NaN])
      expect(frenchDate(at, 'dayMonthYear')).toBeNull();
  });

  it('name weekdays as Intl does', () => {
    const intl = new Intl.DateTimeFormat('fr', { weekday: 'long', timeZone: 'UTC' });
    for (let day = 0; day < 7; day++)
      expect(frenchWeekday(day)).toBe(intl.format(Date.UTC(1970, 0, 4 + day, 12)));
    expect(frenchWeekday(7)).toBeNull();
  });

  it('join lists as Intl does', () => {
    const intl = new Intl.ListFormat('fr', { type: 'conjunction' });
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 6 }), (items) => {
        expect(frenchList(items)).toBe(intl.format(items));
      }),
    );
  });
});
