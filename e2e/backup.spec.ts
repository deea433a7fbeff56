import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SetupPage } from './pages/setup-page';
import { waitForOfflineReady } from './helpers';

const SHOTS = process.env.E2E_SHOTS;

/** Rows written straight into the app's IndexedDB, as earlier days at the stall would have. */
async function seedNotebook(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('assoh');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const at = (m: number, d: number) => new Date(2026, m, d, 10).getTime();
    const customers = [
      { id: 'c1', firstName: 'Adèle', nickname: 'du quartier Zongo', phone: '+2250707123456' },
      {
        id: 'c2',
        firstName: 'Awa',
        nickname: 'la dame au foulard "bleu" 🌶️',
        notes: '=1+1; aime le piment',
      },
      { id: 'c3', firstName: 'فاطمة', phone: '+212612345678' },
    ].map((c, i) => ({
      ...c,
      acceptsMessages: true,
      searchWords: [c.firstName.toLowerCase()],
      nameKey: c.firstName.toLowerCase(),
      lastSeenAt: at(2, 3 + i),
      createdAt: at(2, 3 + i),
      updatedAt: at(2, 3 + i),
    }));
    const sales = [at(2, 3), at(5, 14), at(8, 1), at(10, 22)].map((when, i) => ({
      id: `s${i}`,
      customerId: `c${(i % 3) + 1}`,
      at: when,
      lines: [{ name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: i + 1 }],
      totalMinor: 500 * (i + 1),
      manualTotal: false,
      createdAt: when,
      updatedAt: when,
    }));
    const tx = db.transaction(['customers', 'sales'], 'readwrite');
    for (const c of customers) tx.objectStore('customers').put(c);
    for (const s of sales) tx.objectStore('sales').put(s);
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  });
}

async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('assoh');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const n = await new Promise<number>((ok) => {
      const req = db.transaction(name).objectStore(name).count();
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return n;
  }, store);
}

test('a backup made offline on one phone restores on a new phone, offline too', async ({
  browser,
}) => {
  const first = await browser.newContext();
  // This Chromium has no share sheet for files here: the backup downloads, as on a desktop.
  await first.addInitScript(() => {
    Object.defineProperty(navigator, 'canShare', { value: undefined });
  });
  const phone = await first.newPage();
  await new SetupPage(phone).completeAsAwa();
  await waitForOfflineReady(phone);
  await first.setOffline(true);
  await seedNotebook(phone);

  await phone.getByRole('link', { name: 'Plus' }).click();
  await phone.getByRole('link', { name: 'Sauvegarde' }).click();
  await expect(phone.getByText('Aucune sauvegarde pour le moment.')).toBeVisible();
  if (SHOTS) await phone.screenshot({ path: `${SHOTS}/backup-screen.png`, fullPage: true });
  const downloading = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Créer une sauvegarde' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^assoh-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  await expect(phone.getByText("Dernière sauvegarde aujourd'hui")).toBeVisible();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'assoh-backup',
    counts: { customers: 3, sales: 4 },
  });
  await first.close();

  // The new phone: opened once with signal, then offline; restored from the first-run screen.
  const second = await browser.newContext();
  const newPhone = await second.newPage();
  const setup = new SetupPage(newPhone);
  await setup.open();
  await waitForOfflineReady(newPhone);
  await second.setOffline(true);
  await newPhone.getByText('Vous changez de téléphone ? Restaurer une sauvegarde').click();
  // The file as it would arrive on the new phone (the first context's download is gone with it).
  await newPhone.getByLabel('Choisir un fichier').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(newPhone.getByTestId('restore-preview')).toHaveText(
    '3 clients, 4 ventes, du 3 mars au 22 novembre',
  );
  if (SHOTS) await newPhone.screenshot({ path: `${SHOTS}/restore-preview.png`, fullPage: true });
  await newPhone.getByRole('button', { name: 'Remplacer mes données' }).click();
  await expect(
    newPhone.getByRole('heading', { name: 'Remplacer toutes vos données ?' }),
  ).toBeVisible();
  await newPhone.getByRole('button', { name: 'Oui, remplacer' }).click();
  // The seller's own details came back with the notebook: straight to her home screen.
  await expect(newPhone.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  expect(await countRows(newPhone, 'customers')).toBe(3);
  expect(await countRows(newPhone, 'sales')).toBe(4);
  await newPhone.reload();
  await expect(newPhone.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  await second.close();
});

test('a broken file and another app’s JSON are refused with a message, and nothing changes', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  await seedNotebook(page);
  await page.goto('/sauvegarde');
  const input = page.getByLabel('Choisir un fichier');

  const cut =
    '{"format":"assoh-backup","formatVersion":1,"appVersion":"0.1.0","schemaVersion":2,"createdAt":1,"data":{"customers":[{"id":"c1","firstN';
  await input.setInputFiles({
    name: 'assoh-sauvegarde-2026-11-22.json',
    mimeType: 'application/json',
    buffer: Buffer.from(cut),
  });
  await expect(page.getByRole('alert')).toHaveText(
    "Ce fichier est abîmé ou incomplet : il ne peut pas être restauré. Rien n'a été modifié.",
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/restore-refused.png`, fullPage: true });

  const foreign = JSON.stringify({ type: 'excalidraw', version: 2, elements: [] });
  await input.setInputFiles({
    name: 'dessin.json',
    mimeType: 'application/json',
    buffer: Buffer.from(foreign),
  });
  await expect(page.getByRole('alert')).toHaveText(/^Ce fichier n'est pas une sauvegarde Assoh/);
  await expect(page.getByRole('button', { name: 'Remplacer mes données' })).toHaveCount(0);
  expect(await countRows(page, 'customers')).toBe(3);
  expect(await countRows(page, 'sales')).toBe(4);
});
