import { describe, expect, it } from 'vitest';
import { migrationHarness } from '../test/migration-harness';
import { LATEST_VERSION } from './schema';

/** v1 → v2 (backups): rows written by a v1 release open intact, reachable by the new indexes. */
const open = migrationHarness();

describe('schema v2', () => {
  it('opens v1 data: every row kept, updatedAt indexed, the safety-copy table empty', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const v1 = open(name, 1);
    await v1.settings.put({
      id: 'seller',
      sellerName: 'Maman Awa',
      country: 'CI',
      currency: 'XOF',
      marketName: 'Treichville',
      marketDay: 6,
      language: 'fr',
      templates: {},
      inactiveDays: 21,
      createdAt: 1,
      updatedAt: 1,
    });
    await v1.table('customers').add({
      id: 'c1',
      firstName: 'Adèle',
      acceptsMessages: true,
      searchWords: ['adele'],
      nameKey: 'adele',
      lastSeenAt: 100,
      createdAt: 100,
      updatedAt: 300,
    });
    // As a v1 release wrote it: no fields added by later versions.
    await v1.table('sales').add({
      id: 's1',
      customerId: 'c1',
      at: 200,
      lines: [{ name: 'Piment 🌶️', unit: 'tas', unitPriceMinor: 500, quantity: 2 }],
      totalMinor: 1000,
      manualTotal: false,
      createdAt: 200,
      updatedAt: 200,
    });
    await v1.gifts.add({
      id: 'g1',
      customerId: 'c1',
      at: 250,
      what: 'arachide',
      reason: 'fidelite',
      createdAt: 250,
      updatedAt: 250,
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = open(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.customers.where('updatedAt').above(250).primaryKeys()).toEqual(['c1']);
    expect(await v2.sales.where('updatedAt').above(150).primaryKeys()).toEqual(['s1']);
    expect(await v2.gifts.where('updatedAt').above(150).primaryKeys()).toEqual(['g1']);
    expect(await v2.customers.where('searchWords').startsWith('ade').primaryKeys()).toEqual(['c1']);
    expect((await v2.sales.get('s1'))?.lines[0]?.name).toBe('Piment 🌶️');
    expect((await v2.settings.get('seller'))?.sellerName).toBe('Maman Awa');
    expect(await v2.safetyCopies.count()).toBe(0);
  });

  it('closes for good and raises the alarm when a newer tab upgrades the database', async () => {
    expect.assertions(4);
    const { connectionTrouble } = await import('./db');
    const name = `vc-${crypto.randomUUID()}`;
    const old = open(name, 1);
    await old.open();
    const newer = open(name);
    await newer.open();
    expect(newer.verno).toBe(LATEST_VERSION);
    expect(connectionTrouble()).toBe('other-version');
    expect(old.isOpen()).toBe(false);
    // The old tab's writes now fail instead of reaching a schema it does not know.
    await expect(old.customers.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});
