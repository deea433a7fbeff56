// Not part of `npm run bench`: each letter of the bench's search word typed on the home screen over
// the bench's data set, offline, timed as the bench times it (key → the frame showing only matches)
// and traced one by one. Prints each letter's time, then, for the slowest (or PROFILE_LETTER=n,
// 0-based), the main thread's costs by kind and the functions with most self time.
//   node scripts/bench/profile-search-letters.mjs [dist] [cpu]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, launch, throttle } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { SEARCH_WORD, makeBackupText } from './dataset.mjs';
import { CATEGORIES, printCosts } from './trace-costs.mjs';
import { serve } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const cpu = Number(process.argv[3] ?? 6);

function report(buffer, label) {
  const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
  const mark = (n) => events.find((e) => e.name === n && e.cat.includes('user_timing'));
  const from = mark('profile-start');
  const to = mark('profile-end');
  const main = events.find(
    (e) => e.pid === from?.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  console.log(`\n${label}`);
  printCosts(events, main, from.ts, to.ts, { kinds: 14, functions: 20 });
}

const tmp = await mkdtemp(join(tmpdir(), 'assoh-search-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(file, await makeBackupText({ now: Date.now() }));
const app = await serve(dist);
const browser = await launch({ profiles: 'incognito' }); // traced from its Browser
try {
  const restored = await restoredContext(browser, app.url, file);
  const { context } = restored;
  let { page } = restored;
  await page.close();
  page = await context.newPage();
  await throttle(page, { cpu });
  const times = [];
  const traces = [];
  for (let round = 0; round < 2; round++) {
    await page.goto(`${app.url}/`);
    await appReady(page);
    // The second round's first trace starts before the tap on the box: what the focus starts
    // (the search's code, the recency order) can still be running when the first letter comes.
    if (round === 1) {
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.evaluate(() => performance.mark('profile-click'));
    }
    await page.getByLabel('Chercher un client').click();
    for (const [i, letter] of [...SEARCH_WORD].entries()) {
      const armed = await page.evaluate(() => performance.now());
      await page.evaluate((armed) => {
        const w = window.__bench;
        w.pending = w.painted(() => w.tests.searchResults(armed), 15_000);
      }, armed);
      // The second round traces; the first gives the times untouched by tracing.
      if (round === 1 && i > 0) await browser.startTracing(page, { categories: CATEGORIES });
      await page.evaluate(() => performance.mark('profile-start'));
      await page.keyboard.press(letter);
      const at = await page.evaluate(() => window.__bench.pending);
      await page.evaluate(() => performance.mark('profile-end'));
      const ms = await page.evaluate((at) => at - window.__bench.lastKey, at);
      if (round === 0) times.push(ms);
      else traces.push({ ms, buffer: await browser.stopTracing() });
    }
  }
  console.log(
    `${cpu}× CPU, key → results painted:`,
    [...SEARCH_WORD].map((l, i) => `${l} ${Math.round(times[i])}`).join(', '),
  );
  const pick = process.env.PROFILE_LETTER
    ? Number(process.env.PROFILE_LETTER)
    : traces.reduce((w, t, i) => (t.ms > traces[w].ms ? i : w), 0);
  report(
    traces[pick].buffer,
    `letter ${pick} "${SEARCH_WORD[pick]}", traced: ${Math.round(traces[pick].ms)} ms`,
  );
  await writeFile(join(tmpdir(), 'assoh-search-trace.json'), traces[pick].buffer);
  console.log(`(trace: ${join(tmpdir(), 'assoh-search-trace.json')})`);
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await rm(tmp, { recursive: true, force: true });
}
