import { expect, test } from '@playwright/test';
import { AWA, PIMENT, restoreNotebook } from './pages/notebook';

test('a Status image in four taps from the home screen, two from a product', async ({
  page,
}, testInfo) => {
  // A phone whose browser cannot share files: the last tap saves the image.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined });
  });
  await restoreNotebook(page, testInfo);

  await page.getByRole('link', { name: 'Plus' }).click(); // 1
  await page.getByRole('link', { name: 'Statut WhatsApp' }).click(); // 2
  await page.getByRole('button', { name: /^Piment frais/ }).click(); // 3
  await expect(page.getByRole('img', { name: "L'image du statut : Piment frais" })).toBeVisible();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: "Enregistrer l'image" }).click(), // 4
  ]);
  expect(saved.suggestedFilename()).toMatch(/^assoh-statut-piment-frais-.*\.jpg$/);

  await page.goto(`/produits/${PIMENT}`);
  await page.getByRole('link', { name: 'Faire un statut' }).click(); // 1
  await expect(page.getByRole('img', { name: "L'image du statut : Piment frais" })).toBeVisible();
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: "Enregistrer l'image" }).click(), // 2
  ]);
  expect(again.suggestedFilename()).toMatch(/\.jpg$/);
});

test('a new customer and her first sale in five taps', async ({ page }, testInfo) => {
  await restoreNotebook(page, testInfo);
  await page.getByRole('link', { name: 'Nouvelle vente' }).click(); // 1
  // The home screen stays while the sale screen loads: its own search box must not be the one.
  await expect(page.getByRole('heading', { name: 'Pour qui ?' })).toBeVisible();
  await page.getByLabel('Chercher un client').fill('Mariam');
  await page.getByRole('link', { name: 'Créer « Mariam »' }).click(); // 2
  await expect(page.getByLabel('Prénom')).toHaveValue('Mariam');
  await page.getByRole('button', { name: 'Enregistrer' }).click(); // 3
  await expect(page.getByRole('heading', { name: 'Vente pour Mariam' })).toBeVisible();
  await page.getByRole('button', { name: /^Tomate/ }).click(); // 4
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click(); // 5
  await expect(page.getByRole('heading', { name: 'Mariam', level: 1 })).toBeVisible();
  await expect(page.getByText('1 tas Tomate')).toBeVisible();
});

test('a product added from the sale comes back to the sale, picked, with what was already tapped', async ({
  page,
}, testInfo) => {
  await restoreNotebook(page, testInfo);
  await page.goto(`/vente?client=${AWA}`);
  await page.getByRole('button', { name: /^Tomate/ }).click();
  await page.getByRole('button', { name: 'Nouveau produit' }).click();
  await expect(page.getByRole('heading', { name: 'Nouveau produit' })).toBeVisible();
  await page.getByLabel('Nom du produit').fill('Haricot vert');
  await page.getByLabel('Prix (FCFA)').fill('400');
  await page.getByLabel('Unité').fill('tas');
  // French says "un haricot": the form guessed it, the seller can change it.
  await expect(page.getByRole('button', { name: 'un haricot vert' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { name: 'Vente pour Awa' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Un de moins : Haricot vert' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Un de moins : Tomate' })).toBeVisible();
  await expect(page.locator('output').first()).toHaveText(/700\sFCFA/);
});

test('the backup reminder is one line above the tabs, and "Demain" puts it off until tomorrow', async ({
  page,
}, testInfo) => {
  await restoreNotebook(page, testInfo);
  const reminder = page.getByRole('link', { name: 'Sauvegarde à faire' });
  await expect(reminder).toBeVisible();
  // It pushes nothing off the screen: the sale button stays where the seller expects it.
  await expect(page.getByRole('link', { name: 'Nouvelle vente' })).toBeInViewport({ ratio: 1 });
  const box = await reminder.boundingBox();
  expect(box?.height).toBeLessThan(60);

  await page.getByRole('button', { name: 'Me le rappeler demain' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  await expect(page.getByText('Ventes du jour')).toBeVisible();
  await expect(reminder).toHaveCount(0);

  // The next morning it is back.
  await page.clock.setFixedTime(Date.now() + 24 * 60 * 60 * 1000);
  await page.reload();
  await expect(reminder).toBeVisible();
});

test('message texts show their placeholders as chips, never as {prenom}', async ({
  page,
}, testInfo) => {
  await restoreNotebook(page, testInfo);
  await page.goto('/reglages');
  const merci = page.getByRole('textbox', { name: 'Merci' });
  await expect(merci.getByText('Prénom', { exact: true })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('{');

  // A chip goes where the cursor is, and the text keeps it as a placeholder.
  await merci.click();
  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: '+ Marché' }).first().click();
  await expect(merci.getByText('Marché', { exact: true })).toBeVisible();
  await expect(page.getByText(/Maman Awa\s!\sMarché d'Adjamé/)).toBeVisible();

  await page.goto('/messages/annonce');
  await page.getByLabel('Produit', { exact: true }).selectOption({ label: 'Tomate' });
  await expect(page.locator('main')).not.toContainText('{');
  await expect(page.getByText(/la tomate est arrivée/).first()).toBeVisible();
});

test('every search finds at once who was just added, here or in another tab, and forgets who was deleted', async ({
  page,
  context,
}, testInfo) => {
  await restoreNotebook(page, testInfo);
  const box = page.getByLabel('Chercher un client');
  const result = (name: RegExp) => page.locator('main ul').getByRole('link', { name });
  await box.fill('Tom');
  await expect(page.getByText('Aucun résultat pour « Tom ».')).toBeVisible();

  // Another tab of the app (as the sync's worker would) adds Tomi while this one searches.
  const other = await context.newPage();
  await other.goto('/clients/nouveau?prenom=Tomi');
  await other.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(other.getByRole('heading', { name: 'Tomi', level: 1 })).toBeVisible();
  await box.fill('Tomi');
  await expect(result(/^Tomi/)).toBeVisible();
  // Clients finds her the same way.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByLabel('Chercher un client').fill('tom');
  await expect(result(/^Tomi/)).toBeVisible();
  // So do the sale's "Pour qui ?" and a new customer's "Recommandé par".
  await page.getByRole('link', { name: 'Accueil' }).click();
  await page.getByRole('link', { name: 'Nouvelle vente' }).click();
  await expect(page.getByRole('heading', { name: 'Pour qui ?' })).toBeVisible();
  await page.getByLabel('Chercher un client').fill('tom');
  await page.locator('main ul').getByRole('button', { name: /^Tomi/ }).click();
  await expect(page.getByRole('heading', { name: 'Vente pour Tomi' })).toBeVisible();
  await page.goto('/clients/nouveau');
  await page.getByLabel('Recommandé par').fill('tomi');
  await page.getByRole('button', { name: 'Tomi', exact: true }).click();
  await expect(page.getByText('Tomi', { exact: true })).toBeVisible();
  await page.goto('/');
  await box.fill('Tomi');

  // And this tab deletes her: the search no longer finds her.
  await result(/^Tomi/).click();
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('button', { name: 'Supprimer' }).last().click();
  await page.getByRole('link', { name: 'Accueil' }).click();
  await box.fill('Tomi');
  await expect(page.getByText('Aucun résultat pour « Tomi ».')).toBeVisible();
});
