import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { Stall } from './pages/stall';
import { AWA, restoreNotebook } from './pages/notebook';

const SHOTS = process.env.E2E_SHOTS;

/** The customers as IndexedDB holds them. */
async function customers(page: Page): Promise<Array<{ id: string; firstName: string }>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('assoh');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rows = await new Promise<Array<{ id: string; firstName: string }>>((ok) => {
      const req = db.transaction('customers').objectStore('customers').getAll();
      req.onsuccess = () => ok(req.result as Array<{ id: string; firstName: string }>);
    });
    db.close();
    return rows;
  });
}

/** A backup file as another phone of the seller would have written it (format 2). */
function otherPhoneFile(data: Record<string, unknown[]>, createdAt: number): string {
  const tables = [
    'settings',
    'products',
    'customers',
    'sales',
    'gifts',
    'reservations',
    'outbox',
    'photos',
    'tombstones',
  ];
  const full = Object.fromEntries(tables.map((t) => [t, data[t] ?? []]));
  const json = JSON.stringify(full);
  const header = {
    format: 'assoh-backup',
    formatVersion: 2,
    appVersion: '0.1.0',
    schemaVersion: 4,
    createdAt,
    photos: 'included',
    counts: Object.fromEntries(tables.map((t) => [t, full[t]!.length])),
    checksum: `sha256-${createHash('sha256').update(json).digest('hex')}`,
  };
  return `${JSON.stringify(header).slice(0, -1)},"data":${json}}`;
}

