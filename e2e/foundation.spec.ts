import { expect, test } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { waitForOfflineReady } from './helpers';

test('first run: the seller sets up her stall, wrong input is refused in French, and it is kept', async ({
  page,
}) => {
  // Nothing leaves the phone on its own: no CDN, font or analytics request, ever.
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1|data:|blob:)/.test(r.url())) foreign.push(r.url());
  });
  const setup = new SetupPage(page);
  await setup.open();
  await expect(page).toHaveURL(/\/bienvenue$/);

  await setup.fill({ name: '   ', country: 'CI', phone: '07 07', market: 'Treichville' });
  await setup.submit();
  await expect(page.getByText('Écrivez votre nom.')).toBeVisible();
  await expect(page.getByText('Ce numéro est trop court. Il manque des chiffres.')).toBeVisible();
  // What she typed stays for her to fix.
  await expect(page.getByLabel('Votre numéro WhatsApp')).toHaveValue('07 07');

  await setup.fill({ name: 'Maman Awa', phone: '07 07 00 00 01', day: 6 });
  await expect(page.getByText('Monnaie : FCFA')).toBeVisible();
  // From "Commencer" on, the app goes to the home once: never back to /bienvenue on the way
  // (the home was drawn, taken down and drawn again, the address left at /bienvenue under it).
  const went: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) went.push(new URL(frame.url()).pathname);
  });
  await setup.submit();
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(went).not.toContain('/bienvenue');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  await page.getByRole('link', { name: 'Plus' }).click();
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByLabel('Votre numéro WhatsApp')).toHaveValue('07 07 00 00 01');
  await expect(page.getByLabel('Jour de marché')).toHaveValue('6');
  expect(foreign).toEqual([]);
});

test('offline: the tab of the first visit keeps working, reloads and deep routes open', async ({
  page,
  context,
}) => {
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);

  await context.setOffline(true);
  // Same tab, no reload: a lazily loaded screen still opens.
  await page.getByRole('link', { name: 'Plus' }).click();
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await expect(page.getByText('Hors ligne', { exact: true })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  await page.goto('/reglages');
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await page.goto('/plus');
  await expect(page.getByRole('link', { name: 'Réglages' })).toBeVisible();
});
