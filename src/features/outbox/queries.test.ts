import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import type { OutboxKind, OutboxMessage, Product } from '../../lib/domain';
import { thanksCutoff } from '../../lib/outbox-age';
import { TEMPLATE_KINDS } from '../../lib/template-kinds';
import { freshDb } from '../../test/fixtures';
import { listSent, listWaiting } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = freshDb();
});

/** Thank-yous of today: none has aged into "Expirés". */
const NOW = Date.UTC(2026, 10, 23, 12);

function message(n: number, status: OutboxMessage['status']): OutboxMessage {
  return {
    id: `m${n}`,
    kind: 'merci',
    text: `Merci ${n}`,
    status,
    createdAt: NOW - 10_000 + n,
    updatedAt: NOW - 10_000 + n,
    ...(status === 'sent' ? { sentAt: NOW - 5_000 + n } : {}),
  };
}

describe('the messages to send', () => {
  it('come a page at a time, oldest first, skipping the sent ones, with how many wait in all', async () => {
    // Inserted out of order, sent ones among them: the order is the preparation's.
    const all = [7, 2, 9, 4, 1, 8, 3, 6, 5, 0].map((n) =>
      message(n, n % 3 === 0 ? 'sent' : 'pending'),
    );
    await db.outbox.bulkAdd(all);

    const first = await listWaiting(db, 3, NOW);
    expect(first.pending.map((r) => r.message.id)).toEqual(['m1', 'm2', 'm4']);
    expect(first.pendingTotal).toBe(6);

    const more = await listWaiting(db, 10, NOW);
    expect(more.pending.map((r) => r.message.id)).toEqual(['m1', 'm2', 'm4', 'm5', 'm7', 'm8']);
    expect(more.pendingTotal).toBe(6);
  });
});

const DAY = 86_400_000;
const product = (id: string, available: boolean): Product => ({
  id,
  name: id,
  nameKey: id,
  priceMinor: 500,
  unit: 'tas',
  available,
  createdAt: 0,
  updatedAt: 0,
});

describe('the pages of the outbox, read kind by kind through the index', () => {
  it('are exactly the first messages of the whole pile, for any mix of kinds, statuses and ages', async () => {
    const kinds: OutboxKind[] = [...TEMPLATE_KINDS, 'libre'];
    const row = fc.record({
      kind: fc.constantFrom(...kinds),
      status: fc.constantFrom('pending', 'pending', 'opened', 'sent'),
      // Ten days back to now: thank-yous older than three days have aged out.
      age: fc.integer({ min: 0, max: 10 * DAY }),
      productId: fc.constantFrom('p-on-sale', 'p-gone', 'p-off'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        async (rows, limit) => {
          // One database for every run, emptied first: a fresh one per run is slow on a busy machine.
          await db.outbox.clear();
          await db.products.bulkPut([product('p-on-sale', true), product('p-off', false)]);
          const messages: OutboxMessage[] = rows.map((r, n) => ({
            id: `m${n}`,
            kind: r.kind,
            text: `Message ${n}`,
            status: r.status as OutboxMessage['status'],
            // Distinct times: the order is the preparation's, with no ties to break.
            createdAt: NOW - r.age * 100 - n,
            updatedAt: NOW,
            ...(r.kind === 'reservation' ? { productId: r.productId } : {}),
            ...(r.status === 'sent' ? { sentAt: NOW - n } : {}),
          }));
          await db.outbox.bulkAdd(messages);
          const cutoff = thanksCutoff(NOW, undefined);
          const gone = (m: OutboxMessage) =>
            m.kind === 'reservation' && m.productId !== 'p-on-sale';
          const oldest = (a: OutboxMessage, b: OutboxMessage) => a.createdAt - b.createdAt;
          const waiting = messages
            .filter((m) => m.status === 'pending')
            .filter((m) => !(m.kind === 'merci' && m.createdAt < cutoff) && !gone(m))
            .sort(oldest)
            .slice(0, limit);
          const page = await listWaiting(db, limit, NOW);
          expect(page.pending.map((r) => r.message.id)).toEqual(waiting.map((m) => m.id));
          const sent = messages
            .filter((m) => m.status === 'sent')
            .sort((a, b) => oldest(b, a))
            .slice(0, limit)
            .sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0));
          expect((await listSent(db, limit)).map((r) => r.message.id)).toEqual(
            sent.map((m) => m.id),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
