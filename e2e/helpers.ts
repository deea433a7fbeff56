import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page: from then on it works with no network. */
export async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(reg?.active && navigator.serviceWorker.controller);
  });
  await expect(page.getByText('Prêt à fonctionner hors ligne')).toBeVisible();
}
