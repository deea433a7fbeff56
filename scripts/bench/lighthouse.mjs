// Lighthouse mobile (its own defaults: a mid-range phone's screen, simulated slow 4G and 4× CPU)
// on a first visit (fresh profile: the setup screen) and a return visit (setup done, the service
// worker installed: the home screen; with the data set restored if given a backup file, which
// does not work yet here: the file input times out through connectOverCDP). Lighthouse is no dependency of
// the project (it would weigh on every `npm ci`): `npm exec` fetches it once into npm's cache, at
// a pinned version (12.x: 13 needs Node 22). It drives the system Chromium we start here, on a
// debugging port, after Playwright has prepared the same profile for the return visit.
//   node scripts/bench/lighthouse.mjs [dist]   (npm run bench runs it too; BENCH_LIGHTHOUSE=0 skips)
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';
import { completeSetup, restoreThroughUi, waitForOfflineReady } from './app.mjs';
import { instrument } from './browser.mjs';
import { makeBackupText } from './dataset.mjs';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${err.slice(-800)}`)),
    );
  });
}

/** A Chromium of its own for Lighthouse, on a debugging port, with a profile we can prepare. */
async function startChromium() {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'assoh-lh-'));
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--lang=fr-FR',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${endpoint}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    port,
    endpoint,
    close: async () => {
      child.kill();
      await new Promise((ok) => child.once('exit', ok));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function lighthouse(url, port, { keepStorage }) {
  const dir = await mkdtemp(join(tmpdir(), 'assoh-lh-report-'));
  const out = join(dir, 'report.json');
  try {
    await run('npm', [
      'exec',
      '--yes',
      `--package=${LIGHTHOUSE}`,
      '--',
      'lighthouse',
      url,
      `--port=${port}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      ...(keepStorage ? ['--disable-storage-reset'] : []),
      ...(process.env.LIGHTHOUSE_REPORTS ? ['--save-assets'] : []),
    ]);
    const text = await readFile(out, 'utf8');
    // LIGHTHOUSE_REPORTS=dir keeps each report (its long tasks, its main-thread breakdown).
    const keep = process.env.LIGHTHOUSE_REPORTS;
    if (keep) {
      await mkdir(keep, { recursive: true });
      const name = `${keepStorage ? 'return' : 'first'}-${Date.now()}`;
      await writeFile(join(keep, `${name}.json`), text);
      // --save-assets wrote the visit's trace beside the report.
      const trace = await readFile(join(dir, 'report-0.trace.json'), 'utf8').catch(() => null);
      if (trace) await writeFile(join(keep, `${name}.trace.json`), trace);
    }
    const report = JSON.parse(text);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c]?.score]));
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, report.audits[id]?.numericValue ?? null]),
    );
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    return { scores, metrics, failing };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Both visits; `backupPath` is the data set's file for the return visit (optional). */
export async function lighthouseVisits(url, { backupPath, log = () => undefined } = {}) {
  const out = {};
  let chrome = await startChromium();
  try {
    log('lighthouse: first visit');
    out.first = await lighthouse(`${url}/`, chrome.port, { keepStorage: false });
  } finally {
    await chrome.close();
  }
  chrome = await startChromium();
  try {
    const browser = await chromium.connectOverCDP(chrome.endpoint);
    const context = browser.contexts()[0];
    // The bench's observers, which the restore's driver reads (browser.mjs).
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await completeSetup(page, url);
    await waitForOfflineReady(page);
    // Not through this connection yet: setInputFiles times out over connectOverCDP here.
    if (backupPath) await restoreThroughUi(page, url, backupPath);
    await page.close();
    await browser.close();
    log('lighthouse: return visit');
    out.return = await lighthouse(`${url}/`, chrome.port, { keepStorage: true });
  } finally {
    await chrome.close();
  }
  return out;
}

/** Lines for the report: scores and the metrics behind the performance score. */
export function lighthouseLines(result) {
  const line = (name, r) => {
    if (!r) return `- ${name}: not measured`;
    const s = (c) => (r.scores[c] === null || r.scores[c] === undefined ? 'n/a' : r.scores[c]);
    const m = r.metrics;
    const sec = (v) => (v === null ? 'n/a' : `${(v / 1000).toFixed(1)} s`);
    return (
      `- ${name}: performance ${s('performance')}, accessibility ${s('accessibility')}, ` +
      `best practices ${s('best-practices')} — FCP ${sec(m.fcp)}, LCP ${sec(m.lcp)}, ` +
      `TBT ${m.tbt === null ? 'n/a' : `${Math.round(m.tbt)} ms`}, CLS ${m.cls === null ? 'n/a' : m.cls.toFixed(3)}, ` +
      `Speed Index ${sec(m.si)}${r.failing.length ? `; below 0.9: ${r.failing.join(', ')}` : ''}`
    );
  };
  return [
    `Lighthouse ${LIGHTHOUSE.split('@')[1]} mobile (simulated slow 4G, 4× CPU; goal: performance ≥ 0.95, accessibility and best practices 1):`,
    line('first visit (setup screen)', result.first),
    line('return visit (home screen, service worker installed)', result.return),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serve } = await import('./serve.mjs');
  const app = await serve(process.argv[2] ?? 'dist');
  const dir = await mkdtemp(join(tmpdir(), 'assoh-lh-data-'));
  try {
    const backupPath = join(dir, 'assoh-sauvegarde-bench.json');
    await writeFile(backupPath, await makeBackupText({ now: Date.now() }));
    const result = await lighthouseVisits(app.url, {
      backupPath: process.env.LIGHTHOUSE_DATA === '1' ? backupPath : undefined,
      log: (m) => console.error(m),
    });
    console.log(lighthouseLines(result).join('\n'));
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
