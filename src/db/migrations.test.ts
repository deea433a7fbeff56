import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { migrationHarness } from '../test/migration-harness';
import { LATEST_VERSION, SCHEMA_CHANGES } from './schema';

/** What IndexedDB itself holds: each store's key path, and each index's key path and kind. */
function physical(idb: IDBDatabase): Record<string, unknown> {
  const names = [...idb.objectStoreNames].sort();
  const tx = idb.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return [i, index.keyPath, index.unique, index.multiEntry];
      });
      return [name, { key: store.keyPath, auto: store.autoIncrement, indexes }];
    }),
  );
}

/** The chain as every release before this one declared it: each version's changes alone. */
function everyVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  SCHEMA_CHANGES.slice(0, upTo).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

/**
 * The migration harness: write rows as an older release would (a database declared only up to
 * that version), close, open with the whole chain, and check the rows came through. Each new
 * schema version adds a case here that opens the previous version's data.
 */
const open = migrationHarness();

describe('schema chain', () => {
  it('declares every version up to the latest', () => {
    const db = open('chain');
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('v1 data opens intact with the latest chain', async () => {
    const v1 = open('from-v1', 1);
    await v1.table('customers').add({
      id: 'c1',
      firstName: 'Adèle',
      nickname: 'du quartier Zongo',
      phone: '+2250707123456',
      acceptsMessages: true,
      searchWords: ['adele', 'du', 'quartier', 'zongo'],
      nameKey: 'adele du quartier zongo',
      lastSeenAt: 1_700_000_000_000,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    // Rows as v1 wrote them (no productIds yet): the untyped table, not today's type.
    await v1.table('sales').add({
      id: 's1',
      customerId: 'c1',
      at: 1_700_000_000_000,
      lines: [{ productId: 'p1', name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 2 }],
      totalMinor: 1000,
      manualTotal: false,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    v1.close();

    const latest = open('from-v1');
    await latest.open();
    expect(latest.verno).toBe(LATEST_VERSION);
    expect(await latest.customers.where('searchWords').startsWith('zon').primaryKeys()).toEqual([
      'c1',
    ]);
    expect(
      await latest.sales.where('[customerId+at]').between(['c1', 0], ['c1', Infinity]).count(),
    ).toBe(1);
    // v3's upgrade filled productIds from the lines.
    expect(await latest.sales.where('productIds').equals('p1').primaryKeys()).toEqual(['s1']);
  });

  it('v3: sales written by v2 are found by product, duplicates and missing ids left out', async () => {
    const v2 = open('from-v2', 2);
    const base = { at: 1, totalMinor: 0, manualTotal: false, createdAt: 1, updatedAt: 1 };
    await v2.table('sales').bulkAdd([
      {
        ...base,
        id: 'a',
        lines: [
          { productId: 'piment', name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 1 },
          { productId: 'piment', name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 2 },
          {
            productId: 'arachide',
            name: 'Arachide',
            unit: 'sac',
            unitPriceMinor: 900,
            quantity: 1,
          },
        ],
      },
      { ...base, id: 'b', lines: [] },
      {
        ...base,
        id: 'c',
        lines: [{ name: 'Produit effacé', unit: 'kg', unitPriceMinor: 100, quantity: 1 }],
      },
    ]);
    v2.close();

    const latest = open('from-v2');
    expect((await latest.sales.get('a'))?.productIds).toEqual(['piment', 'arachide']);
    expect((await latest.sales.get('b'))?.productIds).toEqual([]);
    expect((await latest.sales.get('c'))?.productIds).toEqual([]);
    expect(await latest.sales.where('productIds').equals('arachide').primaryKeys()).toEqual(['a']);
  });

  it('v4: v3 data opens intact, with an empty tombstones table that deletions then fill', async () => {
    const v3 = open('from-v3', 3);
    await v3.table('customers').add({
      id: 'c1',
      firstName: 'Awa',
      acceptsMessages: true,
      searchWords: ['awa'],
      nameKey: 'awa',
      lastSeenAt: 5,
      createdAt: 5,
      updatedAt: 5,
    });
    v3.close();

    const latest = open('from-v3');
    expect((await latest.customers.get('c1'))?.firstName).toBe('Awa');
    expect(await latest.tombstones.count()).toBe(0);
    await latest.tombstones.put({ table: 'customers', id: 'c1', deletedAt: 9 });
    expect(await latest.tombstones.get(['customers', 'c1'])).toEqual({
      table: 'customers',
      id: 'c1',
      deletedAt: 9,
    });
    expect(await latest.tombstones.where('deletedAt').above(8).count()).toBe(1);
  });

  // The chain declares only the versions that rewrite rows and the latest (db.ts): a phone at any
  // older version ends with what IndexedDB holds on a new phone, and with what the chain of all
  // eight versions, as every release before declared it, made.
  it('every older version opens to the same stores and indexes as a new notebook', async () => {
    const fresh = open('fresh');
    await fresh.open();
    const expected = physical(fresh.backendDB());
    const before = everyVersion(`all-${crypto.randomUUID()}`, LATEST_VERSION);
    await before.open();
    expect(physical(before.backendDB())).toEqual(expected);
    before.close();
    await before.delete();
    for (let version = 1; version < LATEST_VERSION; version++) {
      const name = `at-v${version}-${crypto.randomUUID()}`;
      // Made as that release made it: every version up to it, each with its changes alone.
      const old = everyVersion(name, version);
      await old.open();
      expect(old.verno).toBe(version);
      old.close();
      const latest = open(name);
      await latest.open();
      expect(latest.verno).toBe(LATEST_VERSION);
      expect(physical(latest.backendDB()), `from v${version}`).toEqual(expected);
    }
  });
});
