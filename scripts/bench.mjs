// npm run bench: how Assoh does on a cheap phone (issues 7 and 13). Builds are done before this
// runs (`npm run build`); BENCH_DIST names the folder to measure (default dist), BENCH_RUNS the
// runs per CPU slowdown (default 3), BENCH_LIGHTHOUSE=0 leaves Lighthouse out, BENCH_SYNC=0 the
// sync, BENCH_RATES the CPU slowdowns (e.g. "6"; the table's first column then reads n/a), and
// BENCH_ONLY a comma list of the measures to take (run-level names such as emptyLaunch, or the
// notebook's steps such as launchData,search,sale,card: setup and restore always run). Each run measures
// the app and an empty React page side by side, so a busy machine slows both: read the ratios.
// Prints a markdown table (goals and whether they are met) and writes bench-results/.
// Beside it, not in it: scripts/bench/profile-launch.mjs (where a launch spends its time) and
// scripts/bench/profile-search.mjs (a keystroke's).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newContext, appReady } from './bench/browser.mjs';
import { makeBackupText } from './bench/dataset.mjs';
import { buildEmptyPage } from './bench/empty-page.mjs';
import { emptyLaunch } from './bench/launch.mjs';
import { lighthouseLines, lighthouseVisits } from './bench/lighthouse.mjs';
import { coldLoad, coldLoadAfterSetup, emptyWarm, notebookRun } from './bench/measures.mjs';
import { serve } from './bench/serve.mjs';
import { firstRouteSizes, loadedScriptSizes } from './bench/sizes.mjs';
import { buildRows, markdownTable } from './bench/table.mjs';
import { syncRun, syncTable } from './bench/sync.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const RATES = (process.env.BENCH_RATES ?? '4,6').split(',').map(Number);
if (RATES.length === 1) RATES.unshift(0);
/** BENCH_ONLY: the measures to take (all when unset). */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (name) => !ONLY || ONLY.has(name);
const SIZE = { customers: 5000, sales: 50_000, gifts: 5000, pending: 5000 };

const started = Date.now();

/** One run in a line for the log: the numbers, not the lists. */
function summary(run) {
  return JSON.stringify(run, (key, value) => (key === 'scripts' ? `${value.length} files` : value));
}
const log = (msg) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

const sizes = await firstRouteSizes(DIST);
log(`first route: ${sizes.chunks.map((c) => `${c.file} ${c.gzip} B gzip`).join(', ')}`);
const emptyDist = await buildEmptyPage();
const tmp = await mkdtemp(join(tmpdir(), 'assoh-bench-'));
const backupText = await makeBackupText({ ...SIZE, now: Date.now() });
// Every row the restore writes (settings, products, customers, sales, gifts, messages, credit
// entries…), from the file's own header: the storage growth is shared among them.
const restoredRows = Object.values(
  JSON.parse(backupText.slice(0, backupText.indexOf(',"data":')) + '}').counts,
).reduce((a, b) => a + b, 0);
const backupFile = {
  path: join(tmp, 'assoh-sauvegarde-bench.json'),
  sales: SIZE.sales,
  rows: restoredRows,
};
await writeFile(backupFile.path, backupText);
log(
  `data set written: ${SIZE.customers} customers, ${SIZE.sales} sales, ${SIZE.gifts} gifts, ${SIZE.pending} pending messages`,
);

