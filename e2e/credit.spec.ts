import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { Stall } from './pages/stall';
import { fcfa, waitForOfflineReady } from './helpers';
import { AWA, restoreNotebook } from './pages/notebook';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

test('offline: a sale partly on credit, then a payment; her balance is right after a reload', async ({
  page,
  context,
}) => {
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const stall = new Stall(page);
  await stall.addProduct('Piment frais', '500', 'tas');
  await stall.addCustomer('Adèle', { phone: '07 07 12 34 56' });

  // The sale: "Payé" in full is chosen; "Payé : …" is one tap, then what she paid.
  await page.getByRole('link', { name: 'Vente', exact: true }).first().click();
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  await expect(page.getByRole('button', { name: 'Payé', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Payé : …' }).click();
  await page.getByLabel('Payé (FCFA)').fill('400');
  await expect(page.getByText(fcfa('Reste à payer : 600 FCFA'))).toBeVisible();
  await page.getByRole('button', { name: 'Demain' }).click();
  await shot(page, 'credit-01-sale');
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(
    page.getByText(fcfa('Vente enregistrée : 1 000 FCFA, dont 600 FCFA à crédit')),
  ).toBeVisible();

  // Her card: what she owes, since today, and the promise.
  await expect(page.getByRole('heading', { name: 'Adèle', level: 1 })).toBeVisible();
  await expect(page.getByText(fcfa('Doit 600 FCFA depuis le'))).toBeVisible();
  await expect(page.getByText(/^Paiera le /).first()).toBeVisible();
  await shot(page, 'credit-02-card');

  // Paiement reçu: what she owes is already written; she brings 400 by Wave.
  await page.getByRole('button', { name: 'Paiement reçu' }).click();
  const amount = page.getByLabel('Montant reçu (FCFA)');
  await expect(amount).toHaveValue('600');
  await amount.fill('400');
  await page.getByRole('button', { name: 'Wave' }).click();
  await expect(page.getByLabel('Préparer un reçu WhatsApp')).toBeChecked();
  await shot(page, 'credit-03-payment');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText(fcfa('Doit 200 FCFA depuis le'))).toBeVisible();
  await expect(page.getByText(fcfa('Paiement · Wave'))).toBeVisible();
  await expect(page.getByText(fcfa('Reste 200 FCFA'))).toBeVisible();

  // Her receipt waits in the outbox, with what is left.
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(
    page.getByText(
      fcfa("Bonjour Adèle, j'ai bien reçu 400 FCFA. Il reste 200 FCFA à régler. Merci ! Maman Awa"),
    ),
  ).toBeVisible();

  // A reload with no network: the figures come back from the phone, unchanged.
  await page.goBack();
  await page.reload();
  await expect(page.getByText(fcfa('Doit 200 FCFA depuis le'))).toBeVisible();

  // More than she owes: the app asks, and the rest becomes her advance.
  await page.getByRole('button', { name: 'Paiement reçu' }).click();
  await page.getByLabel('Montant reçu (FCFA)').fill('500');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText(fcfa('500 FCFA reçus pour 200 FCFA dus'))).toBeVisible();
  await shot(page, 'credit-04-overpaid');
  await page.getByRole('button', { name: fcfa('Garder 300 FCFA en avance') }).click();
  await expect(page.getByText(fcfa('Avance : 300 FCFA'))).toBeVisible();
});

test('a gentle reminder: her exact digits and the amount in the wa.me text; a second one asks first', async ({
  page,
  context,
}) => {
  await context.route('https://wa.me/**', (route) =>
    route.fulfill({ status: 200, body: 'WhatsApp' }),
  );
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const stall = new Stall(page);
  await stall.addCustomer('Koffi', { phone: '+229 01 97 12 34 56' });

  // Goods taken on credit without a sale.
  await page.getByRole('button', { name: 'Crédit', exact: true }).click();
  await page.getByLabel('Montant (FCFA)').fill('1 500');
  await page.getByRole('button', { name: 'Enregistrer le crédit' }).click();
  await expect(page.getByText(fcfa('Doit 1 500 FCFA depuis le'))).toBeVisible();

  await page.getByRole('button', { name: 'Rappel' }).click();
  await expect(page.getByText('Rappel ajouté aux messages à envoyer.')).toBeVisible();
  await expect(page.getByText(/^Dernier rappel /)).toBeVisible();
  // Another the same day: the app asks before preparing it.
  await page.getByRole('button', { name: 'Rappel' }).click();
  await expect(page.getByRole('heading', { name: /^Déjà relancée / })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('link', { name: /^Messages/ }).click();
  await context.setOffline(false);
  const send = page.getByRole('link', { name: 'Envoyer sur WhatsApp' });
  await expect(send).toHaveCount(1);
  const href = new URL((await send.getAttribute('href')) ?? '');
  expect(`${href.origin}${href.pathname}`).toBe('https://wa.me/2290197123456');
  const text = href.searchParams.get('text') ?? '';
  expect(text).toBe(
    'Bonjour Koffi, petit rappel\u00a0: il reste 1\u202f500\u00a0FCFA à régler chez Maman Awa. Merci et à bientôt\u202f!',
  );
  await shot(page, 'credit-05-reminder');
});

test('Crédits lists who owes, and her relevé is a 1080 px wide image', async ({
  page,
  context,
}) => {
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const stall = new Stall(page);
  for (const [name, amount] of [
    ['Awa', '500'],
    ['Bintou', '2 000'],
  ] as const) {
    await stall.addCustomer(name);
    await page.getByRole('button', { name: 'Crédit', exact: true }).click();
    await page.getByLabel('Montant (FCFA)').fill(amount);
    await page.getByRole('button', { name: 'Enregistrer le crédit' }).click();
    await expect(page.getByText(/^Doit /)).toBeVisible();
  }

  // The home screen says who owes, and leads to Crédits.
  await page.getByRole('link', { name: 'Accueil' }).click();
  await page.getByRole('link', { name: /2 clients doivent de l’argent/ }).click();
  await expect(page.getByText(fcfa('2 500 FCFA')).first()).toBeVisible();
  await expect(page.locator('main li').first()).toContainText('Awa');
  // The other order: read again, while the screen stays on show (no blank between).
  await page.getByRole('button', { name: 'Plus gros d’abord' }).click();
  await expect(page.locator('main li').first()).toContainText('Bintou');
  await expect(page.getByText('Total à encaisser')).toBeVisible();
  await shot(page, 'credit-06-credits');

  await page.locator('main li').first().getByRole('link').first().click();
  await page.getByRole('link', { name: 'Relevé' }).click();
  const image = page.getByRole('img', { name: 'Relevé de compte de Bintou' });
  await expect(image).toBeVisible();
  // Shown with its room (width and height) before the picture is decoded: its width once loaded.
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(1080);
  await shot(page, 'credit-07-statement');

  // Bintou pays it all: Crédits, opened again, counts only Awa (the kept list of who owes
  // follows every payment).
  await page.goBack();
  await page.getByRole('button', { name: 'Paiement reçu' }).click();
  await expect(page.getByLabel('Montant reçu (FCFA)')).toHaveValue('2000');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText(/^Doit /)).toHaveCount(0);
  await page.getByRole('link', { name: 'Accueil' }).click();
  await page.getByRole('link', { name: /1 client doit de l’argent/ }).click();
  await expect(page.getByText('1 client doit de l’argent')).toBeVisible();
  await expect(page.getByText(fcfa('500 FCFA')).first()).toBeVisible();
  await expect(page.locator('main li')).toHaveCount(1);
  await expect(page.locator('main li')).toContainText('Awa');
});

test('a payment made from the end of her card keeps her where she was, and her rows come back whole', async ({
  page,
}, testInfo) => {
  await restoreNotebook(page, testInfo);
  await page.goto(`/clients/${AWA}`);
  await expect(page.getByText(/^Doit /).first()).toBeVisible();
  // The sheet opens over her card where she had scrolled it (the address notes the sheet: that
  // is not a new screen opening at its top), and stays so when it closes.
  await page.getByRole('button', { name: 'Paiement reçu' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // Under the sheet, her rows are left out of style, layout and paint away from the screen.
  const rows = page.locator('main ul.divide-y > li');
  const lazy = () =>
    rows.evaluateAll((lis) => lis.every((li) => getComputedStyle(li).contentVisibility === 'auto'));
  expect(await lazy()).toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = page.getByRole('button', { name: 'Supprimer' });
  const before = (await last.boundingBox())!;
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await page.getByLabel('Montant reçu (FCFA)').fill('100');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(fcfa('Paiement · Espèces')).first()).toBeAttached();
  // A frame after the sheet closed, every row is drawn again.
  await expect
    .poll(() =>
      rows.evaluateAll((lis) =>
        lis.every((li) => getComputedStyle(li).contentVisibility === 'visible'),
      ),
    )
    .toBe(true);
  // Her new entry, added at the top of her credit book above what she sees, moved nothing she
  // sees (the browser's scroll anchoring, to the nearest half pixel).
  expect(Math.abs((await last.boundingBox())!.y - before.y)).toBeLessThanOrEqual(1);
});
