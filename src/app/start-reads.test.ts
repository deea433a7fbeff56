import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openNotebook } from '../db/bare';
import { createDb, DB_NAME, type AssohDB } from '../db/db';
import { NATIVE_VERSION } from '../db/schema';
import { takeSearchLines, type SearchShard } from '../db/search-lines';
import { SHARDS } from '../db/shard-rows';
import { DAY_MS, startOfDay } from '../lib/dates';
import type { Customer, Gift, OutboxMessage, Product, Sale } from '../lib/domain';
import { sellerSettings } from '../features/backup/fixtures';
import { countBadge, countPending } from '../features/outbox/queries';
import { getSettings } from '../features/settings/queries';
import { migrationHarness } from '../test/migration-harness';
import { readHome } from './home-data';
import { lastHome } from './home-last';
import { readNotebook } from './start';
import { readStartBare } from './start-reads';

const open = migrationHarness();
const NOW = Date.UTC(2026, 10, 23, 10);
const opened: IDBDatabase[] = [];
afterEach(() => {
  for (const idb of opened.splice(0)) idb.close();
});

async function names(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

async function bare(name: string): Promise<IDBDatabase | null> {
  const idb = await openNotebook(indexedDB, name);
  if (idb) opened.push(idb);
  return idb;
}

/** One row of each kind the home screen and the badge look at, at `at` days from NOW. */
interface Seed {
  customers: Array<{ seen: number; promised?: number; owed?: number; balance?: number }>;
  /** midnight: at the very start of its day, where "today" and the thank-yous' cutoff begin. */
  sales: Array<{ day: number; total: number; midnight?: boolean }>;
  gifts: Array<{ day: number; value?: number }>;
  messages: Array<{
    kind: 'arrivage' | 'libre' | 'merci' | 'rappel' | 'recu' | 'reservation';
    status: 'pending' | 'opened' | 'sent';
    day: number;
    midnight?: boolean;
    product?: 'available' | 'unavailable' | 'deleted';
  }>;
  backupDay?: number;
  tombstoneDay?: number;
  credit?: number;
}

async function fill(db: AssohDB, seed: Seed): Promise<void> {
  const at = (day: number, midnight = false) =>
    midnight ? startOfDay(NOW + day * DAY_MS) : NOW + day * DAY_MS;
  const backup = seed.backupDay === undefined ? {} : { lastBackupAt: at(seed.backupDay) };
  await db.settings.put(sellerSettings(at(-60), { ...backup, thanksExpireDays: 3 }));
  await db.customers.bulkPut(
    seed.customers.map(
      (c, i) =>
        ({
          id: `c${i}`,
          firstName: `Cliente ${i}`,
          acceptsMessages: true,
          channel: 'whatsapp',
          searchWords: [`cliente`],
          nameKey: `cliente ${i}`,
          lastSeenAt: at(c.seen),
          ...(c.promised !== undefined ? { promisedAt: at(c.promised) } : {}),
          ...(c.owed !== undefined ? { owedSince: at(c.owed) } : {}),
          ...(c.balance !== undefined ? { creditBalanceMinor: c.balance } : {}),
          createdAt: at(-60),
          updatedAt: at(c.seen),
        }) satisfies Customer,
    ),
  );
  await db.sales.bulkPut(
    seed.sales.map(
      (s, i) =>
        ({
          id: `s${i}`,
          customerId: 'c0',
          lines: [],
          totalMinor: s.total,
          at: at(s.day, s.midnight),
          createdAt: at(s.day),
          updatedAt: at(s.day),
        }) as unknown as Sale,
    ),
  );
  await db.gifts.bulkPut(
    seed.gifts.map(
      (g, i) =>
        ({
          id: `g${i}`,
          customerId: 'c0',
          what: 'Piment',
          reason: 'fidelite',
          ...(g.value !== undefined ? { valueMinor: g.value } : {}),
          at: at(g.day),
          createdAt: at(g.day),
          updatedAt: at(g.day),
        }) as unknown as Gift,
    ),
  );
  const products: Product[] = ['available', 'unavailable'].map((p) => ({
    id: p,
    name: p,
    nameKey: p,
    priceMinor: 100,
    unit: 'tas',
    available: p === 'available',
    createdAt: at(-60),
    updatedAt: at(-60),
  }));
  await db.products.bulkPut(products);
  await db.outbox.bulkPut(
    seed.messages.map(
      (m, i) =>
        ({
          id: `m${i}`,
          customerId: 'c0',
          kind: m.kind,
          text: 'Merci',
          status: m.status,
          ...(m.product ? { productId: m.product } : {}),
          createdAt: at(m.day, m.midnight),
          updatedAt: at(m.day),
        }) satisfies OutboxMessage,
    ),
  );
  if (seed.tombstoneDay !== undefined)
    await db.tombstones.put({ table: 'sales', id: 'gone', deletedAt: at(seed.tombstoneDay) });
  if (seed.credit !== undefined)
    await db.creditEntries.put({
      id: 'e1',
      lineId: 'e1',
      customerId: 'c0',
      kind: 'credit',
      amountMinor: 500,
      at: at(seed.credit),
      createdAt: at(seed.credit),
      updatedAt: at(seed.credit),
    });
}

/** What the Dexie queries read for the first screen. */
async function throughDexie(db: AssohDB) {
  return {
    settings: await getSettings(db),
    home: await readHome(db, NOW),
    pending: await countBadge(db, NOW),
  };
}

const day = fc.integer({ min: -40, max: 3 });
const seedArb: fc.Arbitrary<Seed> = fc.record({
  customers: fc.array(
    fc.record(
      {
        seen: day,
        promised: day,
        owed: day,
        balance: fc.integer({ min: -500, max: 5000 }),
      },
      { requiredKeys: ['seen'] },
    ),
    { maxLength: 14 },
  ),
  sales: fc.array(
    fc.record(
      { day, total: fc.integer({ min: 0, max: 100_000 }), midnight: fc.boolean() },
      { requiredKeys: ['day', 'total'] },
    ),
    { maxLength: 12 },
  ),
  gifts: fc.array(
    fc.record({ day, value: fc.integer({ min: 0, max: 2000 }) }, { requiredKeys: ['day'] }),
    { maxLength: 6 },
  ),
  messages: fc.array(
    fc.record(
      {
        // Kinds on both sides of 'merci' and 'reservation' (the badge's ranges split there).
        kind: fc.constantFrom(
          'arrivage' as const,
          'libre' as const,
          'merci' as const,
          'rappel' as const,
          'recu' as const,
          'reservation' as const,
        ),
        status: fc.constantFrom('pending' as const, 'opened' as const, 'sent' as const),
        // Around the thank-yous' cutoff (3 days back).
        day: fc.integer({ min: -5, max: 0 }),
        midnight: fc.boolean(),
        product: fc.constantFrom('available' as const, 'unavailable' as const, 'deleted' as const),
      },
      { requiredKeys: ['kind', 'status', 'day'] },
    ),
    { maxLength: 12 },
  ),
  backupDay: fc.option(day, { nil: undefined }),
  tombstoneDay: fc.option(day, { nil: undefined }),
  credit: fc.option(day, { nil: undefined }),
});

/** A notebook of `seed`, read bare and through Dexie: both must read the same. */
async function readsAlike(seed: Seed) {
  const name = `start-${crypto.randomUUID()}`;
  const db = open(name);
  await fill(db, seed);
  const expected = await throughDexie(db);
  const idb = await bare(name);
  expect(idb).not.toBeNull();
  const got = await readStartBare(idb!, NOW);
  expect(got).toEqual(expected);
  return { db, got };
}

describe('the first screen read without Dexie', () => {
  it('reads what the Dexie queries read, for any notebook', async () => {
    await fc.assert(
      fc.asyncProperty(seedArb, async (seed) => {
        const { db, got } = await readsAlike(seed);
        // Below the badge's cap (12 messages at most here), its figure is the exact count.
        expect(got.pending).toBe(await countPending(db, NOW));
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same where the browser has no getAllRecords() (a cursor for the recent ones)', async () => {
    const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
    // The property above reads through it: fake-indexeddb has it, as Chrome has since 141.
    expect(typeof proto.getAllRecords).toBe('function');
    const had = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
    delete proto.getAllRecords;
    try {
      await fc.assert(
        fc.asyncProperty(seedArb, async (seed) => {
          await readsAlike(seed);
        }),
        { numRuns: 20 },
      );
    } finally {
      if (had) Object.defineProperty(proto, 'getAllRecords', had);
    }
  });

  it('says "no settings" on a notebook not set up yet, and reads nothing else', async () => {
    const name = `start-${crypto.randomUUID()}`;
    await open(name).open();
    const got = await readStartBare((await bare(name))!, NOW);
    expect(got).toEqual({ settings: null });
  });
});

describe('opening the notebook without Dexie', () => {
  it('on a first visit, gives up and leaves no database behind for Dexie to trip on', async () => {
    const name = `first-${crypto.randomUUID()}`;
    expect(await bare(name)).toBeNull();
    expect(await names()).not.toContain(name);
    // Dexie then creates it with its whole schema.
    const db = open(name);
    await db.settings.put(sellerSettings(NOW));
    expect(db.verno).toBe(NATIVE_VERSION / 10);
    expect(await getSettings(db)).not.toBeNull();
  });

  it('leaves an older version to Dexie (its migration), untouched', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const old = open(name, 6);
    await old.settings.put(sellerSettings(NOW));
    old.close();
    expect(await bare(name)).toBeNull();
    const stillOld = await new Promise<number>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(stillOld).toBe(60);
    // The latest release opens and migrates it as ever.
    const db = open(name);
    expect(await getSettings(db)).toMatchObject({ sellerName: 'Maman Awa' });
  });

  it('gives up when IndexedDB refuses to open', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('refused', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await openNotebook(refusing, 'x')).toBeNull();
  });

  it('gives up when the open fails', async () => {
    const failing = {
      open: () => {
        const request = {} as IDBOpenDBRequest & { error: DOMException };
        queueMicrotask(() =>
          request.onerror?.(new Event('error') as Event & { target: IDBOpenDBRequest }),
        );
        return request;
      },
    } as unknown as IDBFactory;
    expect(await openNotebook(failing, 'x')).toBeNull();
  });

  it('gives up when the open is blocked', async () => {
    const blocked = {
      open: () => {
        const request = {} as IDBOpenDBRequest;
        queueMicrotask(() => request.onblocked?.(new Event('blocked') as IDBVersionChangeEvent));
        return request;
      },
    } as unknown as IDBFactory;
    expect(await openNotebook(blocked, 'x')).toBeNull();
  });

  it('never keeps another tab from upgrading: its connection closes on versionchange', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await open(name).open();
    const idb = (await bare(name))!;
    const newer = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name, NATIVE_VERSION + 10);
      request.onblocked = () => reject(new Error('blocked by the start connection'));
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(newer).toBe(NATIVE_VERSION + 10);
    expect(idb.version).toBe(NATIVE_VERSION);
  });
});

