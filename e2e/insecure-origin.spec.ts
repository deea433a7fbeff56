import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { SetupPage } from './pages/setup-page';
import { Stall } from './pages/stall';

const SHOTS = process.env.E2E_SHOTS;
const port = Number(process.env.E2E_PORT ?? 4173);

// Opened from a plain http address, as a cooperative's server on the local network would serve
// it: a made-up host name mapped to this machine, so not localhost, so not a secure origin.
test.use({
  baseURL: `http://assoh.test:${port}`,
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP assoh.test 127.0.0.1'],
  },
});

test('on plain http the seller reads why it will not work offline, and saving still works', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(
    page.getByText(/^Adresse non sécurisée \(http\)\s:\sAssoh ne marchera pas sans réseau/),
  ).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/insecure-home.png` });
  await new Stall(page).addCustomer('Adèle');
  await page.goto('/sauvegarde');
  await page.getByRole('button', { name: 'Créer une sauvegarde' }).click();
  await expect(
    page.getByText('Sauvegarde impossible sur une adresse non sécurisée (http).', { exact: false }),
  ).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/insecure.png`, fullPage: true });
});
