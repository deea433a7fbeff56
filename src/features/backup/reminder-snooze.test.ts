// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isPutOff, putOffUntilTomorrow } from './reminder-snooze';

afterEach(() => localStorage.clear());

describe('putting the backup reminder off until tomorrow', () => {
  it('hides it for the rest of the day and brings it back the next morning', () => {
    // 28 November, 18:00 in the phone's own time zone.
    const evening = new Date(2026, 10, 28, 18, 0).getTime();
    expect(isPutOff(evening)).toBe(false);
    putOffUntilTomorrow(evening);
    expect(isPutOff(evening)).toBe(true);
    expect(isPutOff(new Date(2026, 10, 28, 23, 59).getTime())).toBe(true);
    expect(isPutOff(new Date(2026, 10, 29, 0, 0).getTime())).toBe(false);
  });
});
