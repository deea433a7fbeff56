// Not part of `npm run bench`: a CPU profile of typing in the search box over the big data set,
// to see where a slow keystroke goes. node scripts/bench/profile-search.mjs [dist]
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReady, throttle } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { makeBackupText, SEARCH_WORD } from './dataset.mjs';
import { serve } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const tmp = await mkdtemp(join(tmpdir(), 'assoh-prof-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(
  file,
  await makeBackupText({ customers: 5000, sales: 50_000, gifts: 5000, now: Date.now() }),
);
const app = await serve(dist);
const browser = await launch();
try {
  const { context, page } = await restoredContext(browser, app.url, file, { online: true });
  await page.goto(`${app.url}/`);
  await appReady(page);
  const cdp = await throttle(page, { cpu: 6 });
  const box = page.getByLabel('Chercher un client');
  await box.click();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  for (const letter of SEARCH_WORD.slice(0, 3)) {
    await page.keyboard.press(letter);
    await page.waitForTimeout(700);
  }
  const { profile } = await cdp.send('Profiler.stop');
  console.log('typed 3 letters in', Date.now() - t0, 'ms');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), 'ms', k);
  await context.close();
} finally {
  await browser.close();
  await app.close?.();
}
