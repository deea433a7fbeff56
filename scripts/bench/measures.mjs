// One run of each measure, at one CPU slowdown. Times are read inside the page (performance
// clock): from the event's own timestamp to the frame painted after the screen shows the result.
import { CARD_CUSTOMER, SALE_CUSTOMER_ID, SEARCH_WORD } from './dataset.mjs';
import { SLOW_3G, appReady, newContext, shiftsSince, throttle } from './browser.mjs';
import { completeSetup, restoreThroughUi, storageUsage, waitForOfflineReady } from './app.mjs';
import { SETTLE_MS, launchTwice } from './launch.mjs';
import { openCredits, paymentOnCard } from './credit.mjs';

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

/** Fresh profile, no service worker, slow 3G: the first visit, to app-ready. */
export async function coldLoad(browser, url, cpu) {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await throttle(page, { cpu, network: SLOW_3G });
    await page.goto(`${url}/`, { timeout: 180_000 });
    return await appReady(page, 180_000);
  } finally {
    await context.close();
  }
}

/** Setup done (the notebook exists), HTTP cache emptied, no service worker: a first load. */
export async function coldLoadAfterSetup(browser, url, cpu) {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await completeSetup(page, url);
    const cdp = await throttle(page, { cpu, network: SLOW_3G });
    await cdp.send('Network.clearBrowserCache');
    await page.goto(`${url}/`, { timeout: 180_000 });
    return await appReady(page, 180_000);
  } finally {
    await context.close();
  }
}

/** The empty page, loaded once, then reloaded from the HTTP cache: its warm start. */
export async function emptyWarm(browser, url, cpu) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await appReady(page);
    await throttle(page, { cpu });
    let ready = 0;
    for (let i = 0; i < 2; i++) {
      await page.reload();
      ready = await appReady(page);
    }
    return ready;
  } finally {
    await context.close();
  }
}

async function warmOffline(page, url) {
  let ready = 0;
  // The second of two reloads: the first after a big write may still pay for the write.
  for (let i = 0; i < 2; i++) {
    await page.goto(`${url}/`);
    ready = await appReady(page);
  }
  return ready;
}

/**
 * Arms one of the page's named tests (browser.mjs), runs `act`, and returns the time from the
 * act's own event (tap or key) to the frame painted once the test holds.
 */
async function timed(page, test, arg, act, eventField = 'lastClick', timeoutMs = 60_000) {
  await page.evaluate(
    ({ test, arg, timeoutMs }) => {
      const w = window.__bench;
      w.pending = w.painted(() => w.tests[test](arg), timeoutMs);
    },
    { test, arg, timeoutMs },
  );
  await act();
  const at = await page.evaluate(() => window.__bench.pending);
  return page.evaluate(({ at, field }) => at - window.__bench[field], { at, field: eventField });
}

/** Types the search word letter by letter on the home screen. */
async function search(page, url) {
  await page.goto(`${url}/`);
  await appReady(page);
  const box = page.getByLabel('Chercher un client');
  await box.click();
  await page.evaluate(() => (window.__bench.events.length = 0));
  const painted = [];
  for (const letter of SEARCH_WORD) {
    const armed = await page.evaluate(() => performance.now());
    painted.push(
      await timed(
        page,
        'searchResults',
        armed,
        () => page.keyboard.press(letter),
        'lastKey',
        15_000,
      ),
    );
  }
  const worstEvent = await page.evaluate(
    (names) =>
      Math.max(
        0,
        ...window.__bench.events.filter((e) => names.includes(e.name)).map((e) => e.duration),
      ),
    [...KEY_EVENTS],
  );
  // BENCH_LETTERS=1: each letter's time, to see which one is the worst.
  if (process.env.BENCH_LETTERS)
    console.log(`  search letters: ${painted.map(Math.round).join(' ')}`);
  return { worstEvent, worstPainted: Math.max(...painted) };
}

/**
 * The sale screen, a product, "Enregistrer la vente" → her card, timed from the tap to the sale
 * shown on the card. Then, at once, a tap where "Cadeau" stands on the card's first frame with
 * the sale: does it land (the gift form opens)? Layout shifts from the sale screen's start on.
 */
