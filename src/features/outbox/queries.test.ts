import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import type { OutboxMessage } from '../../lib/domain';
import { freshDb } from '../../test/fixtures';
import { listPending } from './queries';

let db: AssohDB;
beforeEach(() => {
  db = freshDb();
});

function message(n: number, status: OutboxMessage['status']): OutboxMessage {
  return {
    id: `m${n}`,
    kind: 'merci',
    text: `Merci ${n}`,
    status,
    createdAt: 1_000 + n,
    updatedAt: 1_000 + n,
    ...(status === 'sent' ? { sentAt: 5_000 + n } : {}),
  };
}

describe('the messages to send', () => {
  it('come a page at a time, oldest first, skipping the sent ones, with how many wait in all', async () => {
    // Inserted out of order, sent ones among them: the order is the preparation's.
    const all = [7, 2, 9, 4, 1, 8, 3, 6, 5, 0].map((n) =>
      message(n, n % 3 === 0 ? 'sent' : 'pending'),
    );
    await db.outbox.bulkAdd(all);

    const first = await listPending(db, 3);
    expect(first.rows.map((r) => r.message.id)).toEqual(['m1', 'm2', 'm4']);
    expect(first.total).toBe(6);

    const more = await listPending(db, 10);
    expect(more.rows.map((r) => r.message.id)).toEqual(['m1', 'm2', 'm4', 'm5', 'm7', 'm8']);
    expect(more.total).toBe(6);
  });
});
