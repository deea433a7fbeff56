// Driving Assoh as the seller does, through its French screens (as e2e/pages/setup-page.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { launch, newContext } from './browser.mjs';
import { makeBackupText } from './dataset.mjs';
import { serve } from './serve.mjs';

/** First run: the seller's details, then the home screen. */
export async function completeSetup(page, url) {
  await page.goto(`${url}/`);
  await expect(page.getByRole('heading', { name: 'Bienvenue sur Assoh' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel('Votre nom').fill('Maman Awa');
  await page.getByLabel('Pays').selectOption('CI');
  await page.getByLabel('Votre numéro WhatsApp').fill('07 07 00 00 01');
  await page.getByLabel('Nom du marché').fill('Treichville');
  await page.getByLabel('Jour de marché').selectOption('6');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible({
    timeout: 60_000,
  });
}

/** The service worker controls the page and has precached the app (e2e/helpers.ts). */
export async function waitForOfflineReady(page) {
  // waitForFunction takes a promise for a truthy value at once: the worker's promise is awaited
  // through evaluate, then control is polled (the app's "Prêt à fonctionner hors ligne" waits for
  // the next screen she opens, so the words are no sign here).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 120_000,
    polling: 200,
  });
}

/** Used bytes of this origin's storage (IndexedDB, caches), as the browser estimates them. */
export function storageUsage(page) {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/**
 * Restaurer → choose the file → preview → Remplacer mes données → Oui, remplacer, timed in the
 * page: the file check from the input's change to the preview painted, the write from the tap
 * on "Oui, remplacer" to the success message painted, and the longest main-thread task between.
 */
export async function restoreThroughUi(page, url, file) {
  await page.goto(`${url}/sauvegarde`);
  await expect(page.getByRole('button', { name: 'Créer une sauvegarde' })).toBeVisible({
    timeout: 60_000,
  });
  await page.evaluate(() => {
    const w = window.__bench;
    w.longtasks.length = 0;
    w.pending = w.painted(() => w.tests.selector('[data-testid="restore-preview"]'));
  });
  await page.locator('input[type="file"]').setInputFiles(file);
  const previewAt = await page.evaluate(() => window.__bench.pending);
  const checkMs = await page.evaluate((t) => t - window.__bench.lastChange, previewAt);
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  await page.evaluate(() => {
    const w = window.__bench;
    w.pending = w.painted(() => w.tests.text('Restauration terminée'), 300_000);
  });
  await page.getByRole('button', { name: 'Oui, remplacer' }).click();
  const doneAt = await page.evaluate(() => window.__bench.pending);
  return page.evaluate(
    ({ doneAt, checkMs }) => {
      const w = window.__bench;
      return {
        checkMs,
        writeMs: doneAt - w.lastClick,
        // From the file's choice on: what the app does, not Playwright handing the file over.
        longestTaskMs: Math.max(
          0,
          ...w.longtasks.filter((t) => t.start >= w.lastChange).map((t) => t.duration),
        ),
      };
    },
    { doneAt, checkMs },
  );
}

/**
 * A fresh profile as the profiling scripts need it: setup done, the app installed (ready
 * offline), the backup `file` restored through the app's own screens, then offline unless
 * `online`. Returns the context and its page, on the home screen after the restore.
 */
export async function restoredContext(browser, url, file, { online = false } = {}) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await completeSetup(page, url);
  await waitForOfflineReady(page);
  await restoreThroughUi(page, url, file);
  if (!online) await context.setOffline(true);
  return { context, page };
}

/**
 * Builds side by side (the A/B scripts): the bench's data set written once, each build served
 * and given its own restored profile (`restoredContext`) in one browser. `close()` ends it all.
 */
export async function restoredBuilds(dists, { profiles } = {}) {
  const tmp = await mkdtemp(join(tmpdir(), 'assoh-ab-'));
  const file = join(tmp, 'assoh-sauvegarde-bench.json');
  await writeFile(file, await makeBackupText({ now: Date.now() }));
  const servers = [];
  for (const d of dists) servers.push(await serve(d));
  const browser = await launch(profiles ? { profiles } : undefined);
  const pages = [];
  for (const app of servers) pages.push((await restoredContext(browser, app.url, file)).page);
  return {
    browser,
    servers,
    pages,
    contexts: pages.map((p) => p.context()),
    close: async () => {
      await browser.close();
      for (const s of servers) await s.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
