/**
 * What Intl writes in French for the first screen's figures, without Intl: the first French
 * NumberFormat, PluralRules or RelativeTimeFormat of a fresh page loads the locale's data, about
 * 80 ms of the home screen's first render on a slow phone. Only what is plain (whole numbers,
 * days, weeks, months ago); anything else returns null and goes through Intl. french.test.ts
 * checks every answer against Intl itself.
 */

/** "1 234 567": groups of three digits with a narrow no-break space, as Intl's `fr`. */
export function frenchWhole(n: number): string | null {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '\u202f');
  return n < 0 ? `-${digits}` : digits;
}

/** Intl.PluralRules('fr') for a whole count: 0 and 1 are "one", whole millions "many". */
export function frenchPlural(n: number): Intl.LDMLPluralRule | null {
  if (!Number.isSafeInteger(n) || n < 0) return null;
  if (n < 2) return 'one';
  return n % 1_000_000 === 0 ? 'many' : 'other';
}

const AGO = {
  day: ['aujourd’hui', 'hier', 'avant-hier', 'jours'],
  week: ['cette semaine', 'la semaine dernière', null, 'semaines'],
  month: ['ce mois-ci', 'le mois dernier', null, 'mois'],
} as const;

/** Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(-n, unit), for n whole and ≥ 0. */
export function frenchAgo(n: number, unit: keyof typeof AGO): string | null {
  const words = AGO[unit];
  const count = frenchWhole(n);
  if (count === null || n < 0) return null;
  const word = n < 3 ? words[n] : null;
  return word ?? `il y a ${count} ${words[3]}`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;
const MONTHS_SHORT = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

/**
 * The Intl.DateTimeFormat('fr') options her card, Crédits and the lists write dates with, by
 * name. `time`: hour and minute, 2-digit; `dayTime`: day, short month, time; `dayShortYear`: day,
 * short month, year; `dayMonth`: day, long month; `dayMonthYear`: with the year; `weekdayDayMonth`:
 * weekday, day, long month.
 */
export type DateStyle =
  'time' | 'dayTime' | 'dayShortYear' | 'dayMonth' | 'dayMonthYear' | 'weekdayDayMonth';

/**
 * What Intl.DateTimeFormat('fr', …) writes for `at` in the phone's time zone ("12 nov., 10:30",
 * "3 novembre 2026", "samedi 5 décembre"), without Intl: a fresh page's first DateTimeFormat loads
 * the locale's calendar data, about 130 ms of the first card drawn on a slow phone. Years outside
 * 1000–9999 (which Intl writes with eras or fewer digits) return null and go through Intl.
 */
export function frenchDate(at: number | Date, style: DateStyle): string | null {
  const d = new Date(at);
  const year = d.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getHours())}:${two(d.getMinutes())}`;
  const day = d.getDate();
  const month = d.getMonth();
  switch (style) {
    case 'time':
      return time;
    case 'dayTime':
      return `${day} ${MONTHS_SHORT[month]}, ${time}`;
    case 'dayShortYear':
      return `${day} ${MONTHS_SHORT[month]} ${year}`;
    case 'dayMonth':
      return `${day} ${MONTHS[month]}`;
    case 'dayMonthYear':
      return `${day} ${MONTHS[month]} ${year}`;
    case 'weekdayDayMonth':
      return `${WEEKDAYS[d.getDay()]} ${day} ${MONTHS[month]}`;
  }
}

/** Intl.DateTimeFormat('fr', { weekday: 'long' }) of a weekday (0 is Sunday, as getDay()). */
export function frenchWeekday(day: number): string | null {
  return WEEKDAYS[day] ?? null;
}

/** Intl.ListFormat('fr', { type: 'conjunction' }): "a", "a et b", "a, b et c". */
export function frenchList(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
