// Not part of `npm run bench`: builds' card measures side by side, interleaved, so a busy
// machine slows both alike. Each build gets its own profile (setup, service worker, the bench's
// data set restored); then ROUNDS rounds, at each CPU slowdown of RATES, of the bench's own
// measures for each build in turn: the 200-entry card opened from Clients, and a sale saved → her
// card (measures.mjs: openCard, saveSale); with STEPS=…,credits,payment the credit book's two
// (credit.mjs: Crédits painted after the tap, a payment shown on her card).
//   ROUNDS=4 RATES=6,4 node scripts/bench/ab-card.mjs <dist A> <dist B> [more builds…]
// Against a build of an older schema: BENCH_SCHEMA_VERSION=<its version> (the file it accepts).
import { throttle } from './browser.mjs';
import { restoredBuilds } from './app.mjs';
import { CARD_CUSTOMER, SALE_CUSTOMER_ID } from './dataset.mjs';
import { openCredits, paymentOnCard } from './credit.mjs';
import { openCard, saveSale } from './measures.mjs';
import { median } from './table.mjs';

const dists = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const RATES = (process.env.RATES ?? '6,4').split(',').map(Number);
const STEPS = (process.env.STEPS ?? 'card,sale').split(',');

const { servers, pages, close } = await restoredBuilds(dists);
try {
  for (const cpu of RATES) {
    for (const p of pages) await throttle(p, { cpu });
    const got = dists.map(() => ({ card: [], sale: [], credits: [], payment: [], shifts: [] }));
    for (let i = 0; i < ROUNDS; i++) {
      // A then B, then B then A: neither always runs first.
      const order = i % 2 ? [...dists.keys()].reverse() : [...dists.keys()];
      for (const k of order) {
        if (STEPS.includes('card')) {
          const c = await openCard(pages[k], servers[k].url);
          got[k].card.push(c.ms);
          got[k].shifts.push(c.shifts.sum);
        }
        if (STEPS.includes('sale')) {
          const s = await saveSale(pages[k], servers[k].url, SALE_CUSTOMER_ID);
          got[k].sale.push(s.ms);
          got[k].shifts.push(s.shifts.sum);
          if (!s.giftTapLanded) console.log(`  ${dists[k]}: the tap on "Cadeau" was lost`);
        }
        if (STEPS.includes('credits'))
          got[k].credits.push(await openCredits(pages[k], servers[k].url));
        if (STEPS.includes('payment'))
          got[k].payment.push((await paymentOnCard(pages[k], servers[k].url, CARD_CUSTOMER.id)).ms);
      }
      console.log(
        `${cpu}× round ${i + 1}: ${dists.map((d, k) => `${d} ${STEPS.map((m) => `${m} ${Math.round(got[k][m].at(-1) ?? 0)}`).join(' ')}`).join(' | ')}`,
      );
    }
    for (const [k, d] of dists.entries())
      console.log(
        `  ${cpu}× ${d}: ${STEPS.map((m) => `${m} median ${Math.round(median(got[k][m]) || 0)} ms (min ${Math.round(Math.min(...got[k][m]))})`).join(', ')}, shifts max ${Math.max(0, ...got[k].shifts).toFixed(3)}`,
      );
  }
} finally {
  await close();
}
