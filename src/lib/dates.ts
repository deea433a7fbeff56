export const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
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

/** The local midnight `n` calendar days after `at`'s day (daylight saving cannot shift it). */
export function addDays(at: number, n: number): number {
  const d = new Date(startOfDay(at));
  d.setDate(d.getDate() + n);
  return d.getTime();
}

/** The next market day strictly after `at`'s day (0 = Sunday … 6, as Date#getDay); -1: tomorrow. */
export function nextMarketDay(at: number, marketDay: number): number {
  if (marketDay < 0 || marketDay > 6) return addDays(at, 1);
  const ahead = (marketDay - new Date(at).getDay() + 7) % 7 || 7;
  return addDays(at, ahead);
}

/** "3 novembre", or "3 novembre 2025" outside this year. */
export function formatDay(at: number, lang: string, now = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return fmt(lang, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
}

/** An <input type="date"> value (isoDate writes one) as its local midnight; null if invalid. */
export function parseDayInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) || d.getDate() !== Number(m[3]) ? null : d.getTime();
}
