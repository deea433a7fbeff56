import { expect, test } from '@playwright/test';
import {
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
} from '../src/db/schema';
import { sellerSettings } from '../src/features/backup/fixtures';
import { fcfa } from './helpers';

/** The stores of schema v7 as the release before wrote them (Dexie opens version n as n × 10). */
const V7 = {
  ...schemaV1,
  ...schemaV2,
  ...schemaV3,
  ...schemaV4,
  ...schemaV5,
  ...schemaV6,
  ...schemaV7,
};

const DAY = 86_400_000;

test('a phone with a v7 notebook opens it after the update: who owes is on Crédits at once', async ({
  page,
}) => {
  const now = Date.now();
  const owedSince = now - 20 * DAY;
  const customer = (id: string, firstName: string, extra: Record<string, unknown> = {}) => ({
    id,
    firstName,
    acceptsMessages: true,
    channel: 'whatsapp',
    searchWords: [firstName.toLowerCase()],
    nameKey: firstName.toLowerCase(),
    lastSeenAt: owedSince,
    createdAt: owedSince,
    updatedAt: owedSince,
    ...extra,
  });
  const rows = {
    settings: [sellerSettings(owedSince - DAY)],
    customers: [
      customer('c-adele', 'Adèle', { creditBalanceMinor: 600, owedSince }),
      customer('c-bintou', 'Bintou'),
    ],
    creditEntries: [
      {
        id: 'e1',
        lineId: 'e1',
        customerId: 'c-adele',
        kind: 'credit',
        amountMinor: 600,
        at: owedSince,
        createdAt: owedSince,
        updatedAt: owedSince,
      },
    ],
  };

  // The notebook as the v7 release left it, written before the new release's first start.
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    async ({ stores, rows }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('assoh', 70);
        req.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
            const path = (p: string) =>
              p.startsWith('[') ? p.slice(1, -1).split('+') : p.replace(/^[*&]/, '');
            const store = req.result.createObjectStore(
              name,
              primary ? { keyPath: path(primary) } : {},
            );
            for (const index of indexes)
              store.createIndex(index.replace(/^[*&]/, ''), path(index), {
                multiEntry: index.startsWith('*'),
                unique: index.startsWith('&'),
              });
          }
        };
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const names = Object.keys(rows);
      const tx = db.transaction(names, 'readwrite');
      for (const name of names)
        for (const row of rows[name as keyof typeof rows]) tx.objectStore(name).put(row);
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    },
    { stores: V7 as Record<string, string>, rows },
  );

  await page.goto('/');
  await page
    .getByRole('link', { name: /Crédits/ })
    .first()
    .click();
  await expect(page.getByText(fcfa('600 FCFA')).first()).toBeVisible();
  await expect(page.getByText('1 client doit de l’argent')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Adèle/ })).toBeVisible();
  await expect(page.getByText('Bintou')).toHaveCount(0);

  // The notebook is now v8, with her line in the debtor shards.
  const after = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open('assoh');
      req.onsuccess = () => ok(req.result);
    });
    const shards = await new Promise<Array<{ lines: unknown[][] }>>((ok) => {
      const req = db.transaction('debtorShards').objectStore('debtorShards').getAll();
      req.onsuccess = () => ok(req.result as Array<{ lines: unknown[][] }>);
    });
    const version = db.version;
    db.close();
    return { version, lines: shards.flatMap((s) => s.lines) };
  });
  expect(after).toEqual({ version: 80, lines: [['c-adele', 'Adèle', null, 600, owedSince, null]] });
});