const app = await serve(DIST);
const empty = await serve(emptyDist);
const browser = await launch();
const chromium = `Chromium ${browser.version()}`;
const runs = Object.fromEntries(RATES.map((r) => [r, []]));
let syncRows = [];
let lighthouse = null;
try {
  // Unmeasured: fills the servers' compression caches and the OS file cache.
  for (const url of [app.url, empty.url]) {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await appReady(page);
    await context.close();
  }
  for (let i = 0; i < RUNS; i++) {
    for (const cpu of RATES.filter(Boolean)) {
      log(`run ${i + 1}/${RUNS} at ${cpu}× CPU`);
      const run = {};
      // One failed measure leaves the others measured (its cell reads n/a; the log says why).
      const measure = async (name, fn) => {
        if (!wanted(name) && name !== 'notebook') return;
        try {
          run[name] = await fn();
        } catch (error) {
          run[name] = null;
          log(`  ${name}: not measured (${String(error.message ?? error).split('\n')[0]})`);
        }
      };
      await measure('emptyCold', () => coldLoad(browser, empty.url, cpu));
      await measure('coldFresh', () => coldLoad(browser, app.url, cpu));
      await measure('coldSetup', () => coldLoadAfterSetup(browser, app.url, cpu));
      await measure('emptyWarm', () => emptyWarm(browser, empty.url, cpu));
      await measure('emptyLaunch', () => emptyLaunch(browser, empty.url, cpu));
      await measure('notebook', () => notebookRun(browser, app.url, cpu, backupFile, log, wanted));
      log(`  ${summary(run)}`);
      runs[cpu].push(run);
    }
  }
  // BENCH_LIGHTHOUSE=0 skips it (it fetches Lighthouse into npm's cache the first time).
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    try {
      lighthouse = await lighthouseVisits(app.url, { log });
    } catch (error) {
      log(`lighthouse: not measured (${String(error.message ?? error).split('\n')[0]})`);
    }
  }
  // Sync (issue 15): once, at full speed (it runs in a worker, which throttling does not slow).
  if (process.env.BENCH_SYNC !== '0') {
    log('sync: two phones of the data set');
    syncRows = await syncRun(browser, DIST, backupFile.path, SIZE.sales, log);
  }
} finally {
  await browser.close().catch(() => undefined);
  await app.close();
  await empty.close();
  await rm(tmp, { recursive: true, force: true });
}

// The scripts of a launch with the data set (the same in every run): the first route as loaded.
const launched = Object.values(runs)
  .flat()
  .map((r) => r.notebook?.launchData?.scripts)
  .find(Boolean);
if (launched) sizes.loaded = await loadedScriptSizes(DIST, launched);
await mkdir('bench-results', { recursive: true });
// The raw runs first: a table that fails to build leaves them for a second look.
await writeFile(
  'bench-results/latest.json',
  JSON.stringify({ sizes, runs, lighthouse, syncRows }, null, 2),
);
const rows = buildRows({ sizes, runs, rates: RATES });
const table = markdownTable(rows, RATES);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${chromium}`;
const report = [
  `Assoh benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine}.`,
  `Medians of ${RUNS} runs per CPU slowdown; 360×740, fr-FR; ratio = app ÷ empty React page at ${RATES[1]}× in the same runs.`,
  '',
  table,
  '',
  'Chromium throttles pages, not dedicated workers ("Operation is only supported for pages, not',
  'workers"): what the app does in its workers (story render, backup, restore check and write)',
  "runs at this machine's full speed above; the main-thread story row shows that work throttled.",
  '',
  syncTable(syncRows),
  '',
  'Home-screen launch: a new tab in the running browser (a fresh renderer), offline, the',
  'service worker installed and stopped first, CPU slowed; app-ready is when the home screen',
  "shows the seller's data. Its yardstick is the empty React page launched the same way (same",
  'service worker setup), at its first contentful paint. Layout shifts count every shift, those',
  'just after a tap too (CLS leaves those out), until 1.5 s after the screen is ready.',
  '',
  ...(lighthouse
    ? lighthouseLines(lighthouse)
    : ['Lighthouse: not measured (BENCH_LIGHTHOUSE=0 or failed: see the log).']),
  '',
  'Scripts loaded before app-ready at a launch (gzip): ' +
    (sizes.loaded?.chunks ?? [])
      .map((c) => `${c.file} ${(c.gzip / 1024).toFixed(1)} KB`)
      .join(', '),
  '',
  'What moved most (worst shift of the last run at each rate): ' +
    RATES.map((rate) => {
      const n = runs[rate].at(-1)?.notebook ?? {};
      const w = ['launchData', 'card', 'sale', 'outbox']
        .map((k) => n[k]?.shifts?.worst && `${k}: ${n[k].shifts.worst}`)
        .filter(Boolean);
      return `${rate}× — ${w.join('; ') || 'nothing'}`;
    }).join(' · '),
  '',
].join('\n');
console.log(report);
await writeFile('bench-results/latest.md', report);
log(`written to bench-results/latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
