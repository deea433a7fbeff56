import { describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer, updateCustomer } from '../features/customers/commands';
import { customerInput } from '../test/fixtures';
import { migrationHarness } from '../test/migration-harness';
import { LATEST_VERSION } from './schema';
import type { AssohDB } from './db';
import type { Customer } from '../lib/domain';

const open = migrationHarness();
const CI = { country: 'CI' };

async function turnSyncOn(db: AssohDB) {
  await db.sync.put({
    id: 'config',
    url: 'https://coop.example.org/db/assoh-awa',
    username: 'awa',
    password: 'secret',
    enabled: true,
    since: 1,
  });
}

/** A customer's row as the tables hold it. */
const customerRow = (id: string): Customer => ({
  id,
  firstName: id,
  nameKey: id,
  searchWords: [id],
  channel: 'whatsapp',
  acceptsMessages: true,
  createdAt: 1,
  updatedAt: 1,
  lastSeenAt: 1,
});

const queued = async (db: AssohDB) =>
  (await db.syncQueue.toArray()).map((e) => `${e.table}/${e.id}`).sort();

describe('the sync queue', () => {
  it('v4 data opens at v7 intact, with sync off and nothing queued', async () => {
    const v4 = open('queue-from-v4', 4);
    await v4.tombstones.put({ table: 'customers', id: 'gone', deletedAt: 5 });
    v4.close();
    const latest = open('queue-from-v4');
    await latest.open();
    expect(latest.verno).toBe(LATEST_VERSION);
    expect(await latest.tombstones.count()).toBe(1);
    expect(await latest.sync.count()).toBe(0);
    expect(await latest.syncQueue.count()).toBe(0);
  });

  it('notes nothing while sync is off: a seller who never turns it on pays no byte for it', async () => {
    const db = open('queue-off');
    await createCustomer(db, customerInput(), CI);
    expect(await db.syncQueue.count()).toBe(0);
  });

  it('notes every record written, edited or deleted, once per record, in the same transaction', async () => {
    const db = open('queue-on');
    await turnSyncOn(db);
    const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), CI);
    const first = await db.syncQueue.get(['customers', awa.id]);
    await updateCustomer(
      db,
      awa.id,
      customerInput({ firstName: 'Awa', nickname: 'du marché' }),
      CI,
    );
    const second = await db.syncQueue.get(['customers', awa.id]);
    expect(second?.n).not.toBe(first?.n);
    expect(await queued(db)).toEqual([`customers/${awa.id}`]);

    await db.syncQueue.clear();
    await deleteCustomer(db, awa.id);
    expect(await queued(db)).toEqual([`customers/${awa.id}`]);
  });

  it('reads its settings once per transaction, and again once the transaction writes them', async () => {
    const db = open('queue-turned-on');
    await db.transaction('rw', [db.customers, db.sync], async () => {
      await db.customers.put({ ...customerRow('before'), updatedAt: 1 });
      await turnSyncOn(db);
      await db.customers.put({ ...customerRow('after'), updatedAt: 2 });
    });
    // Off when the first was written, on for the second: only the second is noted.
    expect(await queued(db)).toEqual(['customers/after']);
  });

  it('a cleared table (a restore that replaces everything) asks for a whole comparison', async () => {
    const db = open('queue-clear');
    await turnSyncOn(db);
    await db.transaction('rw', db.customers, () => db.customers.clear());
    expect(await queued(db)).toEqual(['*/*']);
  });

  it('the sync’s own connection writes without noting anything', async () => {
    const seller = open('queue-engine');
    await turnSyncOn(seller);
    const engine = open('queue-engine', undefined, { recordChanges: false });
    await engine.tombstones.put({ table: 'sales', id: 's1', deletedAt: 1 });
    expect(await seller.syncQueue.count()).toBe(0);
  });
});
