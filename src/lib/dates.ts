export const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The first instant of the next calendar day (23 or 25 hours away on a clock change). */
export function startOfNextDay(at: number): number {
  const d = new Date(at);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
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

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, opts);
    timeFormats.set(key, f);
  }
  return f;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
/** One formatter per language: building one costs more than using it, a list shows dozens. */
function relative(lang: string): Intl.RelativeTimeFormat {
  let f = relativeFormats.get(lang);
  if (!f) {
    f = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    relativeFormats.set(lang, f);
  }
  return f;
}

/** A calendar day (YYYY-MM-DD) in words: "samedi 5 décembre", "Saturday 5 December". */
export function formatDay(day: string, lang: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  // Noon: the same day in every time zone, whatever the clock changes.
  return fmt(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(y, m - 1, d, 12),
  );
}

/** "aujourd'hui, 14:05", "hier, 09:12", "12 nov., 10:30", "3 mars 2025". */
export function formatWhen(at: number, lang: string, now = Date.now()): string {
  const days = daysBetween(at, now);
  const time = fmt(lang, { hour: '2-digit', minute: '2-digit' }).format(at);
  if (days === 0 || days === 1) {
    const word = relative(lang).format(-days, 'day');
    return `${word}, ${time}`;
  }
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  if (sameYear) return `${fmt(lang, { day: 'numeric', month: 'short' }).format(at)}, ${time}`;
  return fmt(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** "aujourd'hui", "il y a 3 jours", "il y a 2 semaines". */
export function formatAgo(at: number, lang: string, now = Date.now()): string {
  const days = daysBetween(at, now);
  const rtf = relative(lang);
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.floor(days / 7), 'week');
  return rtf.format(-Math.floor(days / 30), 'month');
}
