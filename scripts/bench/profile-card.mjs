// Not part of `npm run bench`: where her card's three measures spend their time (opening the
// 200-entry card from Clients, a sale saved → her card, Paiement reçu → her new balance), each
// traced once over the bench's data set at 6× CPU, offline. Prints, from the tap to the frame
// the bench waits for, the main thread's costs by kind and the functions with most self time.
//   node scripts/bench/profile-card.mjs [dist] [cpu]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, throttle } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { CARD_CUSTOMER, SALE_CUSTOMER_ID, makeBackupText } from './dataset.mjs';
import { CATEGORIES, printCosts } from './trace-costs.mjs';
import { serve } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const cpu = Number(process.argv[3] ?? 6);
const ONLY = (process.env.PROFILE_ONLY ?? 'card,sale,payment').split(',');

/** Arms `ready` (a function source run in the page), taps, waits for its frame; traces it all. */
async function traced(browser, page, name, ready, tap) {
  await page.evaluate(ready);
  await browser.startTracing(page, { categories: CATEGORIES, screenshots: false });
  await page.evaluate(() => performance.mark('profile-start'));
  await tap();
  if (process.env.PROFILE_WATCH) await page.evaluate(process.env.PROFILE_WATCH);
  const at = await page.evaluate(() => window.__bench.pending);
  if (process.env.PROFILE_WATCH)
    console.log(await page.evaluate(() => window.__bench.log.join('\n')));
  const ms = await page.evaluate((at) => at - window.__bench.lastClick, at);
  await page.evaluate(() => performance.mark('profile-end'));
  const elements = await page.evaluate(() => document.querySelectorAll('body *').length);
  const buffer = await browser.stopTracing();
  const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
  const mark = (n) => events.find((e) => e.name === n && e.cat.includes('user_timing'));
  const from = mark('profile-start');
  const to = mark('profile-end');
  const main = events.find(
    (e) => e.pid === from?.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  await writeFile(join(tmpdir(), `assoh-${name}-trace.json`), buffer);
  console.log(
    `\n${name}: ${Math.round(ms)} ms from the tap to the frame (${cpu}× CPU, traced), ${elements} elements`,
  );
  printCosts(events, main, from.ts, to.ts, { kinds: 12, functions: 20 });
  console.log(`(trace: ${join(tmpdir(), `assoh-${name}-trace.json`)})`);
}

const cardTest = (id, entries) =>
  `(() => { const w = window.__bench; w.pending = w.painted(() => w.tests.card(${JSON.stringify({ id, entries })}), 60000); })()`;

const tmp = await mkdtemp(join(tmpdir(), 'assoh-card-'));
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
  const url = app.url;

  if (ONLY.includes('sale')) {
    await page.goto(`${url}/vente?client=${SALE_CUSTOMER_ID}`);
    await page.getByRole('button', { name: /^Piment frais/ }).click();
    await traced(browser, page, 'sale', cardTest(SALE_CUSTOMER_ID, 1), () =>
      page.getByRole('button', { name: 'Enregistrer la vente' }).click(),
    );
  }
  if (ONLY.includes('card')) {
    await page.goto(`${url}/clients`);
    const row = page.locator(`a[href="/clients/${CARD_CUSTOMER.id}"]`).first();
    await row.waitFor();
    await traced(browser, page, 'card', cardTest(CARD_CUSTOMER.id, 10), () => row.click());
  }
  if (ONLY.includes('payment')) {
    await page.goto(`${url}/clients/${CARD_CUSTOMER.id}`);
    await page
      .getByText(/^Doit /)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Paiement reçu' }).click();
    await page.getByLabel('Montant reçu (FCFA)').fill('100');
    const ready = `(() => {
      const w = window.__bench;
      const text = () => [...document.querySelectorAll('main p')].find((p) => p.textContent.startsWith('Doit '))?.textContent;
      const was = text();
      w.pending = w.painted(() => !document.querySelector('dialog[open]') && text() !== was, 60000);
    })()`;
    await traced(browser, page, 'payment', ready, () =>
      page.getByRole('button', { name: 'Enregistrer le paiement' }).click(),
    );
  }
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await rm(tmp, { recursive: true, force: true });
}
