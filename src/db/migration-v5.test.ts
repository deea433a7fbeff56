import { describe, expect, it } from 'vitest';
import { migrationHarness } from '../test/migration-harness';
import { customerNameKey, customerSearchWords, fold } from '../lib/text';
import { LATEST_VERSION } from './schema';

/**
 * v4 → v5 (every customer reachable). The rows are written as the release before v5 wrote them:
 * `open(name, 4)` declares the chain up to v4 (or up to v3 while v4 is not merged: Dexie skips
 * the gap), and the untyped tables take the old shape, without a channel, with the old search
 * words.
 */
const open = migrationHarness();

const OLD = {
  lastSeenAt: 100,
  createdAt: 100,
  updatedAt: 300,
  acceptsMessages: true,
};

async function seedV4(name: string) {
  const v4 = open(name, 4);
  await v4.table('customers').bulkAdd([
    // v4 folded ɓ as a letter of its own and kept "N’" apart; the quartier was not searchable.
    {
      ...OLD,
      id: 'binta',
      firstName: 'Ɓinta',
      nickname: 'la dame au foulard',
      area: 'Zongo',
      phone: '+2250707123456',
      searchWords: ['ɓinta', 'la', 'dame', 'au', 'foulard'],
      nameKey: 'ɓinta la dame au foulard',
    },
    {
      ...OLD,
      id: 'nguessan',
      firstName: 'N’Guessan',
      searchWords: ['n', 'guessan'],
      nameKey: 'n guessan',
    },
    { ...OLD, id: 'fatima', firstName: 'فاطمة', searchWords: ['فاطمة'], nameKey: 'فاطمة' },
    // Said no when the box read "Accepte les messages WhatsApp".
    {
      ...OLD,
      id: 'kofi',
      firstName: 'Kofi',
      acceptsMessages: false,
      searchWords: ['kofi'],
      nameKey: 'kofi',
    },
  ]);
  await v4.table('products').add({
    id: 'p1',
    name: 'Ŋɔnɔ frais',
    nameKey: 'ŋɔnɔ frais',
    priceMinor: 500,
    unit: 'tas',
    available: true,
    createdAt: 1,
    updatedAt: 1,
  });
  await v4.table('outbox').bulkAdd([
    {
      id: 'm1',
      customerId: 'binta',
      kind: 'merci',
      text: 'Bonjour Ɓinta',
      status: 'pending',
      createdAt: 50,
      updatedAt: 50,
    },
    {
      id: 'm2',
      customerId: 'binta',
      kind: 'merci',
      text: 'Bonjour Ɓinta',
      status: 'sent',
      sentAt: 60,
      createdAt: 40,
      updatedAt: 60,
    },
  ]);
  expect(v4.verno).toBeLessThan(5);
  v4.close();
}

describe('schema v5', () => {
  it('gives every customer WhatsApp as her channel and keeps her consent as it was', async () => {
    await seedV4('v5-channel');
    const db = open('v5-channel');
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const rows = await db.customers.orderBy('id').toArray();
    expect(rows.map((c) => [c.id, c.channel, c.acceptsMessages])).toEqual([
      ['binta', 'whatsapp', true],
      ['fatima', 'whatsapp', true],
      ['kofi', 'whatsapp', false],
      ['nguessan', 'whatsapp', true],
    ]);
    // Derived keys are not edits: a merge must not see every customer as changed.
    expect(rows.every((c) => c.updatedAt === 300)).toBe(true);
  });

  it('recomputes every search word and sort key with v5 folding, quartier included', async () => {
    await seedV4('v5-words');
    const db = open('v5-words');
    const find = (prefix: string) =>
      db.customers.where('searchWords').startsWith(prefix).primaryKeys();
    expect(await find('bin')).toEqual(['binta']);
    expect(await find('zon')).toEqual(['binta']);
    expect(await find('nguess')).toEqual(['nguessan']);
    expect(await find('guess')).toEqual(['nguessan']);
    expect(await find(fold('فاطمه'))).toEqual(['fatima']);
    const binta = await db.customers.get('binta');
    expect(binta?.nameKey).toBe('binta la dame au foulard');
    expect((await db.products.get('p1'))?.nameKey).toBe('nono frais');
  });

  it('writes the same words and keys as today’s code does for a new customer', async () => {
    await seedV4('v5-same');
    const db = open('v5-same');
    for (const c of await db.customers.toArray()) {
      expect(c.searchWords, c.id).toEqual(customerSearchWords(c));
      expect(c.nameKey, c.id).toBe(customerNameKey(c.firstName, c.nickname));
    }
  });

  it('keeps the outbox whole and counts old pending thank-yous through the new index', async () => {
    await seedV4('v5-outbox');
    const db = open('v5-outbox');
    expect(await db.outbox.count()).toBe(2);
    expect(
      await db.outbox
        .where('[status+kind+createdAt]')
        .between(['pending', 'merci', 0], ['pending', 'merci', 55])
        .primaryKeys(),
    ).toEqual(['m1']);
  });
});