describe('the start', () => {
  it('falls back to Dexie on a first visit, which creates the notebook', async () => {
    const main = createDb(DB_NAME);
    await main.delete();
    expect(await readNotebook()).toBeNull();
    expect(await names()).toContain(DB_NAME);
    // The empty notebook's figures are not remembered: the home opens with the restored one's.
    expect(lastHome()).toBeUndefined();
  });

  it('reads an existing notebook without Dexie and remembers the home screen', async () => {
    const name = `home-${crypto.randomUUID()}`;
    const db = open(name);
    await fill(db, {
      customers: [{ seen: 0 }],
      sales: [{ day: 0, total: 700 }],
      gifts: [],
      messages: [],
    });
    const settings = await readNotebook(indexedDB, name);
    expect(settings).toMatchObject({ sellerName: 'Maman Awa' });
    expect(lastHome()?.recent.map((c) => c.id)).toEqual(['c0']);
  });

  it('asks for the search lines on the way, for the search to read after the first screen', async () => {
    const name = `lines-${crypto.randomUUID()}`;
    const db = open(name);
    await fill(db, {
      customers: [{ seen: 0 }, { seen: 1 }],
      sales: [],
      gifts: [],
      messages: [],
    });
    takeSearchLines();
    await readNotebook(indexedDB, name);
    const asked = takeSearchLines();
    expect(asked).toHaveLength(SHARDS);
    // Taken once: a second search reads for itself.
    expect(takeSearchLines()).toBeNull();
    const shards = await Promise.all(
      asked!.map(
        (r) =>
          new Promise((ok) =>
            r.readyState === 'done' ? ok(r.result) : (r.onsuccess = () => ok(r.result)),
          ),
      ),
    );
    const ids = shards.flatMap((s) => (s as SearchShard | undefined)?.lines ?? []).map((l) => l[0]);
    expect(ids.sort()).toEqual(['c0', 'c1']);
  });

  it('asks for no search lines where the notebook is not set up', async () => {
    const name = `blank-${crypto.randomUUID()}`;
    const db = open(name);
    await db.open();
    takeSearchLines();
    expect(await readNotebook(indexedDB, name)).toBeNull();
    expect(takeSearchLines()).toBeNull();
  });
});
