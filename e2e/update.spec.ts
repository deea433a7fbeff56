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

    // Halfway through a sale: a product tapped, not saved yet.
    await page.goto(`${server.url}/produits/nouveau`);
    await page.getByLabel('Nom du produit').fill('Arachide');
    await page.getByLabel(/^Prix/).fill('1000');
    await page.getByLabel('Unité').fill('sac');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('link', { name: 'Vente', exact: true }).click();
    await page.getByRole('button', { name: 'Client de passage' }).click();
    await page.getByRole('button', { name: /^Arachide/ }).click();
    await expect(page.getByRole('button', { name: 'Un de moins : Arachide' })).toBeVisible();
    // This mark vanishes if the page reloads.
    await page.evaluate(() => ((window as unknown as { halfway: boolean }).halfway = true));
    server.bump();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('alert').filter({ hasText: 'Nouvelle version disponible' });
    await expect(prompt).toBeVisible();
    // Polled through evaluate: waitForFunction takes a promise for a truthy value at once.
    await expect
      .poll(() =>
        page.evaluate(async () =>
          Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
        ),
      )
      .toBe(true);
    expect(await page.evaluate(() => (window as unknown as { halfway?: boolean }).halfway)).toBe(
      true,
    );

    await prompt.getByRole('button', { name: 'Recharger' }).click();
    await page.waitForFunction(() => !(window as unknown as { halfway?: boolean }).halfway);
    // The new version opens on the same sale, still holding what she had tapped.
    await expect(page.getByRole('heading', { name: 'Client de passage' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Un de moins : Arachide' })).toBeVisible();
    await expect(page.locator('output').first()).toHaveText(/1\s000\sFCFA/);
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
