import { expect, test } from '@playwright/test';
import { SetupPage } from './pages/setup-page';

test('English, chosen in Réglages, holds on screens loaded later and from the first frame of the next start', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  await page.goto('/reglages');
  await page.getByLabel('Langue').selectOption('en');
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText('Message templates')).toBeVisible();
  await page.getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('heading', { name: 'Messages to send' })).toBeVisible();

  // Watches every frame of the next start, from before the app's first script.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Ventes du jour')) {
        (window as unknown as { sawFrench: boolean }).sawFrench = true;
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.getByText("Today's sales")).toBeVisible();
  await page.getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('heading', { name: 'Messages to send' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(
    await page.evaluate(() => (window as unknown as { sawFrench?: boolean }).sawFrench),
  ).toBeUndefined();
});
