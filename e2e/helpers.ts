import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page: from then on it works with no network. */
export async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(reg?.active && navigator.serviceWorker.controller);
  });
  await expect(page.getByText('Prêt à fonctionner hors ligne')).toBeVisible();
}

/**
 * The phone's messages app and dialer are outside this machine: a tap on an sms: or tel: link
 * runs the app's own handler (marking the message opened) but hands nothing to the system. Headless
 * Chromium would otherwise open an invisible "open with?" prompt that swallows later taps.
 */
export async function keepPhoneLinksInPage(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.(
          'a[href^="sms:"], a[href^="tel:"]',
        );
        if (link) event.preventDefault();
      },
      true,
    );
  });
}
