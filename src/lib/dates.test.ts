/**
 * Runs under several time zones (see ZONED_TESTS in vite.config.ts): West Africa at UTC+0 and
 * UTC+1, Morocco with its Ramadan clock change, and New Zealand far from UTC.
 */
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isoDate,
  localDay,
  startOfDay,
  startOfDayOffset,
  startOfMonth,
} from './dates';

describe('the phone’s calendar', () => {
  it('runs in the time zone it was started in', () => {
    // The zoned projects set TZ before the test process starts: check it took.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (process.env.TZ) expect(zone).toBe(process.env.TZ);
  });

  it('names a day by its local date, midnight to midnight', () => {
    const early = new Date(2026, 10, 20, 0, 0, 1).getTime();
    const late = new Date(2026, 10, 20, 23, 59, 59).getTime();
    expect(localDay(early)).toBe(20261120);
    expect(localDay(late)).toBe(20261120);
    expect(localDay(late + 2000)).toBe(20261121);
    expect(startOfDay(late)).toBe(new Date(2026, 10, 20).getTime());
    expect(isoDate(late)).toBe('2026-11-20');
  });

  it('counts calendar days across a clock change (Morocco before and after Ramadan 2026)', () => {
    // 15 February and 29 March 2026 straddle Morocco's Ramadan change of clocks.
    const before = new Date(2026, 1, 15, 12).getTime();
    const after = new Date(2026, 2, 29, 12).getTime();
    expect(daysBetween(before, after)).toBe(42);
    expect(startOfDayOffset(after, -42)).toBe(new Date(2026, 1, 15).getTime());
    expect(localDay(startOfDayOffset(after, -42))).toBe(20260215);
  });

  it('starts the month on the 1st at local midnight', () => {
    expect(startOfMonth(new Date(2026, 10, 1, 0, 30).getTime())).toBe(
      new Date(2026, 10, 1).getTime(),
    );
    expect(startOfMonth(new Date(2026, 10, 30, 23, 30).getTime())).toBe(
      new Date(2026, 10, 1).getTime(),
    );
  });
});
