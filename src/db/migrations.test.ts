import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type AssohDB } from './db';
import { LATEST_VERSION } from './schema';

/**
 * The migration harness: write rows as an older release would (a database declared only up to
 * that version), close, open with the whole chain, and check the rows came through. Each new
 * schema version adds a case here that opens the previous version's data.
 */
const opened: AssohDB[] = [];
function open(name: string, upTo?: number) {
  const db = createDb(name, upTo);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('schema chain', () => {
  it('declares every version up to the latest', () => {
    const db = open('chain');
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('v1 data opens intact with the latest chain', async () => {
    const v1 = open('from-v1', 1);
    await v1.customers.add({
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
    await v1.sales.add({
      id: 's1',
      customerId: 'c1',
      at: 1_700_000_000_000,
      lines: [{ name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 2 }],
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
  });
});
