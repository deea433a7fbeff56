// A home-screen launch as the seller makes it: she taps the icon and Chrome opens a fresh
// renderer for the installed app, offline, its service worker asleep. Here: a new tab in the
// running browser (the previous ones closed, so nothing of their renderer is reused), the
// service worker stopped through the DevTools protocol, CPU slowed, the context offline.
import { expect } from '@playwright/test';
import { appReady, appReadyQuietly, newContext, shiftsSince, throttle } from './browser.mjs';

/** How long a screen is watched after it is ready, for what arrives late (and moves things). */
export const SETTLE_MS = 1500;

async function closeAll(context) {
  for (const p of context.pages()) await p.close();
}

/**
 * A new tab for a launch, the others closed (nothing of their renderer is reused), CPU slowed,
 * the service worker stopped: what the next `goto` finds when the seller taps the icon.
 */
export async function freshTab(context, cpu) {
  await closeAll(context);
  const page = await context.newPage();
  const cdp = await throttle(page, { cpu });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  return { page, cdp };
}

/**
 * Opens `url` in a new tab as a launch; returns the times (performance clock of the tab, from
 * its navigation), the scripts it loaded before app-ready, and the layout shifts until settled.
 */
export async function launchTab(context, url, cpu) {
  const { page, cdp } = await freshTab(context, cpu);
  try {
    await page.goto(`${url}/`);
    const ready = await appReadyQuietly(cdp);
    await page.waitForTimeout(SETTLE_MS);
    const seen = await page.evaluate((ready) => {
      const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= ready && /\.m?js(\?|$)/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname);
      return {
        firstPaint: paint('first-paint'),
        fcp: paint('first-contentful-paint'),
        scripts,
        path: location.pathname,
      };
    }, ready);
    const shifts = await shiftsSince(page, 0);
    return { ready, ...seen, shifts };
  } finally {
    await page.close();
  }
}

/**
 * Two launches, the second kept: the first after a big write or an install may pay for it. The
 * first also waits, if need be, for the service worker's cache to be visible offline: Chromium
 * reports the worker activated a moment before its cache answers (seen with the empty page).
 */
export async function launchTwice(context, url, cpu) {
  for (let attempt = 1; ; attempt++) {
    try {
      await launchTab(context, url, cpu);
      break;
    } catch (error) {
      if (attempt >= 3 || !/ERR_INTERNET_DISCONNECTED/.test(String(error.message))) throw error;
      await new Promise((ok) => setTimeout(ok, 1000));
    }
  }
  return launchTab(context, url, cpu);
}

/**
 * The empty React page installed, then launched. Now and then (Chromium 156, headless) a fresh
 * context's worker never serves a launch offline, whatever the wait: a new context is tried then,
 * up to three in all, rather than leaving the yardstick out of the run.
 */
export async function emptyLaunch(browser, url, cpu) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await emptyLaunchOnce(browser, url, cpu);
    } catch (error) {
      if (attempt >= 3 || !/ERR_INTERNET_DISCONNECTED/.test(String(error.message))) throw error;
    }
  }
}

/** The empty React page installed (service worker active, page controlled), then launched. */
async function emptyLaunchOnce(browser, url, cpu) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await appReady(page);
    // Polled through evaluate: waitForFunction takes a promise for a truthy value at once (it
    // never waited here: the "now and then" above may have been that).
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            if (reg?.active?.state !== 'activated' || !navigator.serviceWorker.controller)
              return false;
            // Its precache holds the page and its script (Workbox's cache, whatever its name).
            for (const name of await caches.keys()) {
              const urls = (await (await caches.open(name)).keys()).map((r) => r.url);
              if (urls.some((u) => u.includes('index.html')) && urls.some((u) => u.endsWith('.js')))
                return true;
            }
            return false;
          }),
        { timeout: 60_000, intervals: [100] },
      )
      .toBe(true);
    // A worker stopped within a moment of its activation sometimes fails the next launch
    // offline (Chromium 156): the phone's worker is never that young at a launch.
    await page.waitForTimeout(1000);
    await context.setOffline(true);
    return await launchTwice(context, url, cpu);
  } finally {
    await context.close();
  }
}