test('“Ajouter au carnet” shows what it will change, keeps her settings, and a deletion travels', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  const stall = new Stall(page);
  await stall.addCustomer('Awa');
  await stall.addCustomer('Koffi');
  const koffi = (await customers(page)).find((c) => c.firstName === 'Koffi')!;
  const later = Date.now() + 60_000;
  const fatou = {
    id: 'other-phone-fatou',
    firstName: 'Fatou',
    acceptsMessages: true,
    createdAt: later,
    updatedAt: later,
  };
  const file = otherPhoneFile(
    {
      settings: [
        {
          id: 'seller',
          sellerName: 'Autre téléphone',
          country: 'CI',
          currency: 'XOF',
          marketName: 'Adjamé',
          marketDay: 1,
          language: 'fr',
          templates: {},
          inactiveDays: 21,
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      customers: [fatou],
      // The other phone deleted Koffi after this one last changed him.
      tombstones: [{ table: 'customers', id: koffi.id, deletedAt: later }],
    },
    later,
  );

  await page.goto('/sauvegarde');
  await page.getByLabel('Choisir un fichier').setInputFiles({
    name: 'assoh-sauvegarde-2026-11-23.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page.getByRole('button', { name: 'Ajouter au carnet' }).click();
  const plan = page.getByTestId('merge-plan');
  await expect(plan).toContainText('Nouvelles fiches : 1');
  await expect(plan).toContainText('Fiches supprimées (effacées depuis sur l’autre téléphone) : 1');
  // Nothing is written before she says yes.
  expect((await customers(page)).map((c) => c.firstName).sort()).toEqual(['Awa', 'Koffi']);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/merge-plan.png`, fullPage: true });
  await page.getByRole('button', { name: 'Oui, ajouter' }).click();
  await expect(
    page.getByText('Ajout terminé : 1 ajoutées, 0 mises à jour, 1 supprimées.'),
  ).toBeVisible();
  expect((await customers(page)).map((c) => c.firstName).sort()).toEqual(['Awa', 'Fatou']);
  // Her own settings stayed hers, and a copy of the notebook before was kept.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  await page.goto('/sauvegarde');
  await expect(page.getByText(/^Copie du .*\s:\s2 clients, 0 vente$/)).toBeVisible();
});

test('the sale’s quantity keeps what she types: 5 is 5, half a tas gets a message, 1,5 kg is fine', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  const stall = new Stall(page);
  await stall.addProduct('Piment', '500', 'tas');
  await stall.addProduct('Gombo', '1 000', 'kg');
  await page.goto('/vente?client=passage');
  await page.getByRole('button', { name: /^Piment/ }).click();
  const piment = page.getByLabel('Quantité de Piment');
  const total = page.locator('output').first();
  // Cleared, then 5 typed: 5, not 15.
  await piment.fill('');
  await piment.pressSequentially('5');
  await expect(piment).toHaveValue('5');
  await piment.blur();
  await expect(total).toHaveText(/2\s500\sFCFA/);
  await piment.fill('1,5');
  await piment.blur();
  await expect(page.getByText('Pour « tas », une quantité entière : 1, 2, 3…')).toBeVisible();
  await expect(total).toHaveText(/2\s500\sFCFA/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/quantity-whole.png` });
  // Saving with the slip still there saves nothing.
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(page.getByText('Pour « tas », une quantité entière : 1, 2, 3…')).toBeVisible();
  await expect(page.getByText(/Vente enregistrée/)).toHaveCount(0);
  await piment.fill('1000');
  await piment.blur();
  await expect(page.getByText('Quantité trop grande : 999 au plus.')).toBeVisible();
  await piment.fill('2');
  await page.getByRole('button', { name: /^Gombo/ }).click();
  await page.getByLabel('Quantité de Gombo').fill('1,5');
  await page.getByLabel('Quantité de Gombo').blur();
  await expect(total).toHaveText(/2\s500\sFCFA/);
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(page.getByText(/Vente enregistrée\s:\s2\s500\sFCFA/)).toBeVisible();
});

test.describe('a screen whose code cannot load', () => {
  // The page fetches its own code here, so that one file can be made to fail.
  test.use({ serviceWorkers: 'block' });

  test('shows words and a way out instead of a blank page, and Réglages keeps the error', async ({
    page,
  }) => {
    await new SetupPage(page).completeAsAwa();
    await page.route('**/assets/customer-list-screen-*.js', (route) => route.abort());
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: 'Quelque chose s’est mal passé' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Recharger' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Faire une sauvegarde' })).toHaveAttribute(
      'href',
      '/sauvegarde',
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/error-screen.png` });
    // The navigation stays, and another screen works.
    await page.getByRole('link', { name: 'Plus' }).click();
    await page.getByRole('link', { name: 'Réglages' }).click();
    await expect(page.getByRole('heading', { name: 'Erreurs récentes' })).toBeVisible();
    await expect(page.getByTestId('error-log')).toContainText('customer-list-screen');
  });
});

test('passing the notebook to another currency keeps its figures, and a copy of it first', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  const stall = new Stall(page);
  await stall.addProduct('Piment', '1 500', 'tas');
  await stall.addCustomer('Awa');
  await stall.sellFromCard('Piment');
  await page.goto('/reglages');
  await page.getByLabel('Pays').selectOption('MA');
  await page.getByLabel('Passer le carnet en MAD').check();
  await expect(page.getByText(/Une copie du carnet est gardée avant/)).toBeVisible();
  if (SHOTS) {
    await page.getByText(/Une copie du carnet est gardée avant/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/currency-switch.png` });
  }
  await page.getByRole('button', { name: 'Enregistrer mes informations' }).click();
  await expect(page.getByText('Réglages enregistrés')).toBeVisible();
  await page.goto('/produits');
  await expect(page.getByRole('link', { name: /Piment/ })).toContainText(/1\s500\sMAD/);
  // The notebook as it was, in FCFA, kept with the automatic copies.
  await page.goto('/sauvegarde');
  await expect(page.getByText(/^Copie du .*\s:\s1 client, 1 vente$/)).toBeVisible();
});

test('a question before a deletion opens on “Annuler”: Enter keeps her customer', async ({
  page,
}, testInfo) => {
  await restoreNotebook(page, testInfo);
  await page.goto(`/clients/${AWA}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Awa' })).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Awa' })).toBeVisible();
});
