import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { AssohDB } from '../../db/db';
import { insertMessages } from '../../db/outbox-rows';
import { DAY_MS } from '../../lib/dates';
import type { OutboxKind, OutboxMessage } from '../../lib/domain';
import { BADGE_MAX } from '../../lib/outbox-age';
import { customerRow as customer, freshDb, mangoRow } from '../../test/fixtures';
import {
  audienceOf,
  clearExpired,
  markOpened,
  markPending,
  markSent,
  queueMessages,
  recordOpenedNow,
  setThanksExpireDays,
} from './commands';
import { countBadge, countPending, listExpired, listWaiting } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = freshDb();
});

const NOW = new Date(2026, 2, 11, 10).getTime();

async function seller(thanksExpireDays?: number) {
  await db.settings.put({
    id: 'seller',
    sellerName: 'Maman Awa',
    country: 'CI',
    currency: 'XOF',
    marketName: 'Treichville',
    marketDay: 6,
    language: 'fr',
    templates: {},
    inactiveDays: 21,
    ...(thanksExpireDays ? { thanksExpireDays } : {}),
    createdAt: 1,
    updatedAt: 1,
  });
}

function message(id: string, over: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id,
    customerId: 'awa',
    kind: 'merci',
    text: `Bonjour ${id}`,
    status: 'pending',
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

describe('consent and channel are two things', () => {
  it('a customer reached by SMS gets messages; one who said no gets none, on any channel', async () => {
    await db.customers.bulkAdd([
      customer('ama', { channel: 'sms', phone: '+2250707123457' }),
      customer('kofi', { channel: 'call', phone: '+2250707123458' }),
      customer('bintou', { channel: 'sms', phone: '+2250707123459', acceptsMessages: false }),
    ]);
    const drafts = ['ama', 'kofi', 'bintou'].map((id) => ({
      customerId: id,
      kind: 'nouvelles' as const,
      text: 'Bonjour',
    }));
    expect(await queueMessages(db, drafts)).toEqual({ queued: 2, refused: 1 });
    const audience = await audienceOf(db, { kind: 'all' });
    expect(audience.reach.map((c) => c.id)).toEqual(['ama', 'kofi']);
    expect(audience.refused.map((c) => c.id)).toEqual(['bintou']);
  });
});

describe('a message opened is not a message sent', () => {
  beforeEach(async () => {
    await seller();
    await db.customers.add(customer('awa', { channel: 'sms', phone: '+2250707123457' }));
    await db.outbox.add(message('m1'));
  });

  it('is "opened" on its channel until the seller answers "Envoyé ?"', async () => {
    await markOpened(db, 'm1', 'sms');
    expect(await db.outbox.get('m1')).toMatchObject({ status: 'opened', via: 'sms' });
    // Still counted and listed first: she has not said it went.
    expect(await countPending(db, NOW)).toBe(1);
    expect((await listWaiting(db, 20, NOW)).opened.map((r) => r.message.id)).toEqual(['m1']);

    await markSent(db, 'm1');
    expect(await db.outbox.get('m1')).toMatchObject({ status: 'sent', via: 'sms' });
    expect(await countPending(db, NOW)).toBe(0);
  });

  it('"Pas encore" puts it back to send, forgetting where it was opened', async () => {
    await markOpened(db, 'm1', 'whatsapp');
    await markPending(db, 'm1');
    const m = await db.outbox.get('m1');
    expect(m?.status).toBe('pending');
    expect(m).not.toHaveProperty('openedAt');
    expect(m).not.toHaveProperty('via');
  });

  it('never takes a sent message back to "opened"', async () => {
    expect.assertions(1);
    await markSent(db, 'm1');
    await expect(markOpened(db, 'm1', 'sms')).rejects.toMatchObject({ key: 'common.error' });
  });

  it('opened straight from the compose screen, it waits for the answer too, with consent kept', async () => {
    await db.customers.add(customer('no', { acceptsMessages: false }));
    await recordOpenedNow(db, { customerId: 'awa', kind: 'libre', text: 'Bonjour' }, 'sms');
    await recordOpenedNow(db, { customerId: 'no', kind: 'libre', text: 'Bonjour' }, 'sms');
    const rows = await db.outbox.where('status').equals('opened').toArray();
    expect(rows.map((m) => [m.customerId, m.via])).toEqual([['awa', 'sms']]);
  });
});

const mango = (available: boolean, id = 'mango') => mangoRow(available, { id });

describe('messages that age go to Expirés, never sent, never dropped unseen', () => {
  beforeEach(async () => {
    await seller();
    await db.customers.add(customer('awa'));
    await db.products.add(mango(false));
    await db.outbox.bulkAdd([
      message('today'),
      message('fourDays', { createdAt: NOW - 4 * DAY_MS }),
      message('twoDays', { createdAt: NOW - 2 * DAY_MS }),
      message('oldNews', { kind: 'nouvelles', createdAt: NOW - 30 * DAY_MS }),
      message('ready', { kind: 'reservation', productId: 'mango' }),
    ]);
  });

  it('an old thank-you and a reservation whose product is gone wait apart, out of the badge', async () => {
    const lists = await listWaiting(db, 20, NOW);
    expect(lists.pending.map((r) => r.message.id)).toEqual(['oldNews', 'twoDays', 'today']);
    expect(lists).toMatchObject({ pendingTotal: 3, expiredCount: 2 });
    const expired = await listExpired(db, 20, NOW);
    expect(expired.rows.map((r) => [r.message.id, r.expired, r.product?.name])).toEqual([
      ['fourDays', 'old-thanks', undefined],
      ['ready', 'unavailable', 'Mangue'],
    ]);
    expect(expired.total).toBe(2);
    expect(await countPending(db, NOW)).toBe(3);
    expect(await countBadge(db, NOW)).toBe(3);
  });

  it('come back when the seller allows more days, or when the product is back', async () => {
    await setThanksExpireDays(db, 7);
    await db.products.put(mango(true));
    expect((await listExpired(db, 20, NOW)).rows).toEqual([]);
    expect((await listWaiting(db, 20, NOW)).pendingTotal).toBe(5);
    expect(await countPending(db, NOW)).toBe(5);
  });

  it('"Tout effacer" clears only what is still out of date', async () => {
    expect((await listExpired(db, 20, NOW)).total).toBe(2);
    // Meanwhile the mangoes are back: that message is true again and stays.
    await db.products.put(mango(true));
    expect(await clearExpired(db, NOW)).toBe(1);
    expect((await db.outbox.toArray()).map((m) => m.id).sort()).toEqual(
      ['oldNews', 'ready', 'today', 'twoDays'].sort(),
    );
    // Like every deletion, it leaves a tombstone: a merge never brings it back.
    expect(await db.tombstones.get(['outbox', 'fourDays'])).toMatchObject({ table: 'outbox' });
  });

  it('refuses an expiry it does not offer', async () => {
    expect.assertions(1);
    await expect(setThanksExpireDays(db, 0)).rejects.toMatchObject({
      fields: { expireDays: { key: 'form.invalidChoice' } },
    });
  });
});

describe('insertMessages', () => {
  it('is the one path, whatever the channel', async () => {
    await db.customers.add(customer('call', { channel: 'call', acceptsMessages: false }));
    const result = await db.transaction('rw', db.outbox, db.customers, () =>
      insertMessages(db, [{ customerId: 'call', kind: 'merci', text: 'Merci' }]),
    );
    expect(result.refused).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('the badge', () => {
  const KINDS: OutboxKind[] = ['arrivage', 'libre', 'merci', 'nouvelles', 'rappel', 'reservation'];

  it('says the count up to 99, then "more", whatever waits, without counting every message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...KINDS),
            status: fc.constantFrom('pending' as const, 'opened' as const, 'sent' as const),
            // Around the thank-yous' cutoff (3 days back by default).
            age: fc.integer({ min: 0, max: 5 * DAY_MS }),
            product: fc.constantFrom(undefined, 'there', 'gone'),
          }),
          { maxLength: 3 * BADGE_MAX },
        ),
        // Many alike: the pile of one kind a seller leaves, on either side of the cap.
        fc.nat({ max: 2 * BADGE_MAX }),
        async (rows, pile) => {
          db = freshDb();
          await seller();
          await db.products.bulkAdd([mango(true, 'there'), mango(false, 'gone')]);
          await db.outbox.bulkAdd([
            ...rows.map((r, i) =>
              message(`r${i}`, {
                kind: r.kind,
                status: r.status,
                createdAt: NOW - r.age,
                ...(r.product ? { productId: r.product } : {}),
              }),
            ),
            ...Array.from({ length: pile }, (_, i) => message(`p${i}`, { createdAt: NOW - i })),
          ]);
          const exact = await countPending(db, NOW);
          const counts = [
            vi.spyOn(IDBIndex.prototype, 'count'),
            vi.spyOn(IDBObjectStore.prototype, 'count'),
          ];
          try {
            expect(await countBadge(db, NOW)).toBe(Math.min(exact, BADGE_MAX + 1));
            // Read, never counted: a count walks every message waiting.
            for (const count of counts) expect(count).not.toHaveBeenCalled();
          } finally {
            for (const count of counts) count.mockRestore();
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
