// Not part of `npm run bench`: how much of each script a home-screen launch runs before
// app-ready (V8's precise coverage, function level), by script: which first-route files are worth
// compiling whole at once (V8's compile hints, vite.config.ts) rather than function by function.
//   node scripts/bench/launch-coverage.mjs [dist]
import { appReadyQuietly } from './browser.mjs';
import { restoredBuilds } from './app.mjs';

const dist = process.argv[2] ?? 'dist';
const {
  servers: [app],
  contexts: [context],
  close,
} = await restoredBuilds([dist]);
try {
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
} finally {
  await close();
}
