// Not part of `npm run bench`: the same build in the two kinds of browser profile the bench can
// use (browser.mjs `launch`): off the record (in memory) and persistent (on disk, as the phone's
// installed app), interleaved, so a busy machine slows both alike. Each gets the bench's data set
// restored; then ROUNDS rounds of: a launch in a new tab, the empty React page's launch in the
// same kind of profile, and the daily taps (card, sale → card, Crédits, payment).
//   ROUNDS=5 node scripts/bench/ab-profile.mjs [dist] [cpu]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, throttle } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { CARD_CUSTOMER, SALE_CUSTOMER_ID, makeBackupText } from './dataset.mjs';
import { openCredits, paymentOnCard } from './credit.mjs';
import { buildEmptyPage } from './empty-page.mjs';
import { emptyLaunch, launchTab } from './launch.mjs';
import { openCard, saveSale } from './measures.mjs';
import { median } from './table.mjs';
import { serve } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const cpu = Number(process.argv[3] ?? 6);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const KINDS = ['incognito', 'persistent'];
const MEASURES = ['empty', 'launch', 'card', 'sale', 'credits', 'payment'];

const tmp = await mkdtemp(join(tmpdir(), 'assoh-ab-profile-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(file, await makeBackupText({ now: Date.now() }));
const app = await serve(dist);
const empty = await serve(await buildEmptyPage());
const browsers = [];
try {
  const sides = [];
  for (const profiles of KINDS) {
    const browser = await launch({ profiles });
    browsers.push(browser);
    const { context } = await restoredContext(browser, app.url, file);
    sides.push({
      profiles,
      browser,
      context,
      got: Object.fromEntries(MEASURES.map((m) => [m, []])),
    });
  }
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? [...sides].reverse() : sides;
    for (const side of order) {
      const { got, context, browser } = side;
      got.empty.push((await emptyLaunch(browser, empty.url, cpu)).ready);
      got.launch.push((await launchTab(context, app.url, cpu)).ready);
      for (const p of context.pages()) await p.close();
      const page = await context.newPage();
      await throttle(page, { cpu });
      await page.goto(`${app.url}/`);
      got.card.push((await openCard(page, app.url)).ms);
      got.sale.push((await saveSale(page, app.url, SALE_CUSTOMER_ID)).ms);
      got.credits.push(await openCredits(page, app.url));
      got.payment.push((await paymentOnCard(page, app.url, CARD_CUSTOMER.id)).ms);
      await page.close();
    }
    console.log(
      `round ${i + 1}: ${sides.map((s) => `${s.profiles} ${MEASURES.map((m) => `${m} ${Math.round(s.got[m].at(-1))}`).join(' ')}`).join(' | ')}`,
    );
  }
  console.log(`${cpu}× CPU, medians of ${ROUNDS}:`);
  for (const s of sides) {
    const med = (m) => Math.round(median(s.got[m]));
    console.log(
      `  ${s.profiles}: ${MEASURES.map((m) => `${m} ${med(m)} ms`).join(', ')}; launch ÷ empty ${(med('launch') / med('empty')).toFixed(2)}×`,
    );
  }
} finally {
  for (const b of browsers) await b.close().catch(() => undefined);
  await app.close();
  await empty.close();
  await rm(tmp, { recursive: true, force: true });
}
