// Not part of `npm run bench`: how much of each script a home-screen launch runs before
// app-ready (V8's precise coverage, function level), by script: which first-route files are worth
// compiling whole at once (V8's compile hints, vite.config.ts) rather than function by function.
//   node scripts/bench/launch-coverage.mjs [dist]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReadyQuietly } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { makeBackupText } from './dataset.mjs';
import { serve } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const tmp = await mkdtemp(join(tmpdir(), 'assoh-coverage-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(file, await makeBackupText({ now: Date.now() }));
const app = await serve(dist);
const browser = await launch();
try {
  const { context } = await restoredContext(browser, app.url, file);
  for (const p of context.pages()) await p.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  // Function level only (detailed: false): a function counts as run if it was called at all.
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Runtime.enable');
  await page.goto(`${app.url}/`);
  await appReadyQuietly(cdp);
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  console.log('script: functions run / all, their source bytes run / all (before app-ready)');
  for (const script of result) {
    if (!script.url.includes('/assets/')) continue;
    // Each function's own bytes: its range less the functions inside it.
    const fns = script.functions
      .map((f) => ({
        start: f.ranges[0].startOffset,
        end: f.ranges[0].endOffset,
        run: f.ranges[0].count > 0,
      }))
      .filter((f) => f.start > 0)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const own = fns.map((f) => f.end - f.start);
    const stack = [];
    fns.forEach((f, i) => {
      while (stack.length && fns[stack.at(-1)].end <= f.start) stack.pop();
      if (stack.length) own[stack.at(-1)] -= f.end - f.start;
      stack.push(i);
    });
    const ran = fns.filter((f) => f.run).length;
    const ranBytes = own.reduce((s, b, i) => s + (fns[i].run ? b : 0), 0);
    const allBytes = own.reduce((s, b) => s + b, 0);
    console.log(
      `${script.url.split('/').pop().padEnd(36)} ${String(ran).padStart(5)} / ${String(fns.length).padEnd(5)}` +
        ` ${(ranBytes / 1024).toFixed(0).padStart(5)} KB / ${(allBytes / 1024).toFixed(0)} KB of functions' own code`,
    );
  }
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await rm(tmp, { recursive: true, force: true });
}
