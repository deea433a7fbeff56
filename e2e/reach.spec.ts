import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { Stall } from './pages/stall';
import { keepPhoneLinksInPage, waitForOfflineReady } from './helpers';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

const thanks = (name: string) =>
  `Bonjour ${name}, merci pour votre achat aujourd'hui au marché. À bientôt chez Maman Awa\u202f!`;

/** The text an sms: link carries, read back as a URL reads it (not with the app's encoder). */
function smsBody(href: string | null): string | null {
  return href === null ? null : new URL(href).searchParams.get('body');
}

test('a customer without WhatsApp gets an SMS, another a call; her card dials and texts', async ({
  page,
  context,
}) => {
  await keepPhoneLinksInPage(page);
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const stall = new Stall(page);
  await stall.addProduct('Piment frais', '500', 'tas');

  // A call needs a number: the form says so and saves nothing.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Nouveau client' }).first().click();
  await page.getByLabel('Prénom').fill('Yao');
  await page.getByRole('radio', { name: 'Appel' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Pour l’appeler, notez son numéro.')).toBeVisible();

  await stall.addCustomer('Ama', { phone: '07 07 12 34 57', channel: 'SMS' });
  // Her number as Abidjan writes it, and the dialer and the messages app one tap away.
  await expect(page.getByText('07 07 12 34 57', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Appeler' })).toHaveAttribute(
    'href',
    'tel:+2250707123457',
  );
  await expect(page.getByRole('link', { name: 'SMS', exact: true }).first()).toHaveAttribute(
    'href',
    'sms:+2250707123457',
  );
  await shot(page, '20-card-sms');
  await stall.sellFromCard('Piment frais');
  await stall.addCustomer('Kofi', { phone: '05 05 12 34 58', channel: 'Appel' });
  await stall.sellFromCard('Piment frais');

  await page.getByRole('link', { name: /^Messages/ }).click();
  const sms = page.getByRole('link', { name: 'Envoyer par SMS' });
  const call = page.getByRole('link', { name: 'Appeler' });
  await expect(sms).toHaveAttribute('href', /^sms:\+2250707123457\?body=/);
  expect(smsBody(await sms.getAttribute('href'))).toBe(thanks('Ama'));
  await expect(call).toHaveAttribute('href', 'tel:+2250505123458');
  await expect(page.getByText('05 05 12 34 58')).toBeVisible();
  await shot(page, '21-outbox-sms-call');

  // Offline, an SMS still leaves; the app asks whether it did.
  await sms.click();
  await expect(page.getByText('Envoyé ?')).toBeVisible();
  await page.getByRole('button', { name: 'Oui', exact: true }).click();
  // Her message leaves the list before the next one is tapped (the rows move up).
  await expect(page.getByText('Envoyé ?')).toHaveCount(0);
  await call.click();
  await expect(page.getByText('Appel passé ?')).toBeVisible();
  await shot(page, '22-outbox-ask-called');
  await page.getByRole('button', { name: 'Oui', exact: true }).click();
  await expect(page.getByText('Aucun message en attente.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Envoyés' }).click();
  await expect(page.getByText(/^Envoyé par SMS aujourd’hui/)).toBeVisible();
  await expect(page.getByText(/^Appelé aujourd’hui/)).toBeVisible();
});

test('search finds names written in the region’s letters, a quartier, a number; emoji finds no one', async ({
  page,
  context,
}) => {
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const stall = new Stall(page);
  await stall.addCustomer('Ɓinta', { nickname: 'la dame au foulard', area: 'Zongo' });
  await stall.addCustomer('Awa', { phone: '07 07 12 34 56' });
  await stall.addCustomer('N’Guessan');

  await page.getByRole('link', { name: 'Accueil' }).click();
  const box = page.getByLabel('Chercher un client');
  const found = (name: string) => page.getByRole('link', { name: new RegExp(`^${name}`) });
  await box.fill('binta');
  await expect(found('Ɓinta')).toBeVisible();
  await box.fill('zongo');
  await expect(found('Ɓinta')).toBeVisible();
  await expect(found('Awa')).toHaveCount(0);
  await box.fill('0707');
  await expect(found('Awa')).toBeVisible();
  await expect(found('Ɓinta')).toHaveCount(0);
  await box.fill('nguessan');
  await expect(found('N’Guessan')).toBeVisible();
  await box.fill('🌶️');
  await expect(page.getByText('Aucun résultat pour « 🌶️ ».')).toBeVisible();
  await expect(found('Awa')).toHaveCount(0);
  await shot(page, '23-search-emoji');
});

test('a thank-you too old to be true waits in Expirés until the seller clears it', async ({
  page,
}) => {
  // Saturday, market day, in Abidjan.
  await page.clock.install({ time: new Date('2026-03-07T10:00:00Z') });
  await new SetupPage(page).completeAsAwa();
  const stall = new Stall(page);
  await stall.addProduct('Piment frais', '500', 'tas');
  await stall.addCustomer('Adèle', { phone: '07 07 12 34 56' });
  await stall.sellFromCard('Piment frais');
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(page.getByRole('link', { name: 'Envoyer sur WhatsApp' })).toHaveCount(1);

  // Wednesday: four days later, "aujourd'hui" is no longer true.
  await page.clock.setSystemTime(new Date('2026-03-11T10:00:00Z'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Messages à envoyer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Envoyer sur WhatsApp' })).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Navigation principale' }).getByLabel('1'),
  ).toHaveCount(0);
  await page.getByRole('link', { name: /1 message expiré/ }).click();
  await expect(
    page.getByText('Merci préparé il y a 4 jours : trop tard pour « aujourd’hui »'),
  ).toBeVisible();
  await shot(page, '24-outbox-expired');

  // A week allowed: it may go again.
  await page.getByLabel('Un merci expire après').selectOption('7');
  await expect(page.getByText('Aucun message expiré.')).toBeVisible();
  await page.getByLabel('Un merci expire après').selectOption('3');
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page.getByText('1 message effacé')).toBeVisible();
  await expect(page.getByText('Aucun message expiré.')).toBeVisible();
});
