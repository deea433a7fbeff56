import { expect, test } from '@playwright/test';
import { startServer } from './server.mjs';
import { SetupPage } from './pages/setup-page';
import { waitForOfflineReady } from './helpers';

test('a new version waits for the seller: the prompt shows, and only her tap reloads', async ({
  page,
}) => {
  // Its own server, so changing sw.js here cannot disturb tests running beside it.
  const server = await startServer();
  try {
    await page.goto(server.url);
    const setup = new SetupPage(page);
    await expect(page.getByRole('heading', { name: 'Bienvenue sur Assoh' })).toBeVisible();
    await setup.fill({ name: 'Maman Awa', country: 'CI', market: 'Treichville' });
    await setup.submit();
    await waitForOfflineReady(page);

    // Halfway through something: this mark vanishes if the page reloads.
    await page.evaluate(() => ((window as unknown as { halfway: boolean }).halfway = true));
    server.bump();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('alert').filter({ hasText: 'Nouvelle version disponible' });
    await expect(prompt).toBeVisible();
    await page.waitForFunction(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(await page.evaluate(() => (window as unknown as { halfway?: boolean }).halfway)).toBe(
      true,
    );

    await prompt.getByRole('button', { name: 'Recharger' }).click();
    await page.waitForFunction(() => !(window as unknown as { halfway?: boolean }).halfway);
    await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
    await expect(page.getByText('Nouvelle version disponible')).toHaveCount(0);
    expect(
      await page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      ),
    ).toBe(false);
  } finally {
    await server.close();
  }
});
