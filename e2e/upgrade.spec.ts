import { expect, test } from '@playwright/test';
import { Dexie } from 'dexie';
import { declareVersions } from '../src/db/db';
import { sellerSettings } from '../src/features/backup/fixtures';
import { fcfa } from './helpers';

/**
 * The stores of schema v7 as the release before wrote them: the app's own version chain up to 7,
 * as Dexie reads it (never opened here; Dexie opens version n as n × 10).
 */
function storesOfV7() {
  const old = new Dexie('assoh-v7-shape');
  declareVersions(old, 7);
  return old.tables.map(({ name, schema }) => ({
    name,
    keyPath: schema.primKey.keyPath ?? null,
    indexes: schema.indexes.map((i) => ({
      name: i.name,
      keyPath: i.keyPath as string | string[],
      multiEntry: Boolean(i.multi),
      unique: Boolean(i.unique),
    })),
  }));
}

const DAY = 86_400_000;

test('a phone with a v7 notebook opens it after the update: who owes is on Crédits at once, and the search finds everyone', async ({
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
          for (const { name, keyPath, indexes } of stores) {
            const store = req.result.createObjectStore(name, keyPath ? { keyPath } : {});
            for (const { name: index, keyPath: path, ...options } of indexes)
              store.createIndex(index, path, options);
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
    { stores: storesOfV7(), rows },
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

  // The home screen's search finds both, from the search lines the upgrade made.
  await page.getByRole('link', { name: 'Accueil' }).click();
  await page.getByLabel('Chercher un client').fill('bin');
  await expect(page.locator('main ul').getByRole('link', { name: /^Bintou/ })).toBeVisible();
  await page.getByLabel('Chercher un client').fill('ad');
  await expect(page.locator('main ul').getByRole('link', { name: /^Adèle/ })).toBeVisible();

  // The notebook is now v9, with her line in the debtor shards and both in the search shards.
  const after = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open('assoh');
      req.onsuccess = () => ok(req.result);
    });
    const lines = (store: string) =>
      new Promise<unknown[][]>((ok) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () =>
          ok((req.result as Array<{ lines: unknown[][] }>).flatMap((s) => s.lines));
      });
    const [debtors, search] = [await lines('debtorShards'), await lines('searchShards')];
    const version = db.version;
    db.close();
    return { version, debtors, search: search.map((l) => l[0]).sort() };
  });
  expect(after).toEqual({
    version: 90,
    debtors: [['c-adele', 'Adèle', null, 600, owedSince, null]],
    search: ['c-adele', 'c-bintou'],
  });
});
