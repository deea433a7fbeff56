// Not part of `npm run bench`: where a home-screen launch spends its time. Prepares a profile
// (setup, service worker, the bench's data set restored), launches the app in new tabs at 6×
// CPU (offline, service worker stopped, as launch.mjs), beside the empty React page, then
// records one launch with the DevTools protocol's Tracing (timeline and V8 sampling profiler)
// and prints, up to app-ready: the main thread's costs by kind (self time of trace events) and
// the functions with the most self time.
//   node scripts/bench/profile-launch.mjs [dist] [cpu]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReadyQuietly, throttle } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { makeBackupText } from './dataset.mjs';
import { buildEmptyPage } from './empty-page.mjs';
import { emptyLaunch, launchTab } from './launch.mjs';
import { median } from './table.mjs';
import { serve } from './serve.mjs';
import { CATEGORIES, costsByFunction, printCosts } from './trace-costs.mjs';

const dist = process.argv[2] ?? 'dist';
const cpu = Number(process.argv[3] ?? 6);
const LAUNCHES = Number(process.env.LAUNCHES ?? 5);

const tmp = await mkdtemp(join(tmpdir(), 'assoh-launch-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(file, await makeBackupText({ now: Date.now() }));
const app = await serve(dist);
const empty = await serve(await buildEmptyPage());
const browser = await launch({ profiles: 'incognito' }); // traced from its Browser
try {
  const emptyRuns = [];
  for (let i = 0; i < 3; i++) emptyRuns.push(await emptyLaunch(browser, empty.url, cpu));
  const { context } = await restoredContext(browser, app.url, file);
  const runs = [];
  for (let i = 0; i < LAUNCHES; i++) runs.push(await launchTab(context, app.url, cpu));
  const m = (list, k) => Math.round(median(list.map((r) => r[k])));
  console.log(
    `${cpu}× CPU, median of ${LAUNCHES} launches: app-ready ${m(runs, 'ready')} ms, first contentful paint ${m(runs, 'fcp')} ms; ` +
      `empty React page (3 launches): first contentful paint ${m(emptyRuns, 'fcp')} ms; ` +
      `scripts before app-ready: ${runs[0].scripts.length}`,
  );

  // One launch traced from the browser: the tab's renderer is new, so it is found by its thread.
  for (const p of context.pages()) await p.close();
  const traced = await context.newPage();
  const cdp = await throttle(traced, { cpu });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // SAMPLE=0: no V8 sampling profiler (it doubles the scripts' times): the tasks' true lengths.
  const categories = CATEGORIES.filter(
    (c) => process.env.SAMPLE !== '0' || !c.includes('cpu_profiler'),
  );
  // EXTRA=a,b: more trace categories (e.g. disabled-by-default-v8.compile).
  if (process.env.EXTRA) categories.push(...process.env.EXTRA.split(','));
  await browser.startTracing(traced, { categories, screenshots: false });
  await traced.goto(`${app.url}/`);
  const ready = await appReadyQuietly(cdp);
  // AFTER=ms: the trace goes on past app-ready (what the first screen's effects start).
  if (process.env.AFTER) await new Promise((ok) => setTimeout(ok, Number(process.env.AFTER)));
  const buffer = await browser.stopTracing();
  const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
  // The tab's renderer: where the app-ready mark is; the launch starts at its navigation.
  const mark = events.find((e) => e.name === 'app-ready' && e.cat.includes('user_timing'));
  const nav = events.find(
    (e) =>
      e.pid === mark?.pid &&
      e.name === 'navigationStart' &&
      String(e.args?.data?.documentLoaderURL ?? '').startsWith(app.url),
  );
  const main = events.find(
    (e) => e.pid === mark?.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main || !nav || !mark) {
    await writeFile(join(tmpdir(), 'assoh-launch-trace.json'), buffer);
    throw new Error(
      `profile: no app-ready or navigation in the trace (${join(tmpdir(), 'assoh-launch-trace.json')})`,
    );
  }
  const to = mark.ts;
  console.log(`\nTraced launch: app-ready at ${Math.round(ready)} ms.`);
  printCosts(events, main, nav.ts, to, { kinds: 12, functions: 15, span: ' up to app-ready' });
  console.log('Script files, self time up to app-ready (V8 sampling profiler):');
  const byFile = (f) => (f.url ? f.url.split('/').pop() : f.functionName || '(native)');
  for (const [name, ms] of costsByFunction(events, main, nav.ts, to, byFile).slice(0, 10))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  await writeFile(join(tmpdir(), 'assoh-launch-trace.json'), buffer);
  console.log(
    `(trace: ${join(tmpdir(), 'assoh-launch-trace.json')}, opens in DevTools' Performance panel)`,
  );
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await empty.close();
  await rm(tmp, { recursive: true, force: true });
}
