import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { waitForOfflineReady } from './helpers';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

test('at the stall, offline: a product, Adèle, a sale and a gift, a second Adèle, search after reload', async ({
  page,
  context,
}) => {
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);

  // A product.
  await page.getByRole('link', { name: 'Plus' }).click();
  await page.getByRole('link', { name: 'Produits' }).click();
  await expect(page.getByText('Ajoutez vos produits')).toBeVisible();
  await shot(page, '01-products-empty');
  await page.getByRole('link', { name: 'Ajouter mon premier produit' }).click();
  await page.getByLabel('Nom du produit').fill('Piment frais');
  await page.getByLabel('Prix (FCFA)').fill('500');
  await page.getByLabel('Unité').fill('tas');
  await page.getByRole('button', { name: '🌶️' }).click();
  await shot(page, '02-product-form');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('500 FCFA le tas')).toBeVisible();

  // Adèle, with a number typed as people say it.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Nouveau client' }).first().click();
  await page.getByLabel('Prénom').fill('Adèle');
  await page.getByLabel('Surnom / signe distinctif').fill('du quartier Zongo');
  await page.getByLabel(/^Téléphone/).fill('07 07 12');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Ce numéro est trop court. Il manque des chiffres.')).toBeVisible();
  await expect(page.getByLabel('Prénom')).toHaveValue('Adèle');
  await shot(page, '03-customer-wrong-number');
  await page.getByLabel(/^Téléphone/).fill('07 07 12 34 56');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  // Saving opens her card, ready for a sale.
  await expect(page.getByRole('heading', { name: 'Adèle', level: 1 })).toBeVisible();
  await expect(page.getByText('07 07 12 34 56')).toBeVisible();
  await page.getByRole('link', { name: 'Vente', exact: true }).first().click();
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  await expect(page.locator('output').first()).toHaveText(/1\s000\sFCFA/);
  await shot(page, '04-sale');
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(page.getByText(/Vente enregistrée\s:\s1\s000\sFCFA/)).toBeVisible();

  // A gift for her, given with that sale.
  await page.getByRole('link', { name: 'Cadeau', exact: true }).click();
  await expect(page.getByText(/^Avec la vente de aujourd’hui/)).toBeVisible();
  await page.getByLabel('Quoi ?').fill('une poignée d’arachide');
  await page.getByLabel('Fidélité').check();
  await page.getByLabel('Valeur estimée (FCFA)').fill('100');
  await shot(page, '05-gift');
  await page.getByRole('button', { name: 'Enregistrer le cadeau' }).click();
  await expect(page.getByText('Cadeau : une poignée d’arachide')).toBeVisible();
  // Its message came with her card, at the top of it.
  await expect(page.locator('main').getByText('Cadeau enregistré')).toBeVisible();
  await shot(page, '06-card');

  // A second Adèle.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Nouveau client' }).first().click();
  await page.getByLabel('Prénom').fill('Adele');
  await page.getByLabel('Surnom / signe distinctif').fill('la dame au foulard bleu');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Adele', level: 1 })).toBeVisible();

  // Reload, still offline: type "adele", both told apart by nickname.
  await page.goto('/');
  await page.reload();
  await expect(page.getByText(/1\s000\sFCFA/)).toBeVisible();
  await shot(page, '07-home');
  await page.getByLabel('Chercher un client').fill('adele');
  // Both found, each told apart by her nickname.
  await expect(page.getByRole('link', { name: /^Ad[eè]le / })).toHaveCount(2);
  await expect(page.getByRole('link', { name: /^Adèle du quartier Zongo/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Adele la dame au foulard bleu/ })).toBeVisible();
  await shot(page, '08-search');
  await page
    .getByRole('link', { name: /du quartier Zongo/ })
    .first()
    .click();
  await expect(page.getByText('Cadeau : une poignée d’arachide')).toBeVisible();
  await expect(page.getByText('2 tas Piment frais')).toBeVisible();
  // Back from her card: the same search, the same results.
  await page.goBack();
  await expect(page.getByLabel('Chercher un client')).toHaveValue('adele');
  await expect(page.getByRole('link', { name: /^Ad[eè]le / })).toHaveCount(2);
});

test('a returning customer: three taps from the home screen to a saved sale, with undo', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  await page.goto('/produits/nouveau');
  await page.getByLabel('Nom du produit').fill('Arachide');
  await page.getByLabel('Prix (FCFA)').fill('1 000');
  await page.getByLabel('Unité').fill('sac');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // Saved once the form has gone: leaving earlier could cut the write short.
  await page.waitForURL((url) => !url.pathname.endsWith('/nouveau'));
  await page.goto('/clients/nouveau');
  await page.getByLabel('Prénom').fill('Awa');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Awa', level: 1 })).toBeVisible();
  await page.goto('/');

  await page.getByRole('link', { name: 'Vente pour Awa' }).click(); // 1
  await page.getByRole('button', { name: /^Arachide/ }).click(); // 2
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click(); // 3
  await expect(page.getByText(/Vente enregistrée\s:\s1\s000\sFCFA/)).toBeVisible();
  await expect(page.getByText('1 sac Arachide')).toBeVisible();

  // Her thank-you waits in the messages…
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByLabel('1')).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('Vente annulée')).toBeVisible();
  // …and goes with the sale it thanked for.
  await expect(nav.getByLabel('1')).toHaveCount(0);
  await expect(page.getByText('Ni vente ni cadeau pour l’instant.')).toBeVisible();
});
