import { describe, expect, it } from 'vitest';
import { expiryOf, thanksCutoff } from './outbox-age';
import { mangoRow } from '../test/fixtures';

/** Local dates, whatever TZ the tests run in (Pacific/Auckland, Africa/Casablanca…). */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const product = (available: boolean) => mangoRow(available, { id: 'p' });

describe('a thank-you ages by calendar days on the phone’s own calendar', () => {
  // Saturday 7 March 2026, late in the afternoon.
  const saturday = at(2026, 3, 7, 17);
  const thanks = { kind: 'merci' as const, status: 'pending' as const, createdAt: saturday };

  it('still goes on Tuesday with 3 days, and is out of date from Wednesday', () => {
    expect(expiryOf(thanks, undefined, thanksCutoff(at(2026, 3, 10, 23)))).toBeNull();
    expect(expiryOf(thanks, undefined, thanksCutoff(at(2026, 3, 11, 0)))).toBe('old-thanks');
    expect(expiryOf(thanks, undefined, thanksCutoff(at(2026, 3, 11, 9), 7))).toBeNull();
    expect(expiryOf(thanks, undefined, thanksCutoff(at(2026, 3, 8, 9), 1))).toBeNull();
    expect(expiryOf(thanks, undefined, thanksCutoff(at(2026, 3, 9, 9), 1))).toBe('old-thanks');
  });

  it('holds across a change of clock (Morocco’s Ramadan hour, New Zealand’s summer time)', () => {
    // Around 5 April 2026 (Auckland ends summer time) and Morocco's spring change.
    for (const [made, valid, late] of [
      [at(2026, 4, 4, 20), at(2026, 4, 7, 23), at(2026, 4, 8, 1)],
      [at(2026, 2, 14, 8), at(2026, 2, 17, 22), at(2026, 2, 18, 0)],
    ] as const) {
      const m = { ...thanks, createdAt: made };
      expect(expiryOf(m, undefined, thanksCutoff(valid))).toBeNull();
      expect(expiryOf(m, undefined, thanksCutoff(late))).toBe('old-thanks');
    }
  });

  it('ages only thank-yous still waiting; other kinds keep', () => {
    const cutoff = thanksCutoff(at(2026, 4, 1));
    expect(expiryOf({ ...thanks, status: 'opened' }, undefined, cutoff)).toBeNull();
    expect(expiryOf({ ...thanks, status: 'sent' }, undefined, cutoff)).toBeNull();
    expect(expiryOf({ ...thanks, kind: 'nouvelles' }, undefined, cutoff)).toBeNull();
  });
});

describe('a "réservation prête" is out of date while its product is not available', () => {
  const ready = {
    kind: 'reservation' as const,
    status: 'pending' as const,
    createdAt: at(2026, 3, 7),
    productId: 'p',
  };
  const cutoff = thanksCutoff(at(2026, 3, 8));
  it('goes while the product is on the stall, waits in Expirés when it is not or is gone', () => {
    expect(expiryOf(ready, product(true), cutoff)).toBeNull();
    expect(expiryOf(ready, product(false), cutoff)).toBe('unavailable');
    expect(expiryOf(ready, undefined, cutoff)).toBe('unavailable');
  });
});
