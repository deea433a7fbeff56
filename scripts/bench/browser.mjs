// The phone the benchmark stands in for: system Chromium, 360×740, French, touch, with CPU and
// network throttled through the DevTools protocol, and a few observers put into every page
// before its own scripts run (none of this is in the shipped app).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, PHONE, chromiumPath } from '../chromium.mjs';

/** "Slow 3G" as the issue puts it: 400 ms round trip, 400 kbit/s each way. */
export const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};

/**
 * How the bench's profiles are kept. 'persistent' (the default): each context is a browser of
 * its own with its profile on disk, as the phone's installed app has it: IndexedDB in files, and
 * the favicon kept (an off-the-record profile fetched it again, through the service worker, at
 * every navigation within the page: about 15 ms of a 6× tap the phone does not pay).
 * 'incognito': contexts of one browser, in memory, for the scripts that trace a page from its
 * browser (a persistent context has no Browser to trace from). BENCH_PROFILE sets the default.
 */
const incognitoBrowsers = new WeakSet();
/** The persistent contexts of each browser: closed with it. */
const persistentOf = new WeakMap();

export async function launch({ profiles = process.env.BENCH_PROFILE ?? 'persistent' } = {}) {
  if (profiles !== 'persistent' && profiles !== 'incognito')
    throw new Error(`bench: profiles "${profiles}" (persistent or incognito)`);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  if (profiles === 'incognito') incognitoBrowsers.add(browser);
  else {
    const open = new Set();
    persistentOf.set(browser, open);
    const close = browser.close.bind(browser);
    browser.close = async (...args) => {
      for (const context of [...open]) await context.close().catch(() => undefined);
      return close(...args);
    };
  }
  return browser;
}

const CONTEXT_OPTIONS = { ...PHONE, acceptDownloads: true };

export async function newContext(browser, { serviceWorkers = 'allow' } = {}) {
  const options = { ...CONTEXT_OPTIONS, serviceWorkers };
  const context = incognitoBrowsers.has(browser)
    ? await browser.newContext(options)
    : await persistentContext(browser, options);
  await context.addInitScript(instrument);
  return context;
}

