import { expect, test } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { Stall } from './pages/stall';
import { waitForOfflineReady } from './helpers';

/** What a wa.me link says, read as WhatsApp reads it: the URL's own parser, no copy of ours. */
function readWaLink(href: string | null): { phone: string; text: string | null } {
  const url = new URL(href ?? '');
  expect(url.origin).toBe('https://wa.me');
  return { phone: url.pathname.slice(1), text: url.searchParams.get('text') };
}

// French spacing: a no-break space keeps "!" on its line.
const thanks = (name: string) =>
  `Bonjour ${name}, merci pour votre achat aujourd'hui au marché. À bientôt chez Maman Awa\u202f!`;

test('offline sales put thank-yous in the outbox; back online the wa.me links are exactly right', async ({
  page,
  context,
}) => {
  // wa.me is outside this machine: answer it locally so opening a link does not wait on a network.
  await context.route('https://wa.me/**', (route) =>
    route.fulfill({ status: 200, body: 'WhatsApp' }),
  );
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const stall = new Stall(page);
  await stall.addProduct('Piment frais', '500', 'tas');

  await stall.addCustomer('Adèle', { phone: '07 07 12 34 56' });
  await stall.sellFromCard('Piment frais');
  await stall.addCustomer('Koffi', { phone: '+229 01 97 12 34 56' });
  await stall.sellFromCard('Piment frais');
  await stall.addCustomer('Bintou', { phone: '07 08 12 34 56', refusesMessages: true });
  await page.getByRole('link', { name: 'Vente', exact: true }).first().click();
  // No thank-you is even offered to a customer who said no.
  await expect(page.getByLabel('Préparer un message de merci')).toHaveCount(0);
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  // Saved (the sale screen gone), not just the previous sale's message still showing.
  await expect(page.getByRole('button', { name: 'Enregistrer la vente' })).toHaveCount(0);
  await expect(page.getByText(/Vente enregistrée/).last()).toBeVisible();

  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(
    page.getByText('Hors ligne : vos messages attendront ici le retour du réseau.'),
  ).toBeVisible();
  const sendLinks = page.getByRole('link', { name: 'Envoyer sur WhatsApp' });
  await expect(sendLinks).toHaveCount(2);
  await expect(
    page.getByRole('navigation', { name: 'Navigation principale' }).getByLabel('2'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/10-outbox-offline.png' });

  // Offline, WhatsApp cannot open: tapping does not mark the message sent. It asks, and waits.
  const [offlinePopup] = await Promise.all([page.waitForEvent('popup'), sendLinks.nth(0).click()]);
  await offlinePopup.close();
  await expect(page.getByText('Envoyé ?')).toBeVisible();
  await expect(sendLinks).toHaveCount(1);
  await expect(
    page.getByRole('navigation', { name: 'Navigation principale' }).getByLabel('2'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Pas encore' }).click();
  await expect(sendLinks).toHaveCount(2);
  await expect(page.getByText('Envoyé ?')).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByText('Réseau revenu : 2 messages prêts à envoyer.')).toBeVisible();
  await expect(
    page.getByText('Réseau disponible : touchez un message pour l’ouvrir dans WhatsApp.'),
  ).toBeVisible();
  expect(readWaLink(await sendLinks.nth(0).getAttribute('href'))).toEqual({
    phone: '2250707123456',
    text: thanks('Adèle'),
  });
  expect(readWaLink(await sendLinks.nth(1).getAttribute('href'))).toEqual({
    phone: '2290197123456',
    text: thanks('Koffi'),
  });
  await expect(page.getByText(/Bintou/)).toHaveCount(0);

  // Opening one asks "Envoyé ?" when she comes back; "Oui" marks it sent, which can be undone.
  const [popup] = await Promise.all([page.waitForEvent('popup'), sendLinks.nth(0).click()]);
  expect(readWaLink(popup.url())).toEqual({ phone: '2250707123456', text: thanks('Adèle') });
  await popup.close();
  await expect(sendLinks).toHaveCount(1);
  await page.getByRole('button', { name: 'Oui', exact: true }).click();
  await expect(page.getByText('Envoyé ?')).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Navigation principale' }).getByLabel('1'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Envoyés' }).click();
  await expect(page.getByText(/^Envoyé /)).toBeVisible();
  await page.getByRole('button', { name: 'Remettre à envoyer' }).click();
  await page.getByRole('link', { name: 'À envoyer' }).click();
  await expect(sendLinks).toHaveCount(2);

  // An announcement to everyone still skips the customer who said no.
  await page.getByRole('link', { name: 'Annonce' }).click();
  await page.getByLabel('Produit', { exact: true }).selectOption({ label: 'Piment frais' });
  await page.getByLabel('Tous les clients avec un numéro').check();
  await expect(page.getByText('2 clients recevront ce message.')).toBeVisible();
  await expect(
    page.getByText('1 client a dit non aux messages : il ne recevra rien.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/11-announce.png' });
  await page.getByRole('button', { name: 'Préparer les messages' }).click();
  await expect(sendLinks).toHaveCount(4);
  await expect(page.getByText(/Bintou/)).toHaveCount(0);
  await expect(
    page.getByText(
      'Bonjour Koffi, le piment frais est arrivé ! Je serai au marché de Treichville samedi. Maman Awa',
    ),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/12-outbox-online.png', fullPage: true });
});

test('a reservation waits for the harvest, then its message is ready and it becomes a sale', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  const stall = new Stall(page);
  await stall.addProduct('Mangue', '1 000', 'tas', false);
  await stall.addCustomer('Awa', { phone: '07 07 12 34 56' });
  await page.getByRole('link', { name: 'Réserver', exact: true }).click();
  await page
    .getByLabel('Produit', { exact: true })
    .selectOption({ label: 'Mangue (tas) · Prochaine récolte' });
  await page.getByLabel('Quantité').fill('2');
  await page.getByLabel('Pour quand ?').fill('2099-12-05');
  await page.getByLabel('Avance payée (FCFA)').fill('500');
  await page.getByRole('button', { name: 'Enregistrer la réservation' }).click();
  await expect(page.getByRole('main').getByText('Réservation enregistrée')).toBeVisible();

  await page.goto('/reservations');
  await expect(page.getByText('2 tas de mangue')).toBeVisible();
  // "Pour quand ?" and the advance show in the list.
  await expect(page.getByText('pour le samedi 5 décembre')).toBeVisible();
  await expect(page.getByText('Avance : 500 FCFA')).toBeVisible();
  await page.getByRole('button', { name: 'Mangue est disponible' }).click();
  await expect(
    page.getByText('1 réservation prête : le message attend dans les messages à envoyer.'),
  ).toBeVisible();
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(
    page.getByText('Bonjour Awa, votre réservation (2 tas de mangue) est prête. Maman Awa'),
  ).toBeVisible();
  await page.goto('/reservations');

  // "Vendre" opens the sale form, prefilled, with the advance beside the total.
  await page.getByRole('link', { name: 'Vendre' }).click();
  await expect(page.getByRole('heading', { name: 'Vente pour Awa' })).toBeVisible();
  await expect(page.getByText('Réservation : 2 tas de mangue')).toBeVisible();
  await expect(page.locator('output').first()).toHaveText(/2\s000\sFCFA/);
  await expect(page.getByText('Reste à payer : 1 500 FCFA')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await expect(page.getByText('2 tas Mangue')).toBeVisible();
  // "Votre réservation est prête" would now be false: it left the messages with the sale (the
  // badge's one message is now her thank-you).
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(page.getByText(/^Bonjour Awa, merci pour votre achat/)).toBeVisible();
  await expect(page.getByText(/votre réservation/)).toHaveCount(0);
  await page.goto('/reservations');
  await expect(page.getByText('Aucune réservation.', { exact: false })).toBeVisible();
});

test('marking the product available in its form readies the reservations too', async ({ page }) => {
  await new SetupPage(page).completeAsAwa();
  const stall = new Stall(page);
  await stall.addProduct('Arachide', '800', 'sac', false);
  await stall.addCustomer('Fatou', { phone: '07 07 12 34 57' });
  await page.getByRole('link', { name: 'Réserver', exact: true }).click();
  await page.getByLabel('Produit').selectOption({ label: 'Arachide (sac) · Prochaine récolte' });
  await page.getByRole('button', { name: 'Enregistrer la réservation' }).click();
  await expect(page.getByText('Réservation enregistrée')).toBeVisible();

  await page.goto('/produits');
  await page.getByRole('link', { name: /^Arachide/ }).click();
  await page.getByRole('button', { name: 'Disponible', exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('1 réservation prête : le message attend dans les messages à envoyer.'),
  ).toBeVisible();
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(
    page.getByText("Bonjour Fatou, votre réservation (1 sac d'arachide) est prête. Maman Awa"),
  ).toBeVisible();
});
