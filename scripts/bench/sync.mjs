// Sync's rows of npm run bench (issue 15), in their own module: two phones of one notebook
// against the CouchDB stand-in (scripts/sync/couch-test-server.mjs) reached under /db/ at the
// app's origin, as in production. Measured: the first sync of the data set from the phone that
// holds it (time, bytes sent and received through /db/), the extra bytes the phone then stores
// (the PouchDB replica beside the notebook), one later change sent and received, and a second
// phone's first sync (the whole notebook downloaded). Bytes are counted uncompressed at the proxy
// (Caddy's `encode gzip` shrinks the JSON answers; a browser never compresses what it sends).
// The sync runs in a worker, which Chromium's CPU throttling does not slow: these times are
// this machine's full speed. Run alone: `node scripts/bench/sync.mjs` (after npm run build).
import { expect } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../e2e/server.mjs';
import { addSeller } from '../sync/add-seller.mjs';
import { startCouch } from '../sync/couch-test-server.mjs';
import { completeSetup, restoreThroughUi, storageUsage, waitForOfflineReady } from './app.mjs';
import { launch, newContext } from './browser.mjs';
import { makeBackupText } from './dataset.mjs';

const SYNCED = /^Synchronisé à \d\d:\d\d$/;
/** A first sync of 55,000 records takes minutes on this machine: far below this. */
const FIRST_SYNC_TIMEOUT = 30 * 60_000;

async function turnOn(page, url, account) {
  await page.goto(`${url}/reglages/synchronisation`);
  await page.getByLabel('Adresse du carnet').fill(account.url);
  await page.getByLabel('Identifiant').fill(account.username);
  await page.getByLabel('Mot de passe').fill(account.password);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Activer' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText(SYNCED, { timeout: FIRST_SYNC_TIMEOUT });
  return Date.now() - t0;
}

/** Waits for a round this phone starts now ("Synchronisation en cours…" then "Synchronisé"). */
async function syncNow(page) {
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(page.getByTestId('sync-status'))
    .not.toHaveText(SYNCED, { timeout: 5_000 })
    .catch(() => undefined);
  await expect(page.getByTestId('sync-status')).toHaveText(SYNCED, { timeout: 120_000 });
}

async function openSyncScreen(page) {
  await page.getByRole('link', { name: 'Plus' }).click();
  await page.getByRole('link', { name: 'Réglages' }).click();
  await page.getByRole('link', { name: 'Ouvrir' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText(SYNCED, { timeout: 120_000 });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
}

/** The notebook of `backupPath` (sales in it: `sales`) through two phones. Returns table rows. */
export async function syncRun(browser, dist, backupPath, sales, log = console.error) {
  const couch = await startCouch({ port: Number(process.env.BENCH_COUCH_PORT ?? 0) });
  const server = await startServer({ root: dist, couchUrl: couch.url });
  const account = await addSeller({
    couchUrl: couch.url,
    admin: couch.admin,
    name: 'bench',
    publicUrl: server.url,
  });
  const rows = [];
  try {
    const contextA = await newContext(browser);
    const a = await contextA.newPage();
    await completeSetup(a, server.url);
    await waitForOfflineReady(a);
    await restoreThroughUi(a, server.url, backupPath);
    const before = await storageUsage(a);
    server.takeTraffic();
    log('sync: first sync of the data set…');
    const firstMs = await turnOn(a, server.url, account);
    const first = server.takeTraffic();
    const after = await storageUsage(a);
    rows.push(
      [
        'Sync, first sync of the data set from its phone (tap "Activer" → "Synchronisé")',
        `${(firstMs / 1000).toFixed(1)} s · ${kb(first.up)} sent · ${kb(first.down)} received · ${first.requests} requests`,
      ],
      [
        'Sync, extra bytes stored per sale once on (the replica; storage.estimate growth ÷ sales)',
        `${Math.round((after - before) / sales)} B`,
      ],
    );

    // One later change: a customer's note, sent by A…
    await a.goto(`${server.url}/clients`);
    await a.getByRole('link', { name: 'Nouveau client' }).first().click();
    await a.getByLabel('Prénom').fill('Adjoua');
    await a.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(a.getByRole('heading', { name: 'Adjoua', level: 1 })).toBeVisible();
    // Through the app's links, not a reload: a start would sync by itself.
    await openSyncScreen(a);
    server.takeTraffic();
    let t0 = Date.now();
    await syncNow(a);
    const sent = server.takeTraffic();
    rows.push([
      'Sync, one later change sent (a new customer: "Synchroniser maintenant" → "Synchronisé")',
      `${((Date.now() - t0) / 1000).toFixed(2)} s · ${kb(sent.up)} sent · ${kb(sent.down)} received · ${sent.requests} requests`,
    ]);

    // …a second phone's first sync: the whole notebook comes down…
    const contextB = await newContext(browser);
    const b = await contextB.newPage();
    await completeSetup(b, server.url);
    await waitForOfflineReady(b);
    log('sync: second phone downloads the notebook…');
    server.takeTraffic();
    const downMs = await turnOn(b, server.url, account);
    const down = server.takeTraffic();
    rows.push([
      'Sync, a second phone’s first sync (the whole notebook received)',
      `${(downMs / 1000).toFixed(1)} s · ${kb(down.up)} sent · ${kb(down.down)} received · ${down.requests} requests`,
    ]);
    t0 = Date.now();
    await syncNow(b);
    const echo = server.takeTraffic();
    rows.push([
      'Sync, that phone’s next round (its replica tells the server once which revisions it has)',
      `${((Date.now() - t0) / 1000).toFixed(1)} s · ${kb(echo.up)} sent · ${kb(echo.down)} received · ${echo.requests} requests`,
    ]);

    // …and one later change received by it.
    await a.getByRole('link', { name: 'Clients' }).click();
    await a.getByRole('link', { name: 'Nouveau client' }).first().click();
    await a.getByLabel('Prénom').fill('Zoé');
    await a.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(a.getByRole('heading', { name: 'Zoé', level: 1 })).toBeVisible();
    await openSyncScreen(a);
    await syncNow(a);
    server.takeTraffic();
    t0 = Date.now();
    await syncNow(b);
    const got = server.takeTraffic();
    rows.push([
      'Sync, one later change received (the other phone’s new customer, applied to the notebook)',
      `${((Date.now() - t0) / 1000).toFixed(2)} s · ${kb(got.up)} sent · ${kb(got.down)} received · ${got.requests} requests`,
    ]);
    await contextA.close();
    await contextB.close();
  } finally {
    await server.close();
    await couch.close();
  }
  return rows;
}

export function syncTable(rows) {
  return [
    '| measure (sync) | value |',
    '| --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = {
    customers: Number(process.env.BENCH_CUSTOMERS ?? 5000),
    sales: Number(process.env.BENCH_SALES ?? 50_000),
    gifts: Number(process.env.BENCH_GIFTS ?? 5000),
  };
  const tmp = await mkdtemp(join(tmpdir(), 'assoh-bench-sync-'));
  const path = join(tmp, 'assoh-sauvegarde-bench.json');
  await writeFile(path, await makeBackupText({ ...size, now: Date.now() }));
  const browser = await launch();
  try {
    const rows = await syncRun(browser, process.env.BENCH_DIST ?? 'dist', path, size.sales);
    console.log(
      `${size.customers} customers, ${size.sales} sales, ${size.gifts} gifts, Chromium ${browser.version()}\n`,
    );
    console.log(syncTable(rows));
  } finally {
    await browser.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