/** A browser with its own profile in a new folder, removed when the context closes. */
async function persistentContext(browser, options) {
  const dir = await mkdtemp(join(tmpdir(), 'assoh-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...options,
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  // It opens with a blank tab: closed, so the scripts' pages are the only ones, as before.
  for (const page of context.pages()) await page.close();
  const open = persistentOf.get(browser);
  open?.add(context);
  const close = context.close.bind(context);
  context.close = async (...args) => {
    open?.delete(context);
    try {
      return await close(...args);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  return context;
}

/** CPU slowdown (1 = none) and, optionally, network conditions, for this page's target. */
export async function throttle(page, { cpu = 1, network = null } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // Without `network`, the context's own state stays (context.setOffline for offline runs).
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return cdp;
}

/**
 * Runs in every page before the app. Keeps Event Timing and long-task entries, the time of the
 * last tap, key and file choice, and offers `painted(test)`: resolves with the time of the first
 * frame painted once `test()` holds (checked on each DOM change), rAF + a task after it.
 */
export function instrument() {
  const bench = {
    events: [],
    longtasks: [],
    /** Every layout shift, those just after a tap included (CLS leaves those out; we do not). */
    shifts: [],
    lastClick: 0,
    lastKey: 0,
    lastChange: 0,
    painted(test, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        };
        const observer = new MutationObserver(() => {
          if (test()) finish();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`bench: not painted within ${timeoutMs} ms: ${String(test)}`));
        }, timeoutMs);
        // Attributes too: a condition can come true by one alone (a sheet's dialog closing
        // drops its `open`), and would otherwise wait for the next unrelated change.
        observer.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        if (test()) finish();
      });
    },
  };
  // What "the screen shows it" means for each measure (named here: the app's CSP forbids eval).
  const fold = (s) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  bench.tests = {
    /** Every listed customer has a word starting with the last word typed. */
    searchResults(armed) {
      if (bench.lastKey <= armed) return false;
      const input = document.getElementById('customer-search');
      if (!input) return false;
      const last = fold(input.value).split(' ').pop();
      // The results are shown: their "Créer « … »" link is in view. A screen may keep other
      // lists hidden under them (the home screen's recent customers): only rows in view count.
      const create = document.querySelector('main a[href^="/clients/nouveau?prenom="]');
      if (!create?.checkVisibility()) return false;
      const rows = [...document.querySelectorAll('main ul a[href^="/clients/"]')].filter((a) =>
        a.checkVisibility(),
      );
      if (rows.length === 0) return document.body.textContent.includes('Aucun résultat');
      return rows.every((a) =>
        // innerText: the avatar's letter, name, nickname and "seen" lines stay apart.
        fold(a.innerText)
          .split(' ')
          .some((word) => word.startsWith(last)),
      );
    },
    /** The customer's card with at least `entries` sales and gifts in its history. */
    card({ id, entries }) {
      return (
        location.pathname === `/clients/${id}` &&
        document.querySelectorAll('a[href^="/ventes/"], a[href^="/cadeaux/"]').length >= entries
      );
    },
    text(pattern) {
      return new RegExp(pattern).test(document.body.textContent);
    },
    selector(css) {
      return document.querySelector(css) !== null;
    },
  };
  Object.defineProperty(window, '__bench', { value: bench });
  const observe = (type, into, extra = {}) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          into.push({ name: e.name, start: e.startTime, duration: e.duration });
      }).observe({ type, buffered: true, ...extra });
    } catch (error) {
      console.warn(`bench: no ${type} entries`, error);
    }
  };
  observe('event', bench.events, { durationThreshold: 16 });
  observe('longtask', bench.longtasks);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.shifts.push({
          start: e.startTime,
          value: e.value,
          afterInput: e.hadRecentInput,
          // What moved, to name it in the log (the biggest mover first).
          what: (e.sources ?? [])
            .map((s) => s.node?.textContent?.trim().slice(0, 40) || s.node?.nodeName || '?')
            .slice(0, 3),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {
    console.warn('bench: no layout-shift entries', error);
  }
  // Trusted events only: the seller's taps and keys, not the app's own a.click() for a download.
  addEventListener('click', (e) => e.isTrusted && (bench.lastClick = e.timeStamp), true);
  addEventListener('keydown', (e) => e.isTrusted && (bench.lastKey = e.timeStamp), true);
  addEventListener('change', (e) => (bench.lastChange = e.timeStamp), true);
}

/** Layout shifts since `from` (performance clock): their sum, and what moved most. */
export function shiftsSince(page, from = 0) {
  return page.evaluate((from) => {
    const list = window.__bench.shifts.filter((s) => s.start >= from);
    const sum = list.reduce((a, s) => a + s.value, 0);
    const worst = list.sort((a, b) => b.value - a.value)[0];
    return {
      sum,
      count: list.length,
      worst: worst
        ? `${worst.value.toFixed(3)} at ${Math.round(worst.start)} ms: ${worst.what.join(' | ')}`
        : '',
    };
  }, from);
}

/** The app-ready mark's time in this document, waiting for it. */
export async function appReady(page, timeout = 120_000) {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout,
    polling: 50,
  });
  return page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);
}

/**
 * appReady without Playwright's own code in the page, for launches. waitForFunction first
 * compiles Playwright's injected script (about 300 KB) on the page's main thread: 70–120 ms at
 * 6× CPU, which at a launch lands in the middle of the app's start (traced: between its modules
 * and React's first render), while the empty React page has painted by then. The DevTools
 * protocol's evaluate runs this small expression only, and waits for the mark without polling.
 */
export async function appReadyQuietly(cdp, timeout = 120_000) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('bench: no app-ready mark')), ${timeout});
      new PerformanceObserver((list, observer) => {
        const mark = list.getEntriesByName('app-ready')[0];
        if (!mark) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(mark.startTime);
      }).observe({ type: 'mark', buffered: true });
    })`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) {
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  }
  return result.value;
}
