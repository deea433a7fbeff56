/**
 * Dates and lists written out in full ("hier, 14:05", "3 novembre 2026", "tas, sac et botte"), for
 * the screens past the first: apart from dates.ts, which the first screen loads. French needs no
 * Intl (french.ts): the first DateTimeFormat of a fresh page costs a slow phone's first card.
 */
import { daysBetween, relativeFormat } from './dates';
import { frenchAgo, frenchDate, frenchList, type DateStyle } from './french';
import { intlLocale, type Language } from './languages';

/** The Intl options of each style: what french.ts writes without Intl (its test checks each). */
export const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  dayTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  dayShortYear: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  weekdayDayMonth: { weekday: 'long', day: 'numeric', month: 'long' },
};

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), DATE_STYLES[style]);
    timeFormats.set(key, f);
  }
  return f;
}

/** `at` in one of the styles, in the language's words. */
function write(at: number | Date, lang: Language, style: DateStyle): string {
  return (intlLocale(lang) === 'fr' ? frenchDate(at, style) : null) ?? fmt(lang, style).format(at);
}

const joiners = new Map<Language, string>();
/** What the language writes between a day and a time: ", " in French and English, "، " in Arabic. */
function dayTimeJoiner(lang: Language): string {
  if (intlLocale(lang) === 'fr') return ', ';
  let j = joiners.get(lang);
  if (j === undefined) {
    const parts = fmt(lang, 'dayTime').formatToParts(0);
    const hour = parts.findIndex((p) => p.type === 'hour');
    const before = parts[hour - 1];
    j = before?.type === 'literal' ? before.value : ', ';
    joiners.set(lang, j);
  }
  return j;
}

/** "aujourd'hui, 14:05", "hier, 09:12", "12 nov., 10:30", "3 mars 2025". */
export function formatWhen(at: number, lang: Language, now = Date.now()): string {
  const days = daysBetween(at, now);
  if (days === 0 || days === 1) {
    const word =
      (intlLocale(lang) === 'fr' ? frenchAgo(days, 'day') : null) ??
      relativeFormat(lang).format(-days, 'day');
    return `${word}${dayTimeJoiner(lang)}${write(at, lang, 'time')}`;
  }
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return write(at, lang, sameYear ? 'dayTime' : 'dayShortYear');
}

/** A calendar day (YYYY-MM-DD) in words: "samedi 5 décembre", "Saturday 5 December". */
export function formatCalendarDay(day: string, lang: Language): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  // Noon: the same day in every time zone, whatever the clock changes.
  return write(new Date(y, m - 1, d, 12), lang, 'weekdayDayMonth');
}

/** "3 novembre 2026" (`long`), "3 novembre" (`dayMonth`). */
export function formatDate(at: number, lang: Language, style: 'long' | 'dayMonth'): string {
  return write(at, lang, style === 'long' ? 'dayMonthYear' : 'dayMonth');
}

/** A day as the credit book says it: "3 novembre", or "3 novembre 2025" outside this year. */
export function formatDay(at: number, lang: Language, now = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return formatDate(at, lang, sameYear ? 'dayMonth' : 'long');
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** "tas de piment, sac d'oignons et botte de menthe": the language's own "and" and commas. */
export function formatList(items: string[], lang: Language): string {
  if (intlLocale(lang) === 'fr') return frenchList(items);
  // One formatter per language: a card formats a list on every sale row it draws.
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' });
    listFormats.set(lang, f);
  }
  return f.format(items);
}
