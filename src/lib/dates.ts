import { intlLocale, type Language } from './languages';
import { frenchAgo } from './french';

export const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * The start of the local day `days` days before (negative) or after `at`'s: calendar days, so a
 * day of 23 or 25 hours (Morocco's Ramadan clock change) still counts as one.
 */
export function startOfDayOffset(at: number, days: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/**
 * The local calendar day an instant falls on, as one number (2026-11-22 → 20261122): "visits" are
 * days with a purchase, counted on the phone's own calendar everywhere.
 */
export function localDay(at: number): number {
  const d = new Date(at);
  return d.getFullYear() * 10_000 + (d.getMonth() + 1) * 100 + d.getDate();
}

export function startOfMonth(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(1);
  return d.getTime();
}

/** Whole calendar days between two instants, in local time. */
export function daysBetween(from: number, to: number): number {
  return Math.round((startOfDay(to) - startOfDay(from)) / DAY_MS);
}

/** ISO date (YYYY-MM-DD) in local time, for file names. */
export function isoDate(at: number): string {
  const d = new Date(at);
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

/** "2026-12-05", a day that exists on the calendar (not 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();
/** One formatter per language: building one costs more than using it, a list shows dozens. */
export function relativeFormat(lang: Language): Intl.RelativeTimeFormat {
  let f = relativeFormats.get(lang);
  if (!f) {
    f = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
    relativeFormats.set(lang, f);
  }
  return f;
}

/** "aujourd'hui", "il y a 3 jours", "il y a 2 semaines". */
export function formatAgo(at: number, lang: Language, now = Date.now()): string {
  const days = daysBetween(at, now);
  if (intlLocale(lang) === 'fr') {
    // The home screen's recent customers, without Intl's French data (see french.ts).
    const unit = days < 14 ? 'day' : days < 60 ? 'week' : 'month';
    const n =
      unit === 'day' ? days : unit === 'week' ? Math.floor(days / 7) : Math.floor(days / 30);
    const text = frenchAgo(n, unit);
    if (text !== null) return text;
  }
  const rtf = relativeFormat(lang);
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.floor(days / 7), 'week');
  return rtf.format(-Math.floor(days / 30), 'month');
}
