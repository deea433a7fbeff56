// Not part of `npm run bench`: where two daily taps spend their time over the bench's data set
// (5,000 customers, 50,000 sales, 20,000 credit entries): the home screen's credit line → Crédits
// painted, "Enregistrer le paiement" on her card → her new balance painted, and typing the search
// word on the home screen. Times each a few times at the given CPU
// slowdown, then records one of each with the DevTools protocol's Tracing and prints the main
// thread's costs by kind and the functions with the most self time.
//   node scripts/bench/profile-taps.mjs [dist] [cpu]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReady, throttle } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { CARD_CUSTOMER, makeBackupText, SEARCH_WORD } from './dataset.mjs';
import { openCredits, paymentOnCard } from './credit.mjs';
import { median } from './table.mjs';
import { serve } from './serve.mjs';
import { CATEGORIES, printCosts } from './trace-costs.mjs';

const dist = process.argv[2] ?? 'dist';
const cpu = Number(process.argv[3] ?? 6);
const RUNS = Number(process.env.RUNS ?? 3);
const ONLY = (process.env.ONLY ?? 'credits,payment,search').split(',');

/** Each keystroke of the search word, from the key's event to the results painted. */
async function typeSearch(page, url, letters = SEARCH_WORD.length) {
  await page.goto(`${url}/`);
  await appReady(page);
  await page.getByLabel('Chercher un client').click();
  const painted = [];
  let first = 0;
  let last = 0;
  for (const letter of SEARCH_WORD.slice(0, letters)) {
    await page.evaluate(() => {
      const w = window.__bench;
      const armed = performance.now();
      w.pending = w.painted(() => w.tests.searchResults(armed), 15_000);
    });
    await page.keyboard.press(letter);
    const at = await page.evaluate(() => window.__bench.pending);
    const key = await page.evaluate(() => window.__bench.lastKey);
    first ||= key;
    last = at;
    painted.push(Math.round(at - key));
  }
  return { painted, from: first, to: last };
}

/**
 * Traces `act`, which returns the page's clock times (performance.now) of the action's start and
 * end: only what happens between them is counted (not the navigation that prepares the action).
 */
async function traced(browser, page, act) {
  // SAMPLE=0: no V8 sampling profiler (it doubles the scripts' times); EXTRA=a,b: more categories
  // (e.g. disabled-by-default-v8.compile).
  const categories = [
    ...CATEGORIES.filter((c) => process.env.SAMPLE !== '0' || !c.includes('cpu_profiler')),
    ...(process.env.EXTRA ? process.env.EXTRA.split(',') : []),
  ];
  await browser.startTracing(page, { categories, screenshots: false });
  const window_ = await act();
  // The window's ends as marks too, for trace-timeline.mjs.
  const now = await page.evaluate(({ from, to }) => {
    performance.mark('profile-start', { startTime: from });
    performance.mark('profile-end', { startTime: to });
    performance.mark('profile-now');
    return performance.now();
  }, window_);
  const buffer = await browser.stopTracing();
  const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
  const mark = events.find((e) => e.name === 'profile-now' && e.cat.includes('user_timing'));
  const main = events.find(
    (e) => e.pid === mark?.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!mark || !main) throw new Error('profile: no mark in the trace');
  const from = { ts: mark.ts - (now - window_.from) * 1000 };
  const to = { ts: mark.ts - (now - window_.to) * 1000 };
  console.log(`(traced window: ${Math.round(window_.to - window_.from)} ms)`);
  printCosts(events, main, from.ts, to.ts, { kinds: 14, functions: 20 });
  return buffer;
}

const tmp = await mkdtemp(join(tmpdir(), 'assoh-taps-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(file, await makeBackupText({ now: Date.now() }));
const app = await serve(dist);
const browser = await launch({ profiles: 'incognito' }); // traced from its Browser
try {
  const { context, page } = await restoredContext(browser, app.url, file);
  await page.goto(`${app.url}/`);
  await appReady(page);
  await throttle(page, { cpu });
  if (ONLY.includes('credits')) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(Math.round(await openCredits(page, app.url)));
    console.log(
      `\n${cpu}× Crédits painted after the tap: ${runs.join(', ')} ms (median ${median(runs)})`,
    );
    await page.goto(`${app.url}/`);
    await page.locator('a[href="/credits"]').waitFor();
    const buffer = await traced(browser, page, async () => {
      const ms = await openCredits(page, app.url);
      return page.evaluate((ms) => {
        const from = window.__bench.lastClick;
        return { from, to: from + ms };
      }, ms);
    });
    await writeFile(join(tmpdir(), 'assoh-credits-trace.json'), buffer);
  }
  if (ONLY.includes('payment')) {
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push(Math.round((await paymentOnCard(page, app.url, CARD_CUSTOMER.id)).ms));
    console.log(
      `\n${cpu}× payment → her balance painted: ${runs.join(', ')} ms (median ${median(runs)})`,
    );
    const buffer = await traced(browser, page, async () => {
      const { ms } = await paymentOnCard(page, app.url, CARD_CUSTOMER.id);
      return page.evaluate((ms) => {
        const from = window.__bench.lastClick;
        return { from, to: from + ms };
      }, ms);
    });
    await writeFile(join(tmpdir(), 'assoh-payment-trace.json'), buffer);
  }
  if (ONLY.includes('search')) {
    const worst = [];
    for (let i = 0; i < RUNS; i++) {
      const keys = (await typeSearch(page, app.url)).painted;
      console.log(`\n${cpu}× search, each key → results painted: ${keys.join(', ')} ms`);
      worst.push(Math.max(...keys));
    }
    console.log(`worst key per run: ${worst.join(', ')} (median ${median(worst)})`);
    // The first two letters: the biggest sets of matches, the slowest keys.
    const buffer = await traced(browser, page, () => typeSearch(page, app.url, 2));
    await writeFile(join(tmpdir(), 'assoh-search-trace.json'), buffer);
  }
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await rm(tmp, { recursive: true, force: true });
}
