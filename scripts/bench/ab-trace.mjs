// Not part of `npm run bench`: builds' daily taps side by side, as ab-card.mjs, but each tap
// traced: besides the wall time from the tap to its frame (which a busy machine stretches), the
// main thread's own CPU time in that window (the sum of its tasks' thread time), which the other
// processes on a shared machine do not stretch. CPU throttling spins the main thread, so this
// time counts the slowdown too. Interleaved, ROUNDS rounds.
//   ROUNDS=6 CPU=6 STEPS=card,sale,credits,payment node scripts/bench/ab-trace.mjs <dist A> <dist B>
import { throttle } from './browser.mjs';
import { restoredBuilds } from './app.mjs';
import { CARD_CUSTOMER, SALE_CUSTOMER_ID } from './dataset.mjs';
import { openCredits, paymentOnCard } from './credit.mjs';
import { openCard, saveSale } from './measures.mjs';
import { median } from './table.mjs';

const dists = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const CPU = Number(process.env.CPU ?? 6);
const STEPS = (process.env.STEPS ?? 'card,sale,credits,payment').split(',');
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

const run = {
  card: (page, url) => openCard(page, url).then((r) => r.ms),
  sale: (page, url) => saveSale(page, url, SALE_CUSTOMER_ID).then((r) => r.ms),
  credits: (page, url) => openCredits(page, url),
  payment: (page, url) => paymentOnCard(page, url, CARD_CUSTOMER.id).then((r) => r.ms),
};

/** The main thread's tasks' CPU time between the tap and its frame. */
async function traced(browser, page, url, step) {
  await browser.startTracing(page, { categories: CATEGORIES, screenshots: false });
  const ms = await run[step](page, url);
  await page.evaluate((ms) => {
    const from = window.__bench.lastClick;
    performance.mark('ab-from', { startTime: from });
    performance.mark('ab-to', { startTime: from + ms });
  }, ms);
  const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const mark = (n) => events.filter((e) => e.name === n && e.cat.includes('user_timing')).at(-1);
  const from = mark('ab-from');
  const to = mark('ab-to');
  const main = events.find(
    (e) => e.pid === from.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let end = 0;
  let cpu = 0;
  for (const e of slices) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    // The part of each task inside the window, its thread time in proportion.
    const overlap = Math.min(end, to.ts) - Math.max(e.ts, from.ts);
    if (overlap > 0) cpu += ((e.tdur ?? e.dur) * overlap) / e.dur;
  }
  return { ms, cpu: cpu / 1000 };
}

const { browser, servers, pages, close } = await restoredBuilds(dists, { profiles: 'incognito' });
try {
  for (const page of pages) await throttle(page, { cpu: CPU });
  const got = dists.map(() => Object.fromEntries(STEPS.map((s) => [s, { ms: [], cpu: [] }])));
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? [...dists.keys()].reverse() : [...dists.keys()];
    for (const k of order)
      for (const step of STEPS) {
        const r = await traced(browser, pages[k], servers[k].url, step);
        got[k][step].ms.push(r.ms);
        got[k][step].cpu.push(r.cpu);
      }
    console.log(
      `round ${i + 1}: ${dists.map((d, k) => `${d} ${STEPS.map((s) => `${s} ${Math.round(got[k][s].ms.at(-1))}/${Math.round(got[k][s].cpu.at(-1))}`).join(' ')}`).join(' | ')}`,
    );
  }
  for (const [k, d] of dists.entries())
    console.log(
      `${CPU}× ${d}: ${STEPS.map((s) => `${s} ${Math.round(median(got[k][s].ms))} ms wall, ${Math.round(median(got[k][s].cpu))} ms CPU`).join(' · ')}`,
    );
} finally {
  await close();
}
