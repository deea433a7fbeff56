// npm run bench: how Assoh does on a cheap phone (issue 7). Builds are done before this runs
// (`npm run build`); BENCH_DIST names the folder to measure (default dist), BENCH_RUNS the
// runs per CPU slowdown (default 3). Each run measures the app and an empty React page side by
// side, so a busy machine slows both. Prints a markdown table and writes bench-results/.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newContext, appReady } from './bench/browser.mjs';
import { makeBackupText } from './bench/dataset.mjs';
import { buildEmptyPage } from './bench/empty-page.mjs';
import { coldLoad, coldLoadAfterSetup, emptyWarm, notebookRun } from './bench/measures.mjs';
import { serve } from './bench/serve.mjs';
import { firstRouteSizes } from './bench/sizes.mjs';
import { buildRows, markdownTable } from './bench/table.mjs';
import { syncRun, syncTable } from './bench/sync.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const RATES = [4, 6];
const SIZE = { customers: 5000, sales: 50_000, gifts: 5000 };

const started = Date.now();
const log = (msg) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

const sizes = await firstRouteSizes(DIST);
log(`first route: ${sizes.chunks.map((c) => `${c.file} ${c.gzip} B gzip`).join(', ')}`);
const emptyDist = await buildEmptyPage();
const tmp = await mkdtemp(join(tmpdir(), 'assoh-bench-'));
const backupFile = { path: join(tmp, 'assoh-sauvegarde-bench.json'), sales: SIZE.sales };
await writeFile(backupFile.path, await makeBackupText({ ...SIZE, now: Date.now() }));
log(`data set written: ${SIZE.customers} customers, ${SIZE.sales} sales, ${SIZE.gifts} gifts`);

const app = await serve(DIST);
const empty = await serve(emptyDist);
const browser = await launch();
const chromium = `Chromium ${browser.version()}`;
const runs = Object.fromEntries(RATES.map((r) => [r, []]));
let syncRows = [];
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
    for (const cpu of RATES) {
      log(`run ${i + 1}/${RUNS} at ${cpu}× CPU`);
      const run = {};
      run.emptyCold = await coldLoad(browser, empty.url, cpu);
      run.coldFresh = await coldLoad(browser, app.url, cpu);
      run.coldSetup = await coldLoadAfterSetup(browser, app.url, cpu);
      run.emptyWarm = await emptyWarm(browser, empty.url, cpu);
      run.notebook = await notebookRun(browser, app.url, cpu, backupFile, log);
      log(`  ${JSON.stringify(run)}`);
      runs[cpu].push(run);
    }
  }
  // Sync (issue 15): once, at full speed (it runs in a worker, which throttling does not slow).
  log('sync: two phones of the data set');
  syncRows = await syncRun(browser, DIST, backupFile.path, SIZE.sales, log);
} finally {
  await browser.close().catch(() => undefined);
  await app.close();
  await empty.close();
  await rm(tmp, { recursive: true, force: true });
}

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
  'First route chunks (gzip): ' +
    sizes.chunks.map((c) => `${c.file} ${(c.gzip / 1024).toFixed(1)} KB`).join(', '),
  '',
].join('\n');
console.log(report);
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/latest.md', report);
await writeFile('bench-results/latest.json', JSON.stringify({ sizes, runs, syncRows }, null, 2));
log(`written to bench-results/latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
