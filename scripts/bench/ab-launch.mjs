// Not part of `npm run bench`: two builds' home-screen launches side by side, interleaved, with
// the empty React page between them, so a busy machine slows all three alike. Each build gets its
// own profile (setup, service worker, the bench's data set restored); then LAUNCHES rounds of
// one launch of each (as launch.mjs: new tab, offline, service worker stopped, CPU slowed).
//   node scripts/bench/ab-launch.mjs <dist A> <dist B> [cpu]
import { appReadyQuietly, throttle } from './browser.mjs';
import { restoredBuilds } from './app.mjs';
import { buildEmptyPage } from './empty-page.mjs';
import { emptyLaunch, launchTab } from './launch.mjs';
import { median } from './table.mjs';
import { serve } from './serve.mjs';

const [distA = 'dist', distB = 'dist'] = process.argv.slice(2, 4);
const cpu = Number(process.argv[4] ?? 6);
const LAUNCHES = Number(process.env.LAUNCHES ?? 7);

/**
 * One launch as launchTab, traced: the main thread's own CPU time (the trace's thread time of
 * its tasks) from the navigation to app-ready. Unlike the clock, it hardly depends on what else
 * the machine runs, so two builds compare on a busy machine too (it leaves out waits: IndexedDB,
 * the service worker).
 */
async function tracedLaunch(browser, context, url) {
  for (const p of context.pages()) await p.close();
  const page = await context.newPage();
  try {
    const cdp = await throttle(page, { cpu });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await browser.startTracing(page, {
      categories: [
        'disabled-by-default-devtools.timeline',
        'devtools.timeline',
        'blink.user_timing',
      ],
    });
    await page.goto(`${url}/`);
    const ready = await appReadyQuietly(cdp);
    const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const mark = events.find((e) => e.name === 'app-ready');
    const nav = events.find(
      (e) =>
        e.pid === mark?.pid &&
        e.name === 'navigationStart' &&
        String(e.args?.data?.documentLoaderURL ?? '').startsWith(url),
    );
    const main = events.find(
      (e) => e.pid === mark?.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    if (!mark || !nav || !main) throw new Error('ab: app-ready or navigation not in the trace');
    const cpuMs =
      events
        .filter(
          (e) =>
            e.pid === main.pid &&
            e.tid === main.tid &&
            e.name === 'RunTask' &&
            e.ph === 'X' &&
            e.ts >= nav.ts &&
            e.ts <= mark.ts,
        )
        .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
    return { ready, cpuMs };
  } finally {
    await page.close();
  }
}

const { browser, servers, contexts, close } = await restoredBuilds([distA, distB], {
  // Traced from its Browser: a persistent context has none.
  profiles: process.env.TRACE ? 'incognito' : undefined,
});
const empty = await serve(await buildEmptyPage());
try {
  for (const [k, app] of servers.entries()) await launchTab(contexts[k], app.url, cpu);
  if (process.env.TRACE) {
    const traced = [[], []];
    for (let i = 0; i < LAUNCHES; i++) {
      for (const k of [0, 1])
        traced[k].push(await tracedLaunch(browser, contexts[k], servers[k].url));
      console.log(
        `traced ${i + 1}: ${traced.map((t) => `${Math.round(t.at(-1).ready)} ms, main thread ${t.at(-1).cpuMs.toFixed(1)} ms CPU`).join(' | ')}`,
      );
    }
    for (const [k, name] of [
      [0, distA],
      [1, distB],
    ])
      console.log(
        `  ${name}: main thread CPU to app-ready, median ${median(traced[k].map((t) => t.cpuMs)).toFixed(1)} ms (min ${Math.min(...traced[k].map((t) => t.cpuMs)).toFixed(1)})`,
      );
  }
  const runs = [[], []];
  const empties = [];
  for (let i = 0; i < (process.env.TRACE ? 0 : LAUNCHES); i++) {
    empties.push(await emptyLaunch(browser, empty.url, cpu));
    for (const k of [0, 1]) runs[k].push(await launchTab(contexts[k], servers[k].url, cpu));
    const last = (k) => `${Math.round(runs[k].at(-1).ready)}/${Math.round(runs[k].at(-1).fcp)}`;
    console.log(
      `round ${i + 1}: empty fcp ${Math.round(empties.at(-1).fcp)}, A ready/fcp ${last(0)}, B ${last(1)}`,
    );
  }
  const m = (list, k) => Math.round(median(list.map((r) => r[k])));
  const e = runs[0].length ? m(empties, 'fcp') : 0;
  if (e)
    console.log(
      `${cpu}× CPU, medians of ${LAUNCHES}: empty React page first contentful paint ${e} ms`,
    );
  for (const [k, name] of e
    ? [
        [0, distA],
        [1, distB],
      ]
    : []) {
    const ratios = runs[k].map((r, i) => r.ready / empties[i].fcp);
    console.log(
      `  ${name}: app-ready ${m(runs[k], 'ready')} ms (${(m(runs[k], 'ready') / e).toFixed(2)}×; median of per-round ratios ${median(ratios).toFixed(2)}×), fcp ${m(runs[k], 'fcp')} ms, shifts max ${Math.max(...runs[k].map((r) => r.shifts.sum)).toFixed(3)}`,
    );
  }
} finally {
  await close();
  await empty.close();
}
