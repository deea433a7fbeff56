// Not part of `npm run bench`: when a launch's IndexedDB work happens. Builds side by side, each
// in its own profile (PROFILES=persistent by default, on disk as the phone's; or incognito), the
// bench's data set restored; then ROUNDS launches of each (launch.mjs: new tab, offline, service
// worker stopped, CPU slowed), printing app-ready, the navigation's response end and
// DOMContentLoaded, and each IndexedDB open, read and transaction up to app-ready, from its call
// to its result in the page (ms from the navigation): a result that waits is either IndexedDB's
// own time or a busy main thread, which the trace (profile-launch.mjs) tells apart.
//   ROUNDS=6 node scripts/bench/launch-idb.mjs <dist A> [dist B…]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReadyQuietly } from './browser.mjs';
import { restoredContext } from './app.mjs';
import { makeBackupText } from './dataset.mjs';
import { freshTab } from './launch.mjs';
import { serve } from './serve.mjs';

const CPU = Number(process.env.CPU ?? 6);
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const dists = process.argv.slice(2);
if (dists.length === 0) dists.push('dist');

/** In the page before its scripts: every IndexedDB call's start and result times. */
function watchIndexedDb() {
  const log = (window.__idb = []);
  const note = (request, what, from) =>
    request.addEventListener('success', () => log.push([what, from, performance.now()]));
  const wrap = (proto, names, label) => {
    for (const name of names) {
      const original = proto[name];
      proto[name] = function (...args) {
        const from = performance.now();
        const request = original.apply(this, args);
        note(request, `${label(this)}.${name}`, from);
        return request;
      };
    }
  };
  wrap(IDBFactory.prototype, ['open'], () => 'indexedDB');
  wrap(
    IDBIndex.prototype,
    ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor'],
    (index) => `${index.objectStore.name}/${index.name}`,
  );
  wrap(IDBObjectStore.prototype, ['get', 'getAll', 'count'], (store) => store.name);
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const from = performance.now();
    const tx = transaction.apply(this, args);
    const stores = Array.isArray(args[0]) ? args[0].length : 1;
    tx.addEventListener('complete', () =>
      log.push([`transaction of ${stores} stores`, from, performance.now()]),
    );
    return tx;
  };
}

const tmp = await mkdtemp(join(tmpdir(), 'assoh-launch-idb-'));
const file = join(tmp, 'assoh-sauvegarde-bench.json');
await writeFile(file, await makeBackupText({ now: Date.now() }));
const sides = [];
try {
  for (const dist of dists) {
    const app = await serve(dist);
    const browser = await launch({ profiles: process.env.PROFILES ?? 'persistent' });
    sides.push({ dist, app, browser });
    const { context } = await restoredContext(browser, app.url, file);
    await context.addInitScript(watchIndexedDb);
    sides.at(-1).context = context;
  }
  for (let i = 0; i < ROUNDS; i++) {
    for (const { dist, app, context } of sides) {
      const { page, cdp } = await freshTab(context, CPU);
      await page.goto(`${app.url}/`);
      const ready = await appReadyQuietly(cdp);
      const { log, nav } = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0];
        return { log: window.__idb, nav: [n.responseEnd, n.domContentLoadedEventEnd] };
      });
      const ms = (t) => Math.round(t);
      console.log(
        `${dist}: app-ready ${ms(ready)}, response ${ms(nav[0])}, DOMContentLoaded ${ms(nav[1])}`,
      );
      for (const [what, from, to] of log.filter(([, from]) => from <= ready))
        console.log(`  ${what} ${ms(from)} → ${ms(to)}`);
      await page.close();
    }
  }
} finally {
  for (const s of sides) {
    await s.browser.close().catch(() => undefined);
    await s.app.close();
  }
  await rm(tmp, { recursive: true, force: true });
}
