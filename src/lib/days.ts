/**
 * Calendar days for promises ("Paiera le …"): local midnights, so a day stays the day the seller
 * picked whatever the clock's time. Apart from dates.ts, which the first screen loads.
 */
import { isoDate, startOfDay } from './dates';

export { isoDate };

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

/** An <input type="date"> value (isoDate writes one) as its local midnight; null if invalid. */
export function parseDayInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) || d.getDate() !== Number(m[3]) ? null : d.getTime();
}
