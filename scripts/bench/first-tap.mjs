// Not part of `npm run bench`: the first tap after a home-screen launch, as a seller makes it
// (she opens the app and taps at once), for two builds side by side, interleaved. The bench's
// daily taps are timed in a tab that has run each screen before (their code compiled); here each
// tap is the first of a fresh renderer: a new tab (as launch.mjs), offline, CPU slowed, the home
// screen ready and settled (its prefetches done), then one tap: Crédits, the first recent
// customer's card, or the search word's first letter, each to its frame painted.
//   node scripts/bench/first-tap.mjs <dist A> <dist B> [cpu]   (SETTLE=0: the tap right at app-ready)
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReadyQuietly } from './browser.mjs';
import { restoredBuilds } from './app.mjs';
import { SEARCH_WORD } from './dataset.mjs';
import { freshTab, SETTLE_MS } from './launch.mjs';
import { median } from './table.mjs';

const [distA = 'dist', distB = 'dist'] = process.argv.slice(2, 4);
const cpu = Number(process.argv[4] ?? 6);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TAPS = (process.env.TAPS ?? 'credits,card,search').split(',');

/** Arms the page's painted() on `test`, acts, returns the act's event → that frame. */
async function timed(page, test, act, field = 'lastClick') {
  // Evaluates to 0, not to the promise: page.evaluate would wait for that.
  await page.evaluate(
    `(window.__bench.pending = window.__bench.painted(() => (${test})(), 60000), 0)`,
  );
  await act();
  const at = await page.evaluate(() => window.__bench.pending);
  return page.evaluate(({ at, field }) => at - window.__bench[field], { at, field });
}

const TAP = {
  async credits(page) {
    const link = page.locator('a[href="/credits"]');
    return timed(
      page,
      `() => location.pathname === '/credits' &&
        [...document.querySelectorAll('main li')].filter((li) => li.querySelector('a[href^="/clients/"]')).length >= 10`,
      () => link.click(),
    );
  },
  async card(page) {
    const row = page.locator('main ul a[href^="/clients/"]').first();
    const href = await row.getAttribute('href');
    return timed(
      page,
      `() => location.pathname === '${href}' && document.querySelector('a[href^="/ventes/"], a[href^="/cadeaux/"]') !== null`,
      () => row.click(),
    );
  },
  async search(page) {
    await page.getByLabel('Chercher un client').click();
    const armed = await page.evaluate(() => performance.now());
    return timed(
      page,
      `() => window.__bench.tests.searchResults(${armed})`,
      () => page.keyboard.press(SEARCH_WORD[0]),
      'lastKey',
    );
  },
};

async function firstTap(context, url, tap) {
  const { page, cdp } = await freshTab(context, cpu);
  try {
    await page.goto(`${url}/`);
    await appReadyQuietly(cdp);
    // SETTLE=ms: how long after app-ready she taps (0: at once, while the next screens load).
    await page.waitForTimeout(Number(process.env.SETTLE ?? SETTLE_MS));
    return await TAP[tap](page);
  } catch (error) {
    await page.screenshot({ path: join(tmpdir(), `first-tap-${tap}.png`) });
    console.log(`first tap ${tap}: failed at ${page.url()} (screenshot in ${tmpdir()})`);
    throw error;
  } finally {
    await page.close();
  }
}

const { servers, contexts, close } = await restoredBuilds([distA, distB]);
try {
  const runs = Object.fromEntries(TAPS.map((t) => [t, [[], []]]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const tap of TAPS) {
      for (const k of [0, 1])
        runs[tap][k].push(Math.round(await firstTap(contexts[k], servers[k].url, tap)));
      console.log(
        `round ${i + 1} ${tap}: A ${runs[tap][0].at(-1)} ms, B ${runs[tap][1].at(-1)} ms`,
      );
    }
  }
  console.log(`${cpu}× CPU, first tap after a launch, medians of ${ROUNDS}:`);
  for (const tap of TAPS)
    console.log(
      `  ${tap}: ${distA} ${median(runs[tap][0])} ms, ${distB} ${median(runs[tap][1])} ms`,
    );
} finally {
  await close();
}
