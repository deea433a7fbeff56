import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

test('Chromium finds the app installable, with a French manifest and a maskable icon', async ({
  baseURL,
}) => {
  // Installability is only judged in a persistent (non-incognito) profile.
  const dir = mkdtempSync(join(tmpdir(), 'assoh-install-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 740 },
    locale: 'fr-FR',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    // Polled through evaluate: waitForFunction takes a promise for a truthy value at once.
    await expect
      .poll(() =>
        page.evaluate(async () =>
          Boolean((await navigator.serviceWorker.getRegistration())?.active),
        ),
      )
      .toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    expect(installabilityErrors).toEqual([]);

    const manifest = await (
      await page.request.get(new URL('/manifest.webmanifest', baseURL).href)
    ).json();
    expect(manifest.lang).toBe('fr');
    expect(manifest.short_name).toBe('Assoh');
    expect(manifest.display).toBe('standalone');
    const maskable = manifest.icons.find((i: { purpose?: string }) => i.purpose === 'maskable');
    expect(maskable).toMatchObject({ sizes: '512x512', type: 'image/png' });
    const icon = await page.request.get(new URL(maskable.src, baseURL).href);
    expect(icon.headers()['content-type']).toBe('image/png');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
