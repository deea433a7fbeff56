import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../lib/dates';
import { ageBucketer } from './lists';

const DAY = 86_400_000;

describe('the ages of the debts (0–30, 31–60, over 60 days)', () => {
  it('put each debt where counting its calendar days would, on the edges too, in any time zone', () => {
    const now = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
    // Around the two edges, to the minute, and anywhere in the last 200 days.
    const back = fc.oneof(
      fc.integer({ min: 29 * DAY, max: 32 * DAY }),
      fc.integer({ min: 59 * DAY, max: 62 * DAY }),
      fc.integer({ min: -DAY, max: 200 * DAY }),
    );
    fc.assert(
      fc.property(now, back, (at, ago) => {
        const since = at - ago;
        const days = daysBetween(since, at);
        expect(ageBucketer(at)(since)).toBe(days > 60 ? 61 : days > 30 ? 31 : 0);
      }),
      { numRuns: 2000 },
    );
  });
});
