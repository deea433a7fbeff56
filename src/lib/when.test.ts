import { describe, expect, it } from 'vitest';
import { formatAgo } from './dates';
import { intlLocale } from './languages';
import { formatDate, formatList, formatWhen } from './when';

// Local noon, whatever the time zone the tests run in (TZ=Pacific/Auckland, Africa/Casablanca…).
const at = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const now = at(2026, 11, 28, 18);
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/;

describe('dates in the seller’s language', () => {
  it('say yesterday and a day of the year in French, as before', () => {
    expect(formatWhen(at(2026, 11, 27, 14, 5), 'fr', now)).toBe('hier, 14:05');
    expect(formatWhen(at(2026, 3, 3, 9, 30), 'fr', now)).toBe('3 mars, 09:30');
    expect(formatAgo(at(2026, 11, 25), 'fr', now)).toBe('il y a 3 jours');
  });

  it('write Arabic with Latin digits, a 24-hour clock and the Arabic comma', () => {
    const yesterday = formatWhen(at(2026, 11, 27, 14, 5), 'ar', now);
    expect(yesterday).toBe('أمس، 14:05');
    const march = formatWhen(at(2026, 3, 3, 9, 30), 'ar', now);
    expect(march).toContain('3');
    expect(march).toContain('، 09:30');
    expect(formatAgo(at(2026, 11, 25), 'ar', now)).toBe('قبل 3 أيام');
    expect(formatAgo(at(2026, 11, 10), 'ar', now)).toBe('قبل أسبوعين');
    expect(formatDate(at(2026, 11, 3), 'ar', 'long')).toMatch(/^3 .+ 2026$/);
    for (const text of [yesterday, march, formatDate(at(2025, 1, 9), 'ar', 'long')])
      expect(text).not.toMatch(ARABIC_INDIC);
  });

  it('join a list with the language’s own "and"', () => {
    expect(formatList(['2 tas piment', '1 sac oignon'], 'fr')).toBe('2 tas piment et 1 sac oignon');
    expect(formatList(['2 kg طماطم', '1 كيس بصل'], 'ar')).toBe('2 kg طماطم و1 كيس بصل');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
  });
});

describe('the Arabic locale', () => {
  it('asks for Latin digits and a 24-hour clock outright, not by the browser’s default', () => {
    // Recent ICU writes Latin digits for plain "ar", the Chrome of many Android Go phones does not.
    const locale = new Intl.Locale(intlLocale('ar'));
    expect(locale.numberingSystem).toBe('latn');
    expect(locale.hourCycle).toBe('h23');
    expect(new Intl.NumberFormat(intlLocale('ar')).format(1500)).toBe('1,500');
    expect(new Intl.NumberFormat('ar-u-nu-arab').format(1500)).toMatch(ARABIC_INDIC);
  });
});
