import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import type { OutboxMessage } from '../../lib/domain';
import { freshDb } from '../../test/fixtures';
import { listWaiting } from './queries';

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