export async function saveSale(page, url, customerId) {
  await page.goto(`${url}/vente?client=${customerId}`);
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  const ms = await timed(page, 'card', { id: customerId, entries: 1 }, () =>
    page.getByRole('button', { name: 'Enregistrer la vente' }).click(),
  );
  // Where "Cadeau" was when the sale first showed; tapped there now, as a hurried seller would.
  const at = await page.evaluate(() => {
    const link = [...document.querySelectorAll('main a')].find((a) =>
      /^Cadeau$/.test(a.textContent.trim()),
    );
    const r = link?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  let giftTapLanded = false;
  if (at) {
    await page.touchscreen.tap(at.x, at.y);
    giftTapLanded = await page
      .waitForURL(/\/cadeau\?/, { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
  }
  await page.waitForTimeout(SETTLE_MS);
  return { ms, giftTapLanded, shifts: await shiftsSince(page, 0) };
}

export async function openCard(page, url) {
  await page.goto(`${url}/clients`);
  const row = page.locator(`a[href="/clients/${CARD_CUSTOMER.id}"]`).first();
  await row.waitFor();
  // Her history holds 200 entries; the card paints its first 10 rows (the app's FIRST_ROWS,
  // below her figures and buttons) in its first frame, the rest of a page of 30 in the next,
  // with "Voir plus" for the rest. Timed to the first rows painted.
  const entries = Math.min(10, CARD_CUSTOMER.sales + CARD_CUSTOMER.gifts);
  const ms = await timed(page, 'card', { id: CARD_CUSTOMER.id, entries }, () => row.click());
  await page.waitForTimeout(SETTLE_MS);
  const tapAt = await page.evaluate(() => window.__bench.lastClick);
  return { ms, shifts: await shiftsSince(page, tapAt) };
}

/** From the home screen, the "Messages" tab → the first pending messages painted. */
async function openOutbox(page, url) {
  await page.goto(`${url}/`);
  await appReady(page);
  const ms = await timed(page, 'selector', 'main ul li a[href^="https://wa.me/"]', () =>
    page.getByRole('link', { name: /^Messages/ }).click(),
  );
  await page.waitForTimeout(SETTLE_MS);
  const tapAt = await page.evaluate(() => window.__bench.lastClick);
  return { ms, shifts: await shiftsSince(page, tapAt) };
}

/** The stories engineer's `story-render` measure: render and encode of one Status image. */
async function storyRender(page, url) {
  await page.goto(`${url}/story?produit=bench-p0`);
  await page.getByRole('button', { name: "Voir l'image" }).click();
  await page.waitForFunction(() => performance.getEntriesByName('story-render').length > 0, null, {
    timeout: 60_000,
    polling: 100,
  });
  return page.evaluate(() => {
    const e = performance.getEntriesByName('story-render')[0];
    return { ms: e.duration, where: e.detail?.where ?? '?' };
  });
}

/** Créer une sauvegarde, from the tap to "Sauvegarde enregistrée" painted. */
async function backup(page, url) {
  await page.goto(`${url}/sauvegarde`);
  await page.getByRole('button', { name: 'Créer une sauvegarde' }).waitFor();
  await page.evaluate(() => (window.__bench.longtasks.length = 0));
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const ms = await timed(page, 'text', 'Sauvegarde (enregistrée|envoyée)', () =>
    page.getByRole('button', { name: 'Créer une sauvegarde' }).click(),
  );
  const file = await download;
  await file.delete();
  const longestTask = await page.evaluate(() =>
    Math.max(0, ...window.__bench.longtasks.map((t) => t.duration)),
  );
  return { ms, longestTask };
}

/**
 * A whole notebook's life in one fresh profile: setup, offline, home-screen launches and a
 * warm start with the notebook empty, restore of the data set, then with it: launches, warm
 * start, search, a sale, the 200-entry card, the outbox, a story, a backup. Each step is
 * wrapped so that one missing screen leaves the others measured. `wanted(step)` leaves out the
 * steps not asked for (BENCH_ONLY); the restore always runs.
 */
export async function notebookRun(browser, url, cpu, backupFile, log, wanted = () => true) {
  const out = {};
  const step = async (name, fn) => {
    if (name !== 'restore' && !wanted(name)) return;
    try {
      out[name] = await fn();
    } catch (error) {
      out[name] = null;
      log(`  ${name}: not measured (${String(error.message ?? error).split('\n')[0]})`);
    }
  };
  const context = await newContext(browser);
  /** A fresh tab, throttled, for the steps after a launch (which closes every tab). */
  const freshPage = async () => {
    for (const p of context.pages()) await p.close();
    const page = await context.newPage();
    await throttle(page, { cpu });
    return page;
  };
  try {
    let page = await context.newPage();
    await completeSetup(page, url);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await step('launchEmpty', () => launchTwice(context, url, cpu));
    page = await freshPage();
    await step('warmEmpty', () => warmOffline(page, url));
    // A fresh tab is blank until a step opens the app in it (BENCH_ONLY may leave them out).
    if (page.url() === 'about:blank') await page.goto(url);
    const before = await storageUsage(page);
    await step('restore', () => restoreThroughUi(page, url, backupFile.path));
    if (out.restore) {
      const after = await storageUsage(page);
      out.bytesPerSale = (after - before) / backupFile.sales;
      out.bytesPerRow = (after - before) / backupFile.rows;
      await step('launchData', () => launchTwice(context, url, cpu));
      page = await freshPage();
      await step('warmData', () => warmOffline(page, url));
      await step('search', () => search(page, url));
      await step('sale', () => saveSale(page, url, SALE_CUSTOMER_ID));
      await step('card', () => openCard(page, url));
      await step('outbox', () => openOutbox(page, url));
      await step('credits', () => openCredits(page, url));
      await step('payment', () => paymentOnCard(page, url, CARD_CUSTOMER.id));
      await step('story', () => storyRender(page, url));
      await step('storyMain', async () => {
        // Chromium cannot throttle a dedicated worker: without Worker the app renders on the
        // (throttled) main thread, which stands in for a worker on a slow phone.
        const main = await context.newPage();
        try {
          await main.addInitScript(() => delete window.Worker);
          await throttle(main, { cpu });
          return await storyRender(main, url);
        } finally {
          await main.close();
        }
      });
      await step('backup', () => backup(page, url));
    }
  } finally {
    await context.close();
  }
  return out;
}
